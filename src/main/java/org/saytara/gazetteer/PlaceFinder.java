package org.saytara.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;
import org.saytara.text.Sep;
import org.saytara.text.Token;
import org.saytara.text.WordMemo;

/**
 * Finds the gazetteer's places in an article: the entry point of the gazetteer stage for text.
 *
 * <p>Names are matched as written, with their attached clitics, longest name first, one hash
 * lookup per word. "ريف حلب", "محافظة درعا", "منطقة الباب", "ناحية السخنة" are names of region
 * places and so win over the town inside them; "محافظتي دمشق والسويداء" names two regions.
 *
 * <p>A name that is also an ordinary word (الباب "the door", القريتين "the two villages", from
 * {@link OrdinaryWords}; or marked {@code common_word} by hand, or of at most three letters (تل,
 * بيت: too easily part of other words and phrases), or a
 * word that names a kind of place) counts only with support: a cue before it (قرية, حقل), a list
 * of places it stands in, the head of a plural before the list (حقول النفط في جزل وشاعر), a region
 * or direction named beside it that one of its places fits ("الجديدة بريف حلب"), or an earlier
 * supported mention of the same place. The main names of the capital and the governorate seats are
 * not taken for ordinary words: حماة is read as the city.
 * Which of several places a name means is {@link PlaceResolver}'s choice.
 */
public final class PlaceFinder {
    /** Words that may stand between a plural cue and the first name of its list (حقول النفط والغاز في جزل). */
    private static final int HEAD_GAP = 3;
    /** How far after a name (in words) a region or direction can still describe it. */
    private static final int CONTEXT_REACH = 6;
    private final PlaceWords words = PlaceWords.standard();

    private final NameIndex names;
    private final Set<String> guardedNames;
    /** Names that are themselves a cue word (a village called الكتيبة, المدينة): no cue makes them a place. */
    private final Set<String> typeWordNames;
    /** One-word spellings the sources lack (addSpellingVariants): names only after a typed cue. */
    private final Set<String> variantWords;
    private final Cues cues = Cues.standard();
    private final PlaceResolver resolver;
    private final Gazetteer gazetteer;

    /** What names and cues each distinct word can start, worked out once per word (most start none). */
    private final WordMemo<Starts> starts = new WordMemo<>(this::startsOf);

    private PlaceFinder(NameIndex names, Set<String> guardedNames, Set<String> typeWordNames,
                        Set<String> variantWords, Gazetteer gazetteer) {
        this.names = names;
        this.guardedNames = guardedNames;
        this.typeWordNames = typeWordNames;
        this.variantWords = variantWords;
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver();
    }

    /** The names and the cues a word of text can begin; null when it begins neither. */
    private record Starts(NameIndex.Heads names, PhraseIndex.Starts<Cues.Cue> cues) {}

    private Starts startsOf(String word) {
        NameIndex.Heads n = names.headsOf(word);
        PhraseIndex.Starts<Cues.Cue> c = cues.index().startsOf(word);
        return n == null && c == null ? null : new Starts(n, c);
    }

    public static PlaceFinder of(Gazetteer gazetteer) {
        Map<String, List<Place>> byAlias = new HashMap<>();
        for (Place p : gazetteer.places()) {
            Set<String> seen = new HashSet<>();
            for (String a : allNames(p)) {
                String n = ArabicNormalizer.normalizeTerm(a);
                if (n.isEmpty() || !seen.add(n)) continue;
                byAlias.computeIfAbsent(n, k -> new ArrayList<>(1)).add(p);
            }
        }
        Set<String> variants = addSpellingVariants(byAlias);
        OrdinaryWords words = gazetteer.ordinaryWords();
        Set<String> guarded = new HashSet<>();
        Set<String> typeWords = new HashSet<>();
        Set<String> variantWords = new HashSet<>();
        NameIndex.Builder b = NameIndex.builder();
        for (Map.Entry<String, List<Place>> e : byAlias.entrySet()) {
            String n = e.getKey();
            List<Place> places = List.copyOf(e.getValue());
            boolean typeWord = n.indexOf(' ') < 0
                    && (Cues.standard().index().containsWord(n) || Cues.standard().index().containsWord(stripArticle(n)));
            if (typeWord) typeWords.add(n);
            // a one-word variant is as often a noun or an adjective of the news (الجيب "the pocket",
            // الكردية "the Kurdish" for the villages جيب and كردية): it names a place only with a cue
            boolean variantWord = variants.contains(n) && n.indexOf(' ') < 0;
            if (variantWord) variantWords.add(n);
            if (typeWord || variantWord || needsSupport(n, places, words)) guarded.add(n);
            b.add(n, new Named(n, places));
        }
        return new PlaceFinder(b.build(), guarded, typeWords, variantWords, gazetteer);
    }

    /**
     * The spellings news uses for a name the sources write otherwise, filed only where no place
     * bears them as written (so they never add a namesake to a name already known): the article
     * put on a bare first word (the sources' جنينة is the news' الجنينة), and ض for ظ or ظ for ض, which Levantine spelling interchanges (حوش الظواهرة for حوش
     * الضواهرة). A variant that is an ordinary word is guarded like any name (needsSupport). The article is
     * never taken off: a bare word is too often the head of a longer name the sources lack (شمرة
     * of شمرة الحصان would become the Hama village الشمرة).
     */
    private static Set<String> addSpellingVariants(Map<String, List<Place>> byAlias) {
        Map<String, List<Place>> variants = new HashMap<>();
        for (Map.Entry<String, List<Place>> e : byAlias.entrySet()) {
            for (String v : spellingVariants(e.getKey())) {
                if (byAlias.containsKey(v)) continue;
                List<Place> to = variants.computeIfAbsent(v, k -> new ArrayList<>(1));
                for (Place p : e.getValue()) if (!to.contains(p)) to.add(p);
            }
        }
        byAlias.putAll(variants);
        return variants.keySet();
    }

    static List<String> spellingVariants(String n) {
        List<String> out = new ArrayList<>(3);
        String article = n.startsWith(Clitics.AL) ? n : Clitics.AL + n;
        if (!article.equals(n)) out.add(article);
        for (String form : List.of(n, article)) {
            if (form.indexOf(DAD) >= 0) out.add(form.replace(DAD, ZAH));
            if (form.indexOf(ZAH) >= 0) out.add(form.replace(ZAH, DAD));
        }
        out.remove(n);
        return out;
    }

    private static final char DAD = '\u0636';
    private static final char ZAH = '\u0638';

    /** The rule of the class comment, for one normalised name and the places that bear it. */
    static boolean needsSupport(String n, List<Place> places, OrdinaryWords words) {
        if (n.indexOf(' ') >= 0) return false;
        if (places.stream().anyMatch(p -> p.curated() && p.commonWord())) return true;
        String bare = stripArticle(n);
        // a village called السجن or المطار: a word that names a kind of place needs support
        if (Cues.standard().index().containsWord(n) || Cues.standard().index().containsWord(bare)) return true;
        // the capital's and the governorate seats' own names are no ordinary words (حماة, دمشق, and
        // حلب and حمص in spite of their three letters: news names them bare far more than it uses
        // the verb or the chickpea), but their other names may be: الثورة stays a word for al-Tabqa
        if (places.stream().anyMatch(p -> isCapital(p) && n.equals(ArabicNormalizer.normalizeTerm(p.nameAr())))) return false;
        // any other name of three letters or fewer is too easily a word or a part of one
        if (bare.length() <= 3) return true;
        return words.contains(n);
    }

    /** The capital and the governorate seats: names every reader knows as the city. */
    private static boolean isCapital(Place p) {
        return "PPLC".equals(p.featureCode()) || "PPLA".equals(p.featureCode())
                || (p.curated() && p.type() == PlaceType.CITY);
    }

    /**
     * Arabic names (and the joined spelling of a كفر name); Latin ones only for curated places (a name such as "مطار T4" mixes scripts),
     * since the transliterations of ten thousand villages would only fill the index.
     */
    private static List<String> allNames(Place p) {
        List<String> out = new ArrayList<>();
        if (p.nameAr() != null) out.add(p.nameAr());
        out.addAll(p.aliasesAr());
        // كفر بطنا is written كفربطنا as often as not
        for (String a : p.aliasesAr()) {
            String n = ArabicNormalizer.normalizeTerm(a);
            int space = n.indexOf(' ');
            if (space > 0 && PlaceWords.standard().joinedPrefixes().contains(n.substring(0, space))) {
                out.add(n.substring(0, space) + n.substring(space + 1));
            }
        }
        if (p.curated()) {
            if (p.nameEn() != null) out.add(p.nameEn());
            out.addAll(p.aliasesEn());
        }
        return out;
    }

    private static String stripArticle(String n) {
        return n.startsWith(Clitics.AL) && n.length() > 4 ? n.substring(2) : n;
    }

    /**
     * The cue at each token of one text, looked up once: the rules below ask about the same tokens
     * again and again. What a word can start comes from this thread's table of words.
     */
    private final class CueLookup {
        private final AnalyzedText text;
        private final WordMemo.Table<Starts> startsOf = starts.table();
        private PhraseIndex.Match<Cues.Cue>[] memo;
        private byte[] done;

        CueLookup(AnalyzedText text) {
            this.text = text;
        }

        /** What token i's word can begin, or null. */
        Starts starts(int i) {
            return startsOf.get(text.token(i).text());
        }

        /** The longest name at token i (see {@link NameIndex#longestAt}). */
        PhraseIndex.Match<Named> name(int i) {
            Starts s = starts(i);
            return s == null ? null : names.longestAt(text, i, s.names());
        }

        @SuppressWarnings("unchecked")
        PhraseIndex.Match<Cues.Cue> at(int i) {
            if (memo == null) {
                memo = new PhraseIndex.Match[text.size()];
                done = new byte[text.size()];
            }
            if (done[i] == 0) {
                Starts s = starts(i);
                memo[i] = s == null ? null : cues.index().longestAt(text, i, s.cues());
                done[i] = 1;
            }
            return memo[i];
        }
    }

    /** Every supported place mention in the text, in text order. */
    public List<PlaceMention> find(AnalyzedText text) {
        CueLookup cueAt = new CueLookup(text);
        List<Candidate> found = new ArrayList<>();
        List<PlaceMention> unlocated = new ArrayList<>();
        // A plural cue (حقول, قرى, محافظتي) heads the list that follows it: the first name within a
        // few words, then each name joined to it by و or a comma.
        String head = null;
        Cues.Cue headCue = null;
        int headFrom = -1, headUntil = -1;
        boolean regionHead = false;
        int i = 0;
        int n = text.size();
        while (i < n) {
            Token tok = text.token(i);
            if (tok.sepBefore() == Sep.STOP) head = null;
            boolean inHeadReach = head != null && i >= headFrom && i <= headUntil;
            // a word that begins no name and no cue is skipped unless a list's head reaches it
            if (!inHeadReach && cueAt.starts(i) == null) {
                i++;
                continue;
            }
            PhraseIndex.Match<Named> m = cueAt.name(i);
            PhraseIndex.Match<Cues.Cue> cue = cueAt.at(i);
            if (cue != null && m == null) {
                PlaceMention u = unlocatedAfter(text, cueAt, cue);
                if (u != null) unlocated.add(u);
            }
            // a definite plural (المدن الأثرية, الحقول) is a noun of its own, not the head of a list
            if (cue != null && cue.payload().plural() && !definite(text.token(cue.start()).text())
                    && (cue.payload().role() == Cues.Role.HEAD || cue.payload().role() == Cues.Role.REGION)) {
                head = cue.payload().singular();
                headCue = cue.payload();
                regionHead = cue.payload().role() == Cues.Role.REGION;
                headFrom = cue.end();
                // "حقول النفط في جزل": a few words may stand between the head and its first name
                headUntil = regionHead ? cue.end() : cue.end() + HEAD_GAP;
            }
            boolean inHead = head != null && i >= headFrom && i <= headUntil;
            if (inHead && (m == null || m.end() - m.start() == 1)) {
                PhraseIndex.Match<Named> hm = names.longestWithHead(head, text, i);
                if (hm != null && variantWords.contains(hm.payload().alias()) && headCue.types().isEmpty()) hm = null;
                if (hm != null && (m == null || hm.end() >= m.end())) {
                    found.add(new Candidate(hm, true, head, true, false, hm.surface().prefix(), null));
                    headUntil = nextListItem(text, hm.end());
                    i = hm.end();
                    continue;
                }
            }
            if (m != null && personName(text, m.start())) {
                i = m.end();
                continue;
            }
            if (m != null) {
                String alias = m.payload().alias();
                boolean guarded = guardedNames.contains(alias);
                // in the list a plural cue heads: an ordinary word counts there only as one item of
                // two or more (حقلي المهر وجحار), never alone after it (مناطق واسعة "wide areas") or
                // further off (المزارع المحيطة في آذار)
                boolean listedUnderHead = inHead && !regionHead
                        && (!guarded || (i > headFrom && text.token(i).text().startsWith(Clitics.WA))
                            || (i == headFrom && listGoesOn(cueAt, m.end())));
                Cues.Cue cue0 = cueStarting(cueAt, m.start(), m.end());
                if (cue0 == null && !typeWordNames.contains(alias) && !(guarded && adjectiveForm(text, m))) {
                    cue0 = cueBefore(cueAt, m.start());
                }
                if (cue0 == null && listedUnderHead && !typeWordNames.contains(alias)) cue0 = headCue;
                // a cue makes an ordinary word a place only if it announces a place of that name
                Cues.Cue used = cue0;
                boolean cued = cue0 != null && (!guarded || m.payload().places().stream().anyMatch(used::announces));
                // a spelling the sources lack names a place only after a cue of its kind (قرى الجنينة),
                // never after one that announces anything (منطقة الكردية "the Kurdish area") or alone
                if (variantWords.contains(alias) && (!cued || used.types().isEmpty())) {
                    i = m.end();
                    continue;
                }
                String cueWord = cueInside(cueAt, m.start());
                if (cueWord == null) cueWord = cue0 != null ? cue0.singular() : null;
                if (m.payload().places().get(0).isAdminRegion() && cue != null && cue.payload().role() == Cues.Role.REGION) {
                    // "محافظة حلب وحماة واللاذقية", "ريف حلب وإدلب": the region word covers the list
                    head = cue.payload().singular();
                    headCue = cue.payload();
                    regionHead = true;
                    headFrom = m.end();
                    headUntil = nextListItem(text, m.end());
                }
                // "الغوطة الشرقية", "المدن الأثرية": an ordinary word right after a definite noun is its adjective
                boolean adjective = guarded && !cued && afterDefiniteNoun(text, cueAt, m.start());
                found.add(new Candidate(m, cued, cueWord, !guarded, typeWordNames.contains(alias) || adjective, null,
                        cued ? cue0 : null));
                if (listedUnderHead) headUntil = nextListItem(text, m.end());
                i = m.end();
                continue;
            }
            i++;
        }
        if (found.isEmpty()) return unlocated.isEmpty() ? List.of() : List.copyOf(unlocated);
        List<PlaceContext> contexts = new ArrayList<>(found.size());
        for (int a = 0; a < found.size(); a++) {
            Candidate c = found.get(a);
            // a name that needs support or has namesakes is placed by its context; any other is
            // checked against it (see missing)
            contexts.add(c.isRegion() ? PlaceContext.NONE : contextOf(text, cueAt, found, a));
        }
        List<Place> chosen = resolver.resolve(text, found, contexts);
        List<PlaceMention> out = new ArrayList<>();
        for (int a = 0; a < found.size(); a++) {
            Place p = chosen.get(a);
            if (p == null) continue;
            Candidate c = found.get(a);
            // "قرى البستان والشومرية شرقي درعا": the text puts the name where none of its namesakes lies,
            // so it is a place the gazetteer lacks, not the far namesake (an honest gap, kept with its words)
            if (!c.isRegion() && contexts.get(a).adjacent() && contexts.get(a).contradicts(p)) p = missing(text, c, p);
            int npStart = npStart(text, cueAt, c.match.start());
            String prefix = c.headPrefix() != null ? c.headPrefix()
                    : npStart == c.match.start() ? c.match.surface().prefix() : prefixOf(cueAt, npStart);
            out.add(new PlaceMention(npStart, c.match.start(), c.match.end(), p, c.cueWord, prefix));
        }
        if (!unlocated.isEmpty()) {
            out.addAll(unlocated);
            out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        }
        return out;
    }

    /** The unlocated place a name stands for when the gazetteer's place of that name lies elsewhere. */
    private static Place missing(AnalyzedText text, Candidate c, Place namesake) {
        // without the clitics on the name (والشومرية is الشومرية)
        return unlocatedPlace(text, c.start(), c.end(), c.match.surface().prefix().length(), namesake.type());
    }

    /**
     * The unlocated place named by tokens [start, end), without the first {@code prefix} letters
     * (clitics): an honest gap, kept with the words that named it.
     */
    public static Place unlocatedPlace(AnalyzedText text, int start, int end, int prefix, PlaceType type) {
        StringBuilder normalised = new StringBuilder();
        for (int k = start; k < end; k++) normalised.append(k > start ? " " : "").append(text.token(k).text());
        int[] range = text.originalRange(start, end);
        String asWritten = text.original().substring(range[0], range[1]);
        if (prefix > 0 && prefix < normalised.length() && prefix < asWritten.length()) {
            normalised.delete(0, prefix);
            asWritten = asWritten.substring(prefix);
        }
        return Place.unlocated(normalised.toString(), asWritten, type);
    }

    /**
     * "سيطرت القوات على قرية كبشين": a name right after an indefinite singular cue that announces a
     * kind of place, which no source of the gazetteer has. An honest gap: it becomes an
     * {@link Place#unlocated unlocated} place, so its event is kept with the words that named it.
     * The word must look like a name: Arabic letters only, not a word that never begins one
     * (place-words.tsv no-name), not a direction, a cue or a known name, and not an indefinite
     * adjective agreeing with the cue (قرية صغيرة, حقل نفطي). A name particle (أبو, عين) takes the
     * next word too. A definite cue (القرية الصغيرة) is followed by adjectives, never by a name.
     */
    private PlaceMention unlocatedAfter(AnalyzedText text, CueLookup cueAt, PhraseIndex.Match<Cues.Cue> cue) {
        Cues.Cue c = cue.payload();
        // مطارها: a cue with a pronoun is a part of a place named before, not the head of a name
        if (c.role() != Cues.Role.HEAD || c.plural() || c.types().isEmpty() || cue.surface().pronoun() != null) return null;
        int at = cue.end();
        if (at >= text.size() || cue.end() - cue.start() != 1 || definite(text.token(cue.start()).text())) return null;
        if (!nameWord(text, at, cueAt) || personName(text, at) || cueAt.name(at) != null) return null;
        String w = text.token(at).text();
        if (verbForm(w)) return null;
        int end = at + 1;
        boolean next = end < text.size() && nameWord(text, end, cueAt);
        if (words.nameParticle(w)) {
            if (!next) return null;
            end++;
        } else if (next && !w.startsWith(Clitics.AL) && text.token(end).text().startsWith(Clitics.AL)
                && !verbForm(text.token(end).text()) && !Clitics.isNisba(text.token(end).text())) {
            // "بلدة جباثا الخشب": after an indefinite first word a definite one goes on with the name
            // (after a definite one it is an adjective: حقل الصيجان النفطي)
            end++;
        }
        // "قرية صغيرة", "حقل نفطي": an indefinite word ending as an adjective agrees with the cue
        if (end == at + 1 && !w.startsWith(Clitics.AL) && (w.endsWith(Clitics.HU) || Clitics.hasNisbaEnding(w))) return null;
        PlaceType type = c.types().stream().min(java.util.Comparator.naturalOrder()).orElseThrow();
        Place p = unlocatedPlace(text, at, end, 0, type);
        return new PlaceMention(cue.start(), at, end, p, c.singular(), prefixOf(cueAt, cue.start()));
    }

    /**
     * "بلدة تمكنت القوات التركية من السيطرة عليها": a verb of a relative clause without التي. Past
     * and present forms with a subject marker (تـ…ـت, يـ…ـون, …ـوا) and the استـ stem are no names.
     */
    private static boolean verbForm(String w) {
        return (w.startsWith("ت") && w.endsWith("ت")) || (w.startsWith("ي") && w.endsWith("ون")) || w.endsWith("وا")
                || w.startsWith("است");
    }

    /** Token k could be a word of a name: in the phrase, Arabic letters only, no function word, direction or cue. */
    private boolean nameWord(AnalyzedText text, int k, CueLookup cueAt) {
        Token t = text.token(k);
        if (!t.sepBefore().insidePhrase()) return false;
        String w = t.text();
        if (w.length() < 3 || w.startsWith(Clitics.WA)) return false;
        for (int j = 0; j < w.length(); j++) {
            char ch = w.charAt(j);
            if (ch < '\u0621' || ch > '\u064A') return false;
        }
        return !words.noName(w) && words.direction(w) == null && cueAt.at(k) == null;
    }

    /** A definite word that is no cue right before token i, in the same phrase: the noun an adjective follows. */
    private static boolean afterDefiniteNoun(AnalyzedText text, CueLookup cueAt, int i) {
        if (i == 0 || !text.token(i).sepBefore().insidePhrase()) return false;
        String w = text.token(i - 1).text();
        return w.startsWith(Clitics.AL) && w.length() > 3 && cueAt.at(i - 1) == null;
    }

    /** Another name joined by و or a comma right after token {@code end}: the list goes on. */
    private static boolean listGoesOn(CueLookup cueAt, int end) {
        AnalyzedText text = cueAt.text;
        if (end >= text.size()) return false;
        Token t = text.token(end);
        if (t.sepBefore() == Sep.STOP || !(t.text().startsWith(Clitics.WA) || t.sepBefore() == Sep.COMMA)) return false;
        return cueAt.name(end) != null;
    }

    /**
     * "منطقة واسعة", "بلدة صغيرة": an indefinite word with the feminine ending right after a cue
     * agrees with it as an adjective; a name there is definite (قرية الجديدة) or not a word at all.
     */
    private static boolean adjectiveForm(AnalyzedText text, PhraseIndex.Match<Named> m) {
        if (m.end() - m.start() != 1) return false;
        String w = text.token(m.start()).text();
        return !w.startsWith(Clitics.AL) && w.endsWith(Clitics.HU); // ة is ه once normalised
    }

    /** The token where the next item of a region list may start (after و or a comma), or -1. */
    private static int nextListItem(AnalyzedText text, int end) {
        if (end >= text.size()) return -1;
        // "ريفي حمص الشمالي وحماة الجنوبي": a compass adjective of the item before does not end the list
        Token a = text.token(end);
        if (a.sepBefore().insidePhrase() && !a.text().startsWith(Clitics.WA)
                && PlaceWords.standard().direction(a.text()) != null && ++end >= text.size()) return -1;
        Token t = text.token(end);
        boolean next = t.text().startsWith(Clitics.WA) || t.sepBefore() == Sep.COMMA;
        return next && t.sepBefore() != Sep.STOP ? end : -1;
    }

    /**
     * The region or direction the text names beside candidate {@code a}: after it, within a few
     * words of the same clause (over other names of its list, cue words, "في", distances), or else
     * the last region named before it in the same sentence.
     */
    private PlaceContext contextOf(AnalyzedText text, CueLookup cueAt, List<Candidate> found, int a) {
        Candidate c = found.get(a);
        if (c.isRegion()) return regionDirection(text, c);
        int sentenceEnd = text.sentenceOf(c.match.start()).endToken();
        int next = a + 1;
        int words = 0;
        for (int t = c.match.end(); t < sentenceEnd && words <= CONTEXT_REACH; ) {
            boolean adjacent = words == 0;
            Token tok = text.token(t);
            if (tok.sepBefore() == Sep.STOP) break;
            if (tok.sepBefore() == Sep.COMMA && t > c.match.end()) break;
            while (next < found.size() && found.get(next).match.start() < t) next++;
            if (next < found.size() && found.get(next).match.start() == t) {
                Candidate o = found.get(next);
                // "مدينة أعزاز ومنطقة عفرين": a region after و is the list's next item, not where this lies
                if (o.isRegion() && !o.match.surface().prefix().contains(Clitics.WA)) return regionDirection(text, o).at(adjacent);
                t = o.match.end();
                continue;
            }
            PhraseIndex.Match<Cues.Cue> cue = cueAt.at(t);
            if (cue != null && cue.payload().role() == Cues.Role.DESCRIPTOR) {
                int[] dir = direction(text, cue.start(), cue.end());
                if (dir != null) {
                    while (next < found.size() && found.get(next).match.start() < cue.end()) next++;
                    if (next < found.size() && found.get(next).match.start() == cue.end()) {
                        Candidate o = found.get(next);
                        if (o.isRegion()) {
                            Place r = o.places().get(0);
                            return new PlaceContext(r, gazetteer.seatOf(r).orElse(r), dir[0], dir[1], adjacent);
                        }
                        if (o.places().size() == 1) return new PlaceContext(null, o.places().get(0), dir[0], dir[1], adjacent);
                    }
                    return PlaceContext.NONE;
                }
                t = cue.end();
                words++;
                continue;
            }
            if (cue != null && cue.payload().role() == Cues.Role.HEAD) {
                t = cue.end();
                continue;
            }
            String w = tok.text();
            if (!(this.words.contextSkip(w) || Character.isDigit(w.charAt(0)))) words++;
            t++;
        }
        int sentenceStart = text.sentenceOf(c.match.start()).firstToken();
        for (int b = a - 1; b >= 0 && found.get(b).match.start() >= sentenceStart; b--) {
            if (found.get(b).isRegion()) return regionDirection(text, found.get(b));
        }
        return PlaceContext.NONE;
    }

    /** A region mention, with the direction adjective after it: "ريف حلب الشرقي". */
    private PlaceContext regionDirection(AnalyzedText text, Candidate regionMention) {
        Place r = regionMention.places().get(0);
        int end = regionMention.match.end();
        int[] dir = null;
        int to = end;
        while (to < text.size() && to < end + 2 && text.token(to).sepBefore().insidePhrase() && directionOf(text.token(to).text()) != null) to++;
        if (to > end) dir = direction(text, end, to);
        if (dir == null) return new PlaceContext(r, null, 0, 0, false);
        return new PlaceContext(r, gazetteer.seatOf(r).orElse(r), dir[0], dir[1], false);
    }

    /** {north, east} of the direction words in tokens [from, to), or null when there is none. */
    private int[] direction(AnalyzedText text, int from, int to) {
        int north = 0, east = 0;
        boolean any = false;
        for (int t = from; t < to; t++) {
            int[] d = directionOf(text.token(t).text());
            if (d == null) continue;
            any = true;
            if (d[0] != 0) north = d[0];
            if (d[1] != 0) east = d[1];
        }
        return any ? new int[] {north, east} : null;
    }

    private int[] directionOf(String word) {
        return words.direction(word);
    }

    /** The cue a name begins with when it goes on after it (حقل جزل); a name that is only a cue word (المدينة) has none. */
    private Cues.Cue cueStarting(CueLookup cueAt, int i, int nameEnd) {
        PhraseIndex.Match<Cues.Cue> c = cueAt.at(i);
        return c != null && c.payload().role() == Cues.Role.HEAD && c.end() < nameEnd ? c.payload() : null;
    }

    /** "عبد الرحمن", "أبو محمد", "بن علي": a name after these is part of a person's name. */
    private static boolean personName(AnalyzedText text, int i) {
        if (i == 0 || !text.token(i).sepBefore().insidePhrase()) return false;
        String w = text.token(i - 1).text();
        return PlaceWords.standard().personParticle(w);
    }

    private String cueInside(CueLookup cueAt, int i) {
        PhraseIndex.Match<Cues.Cue> c = cueAt.at(i);
        return c != null && c.payload().role() == Cues.Role.HEAD ? c.payload().singular() : null;
    }

    /**
     * The head cue right before token i (قرية حويسيس), or null. A definite cue word is a noun of its
     * own with an adjective after it (الكتيبة الروسية, المدينة الأثرية), not the head of a name.
     */
    private Cues.Cue cueBefore(CueLookup cueAt, int i) {
        AnalyzedText text = cueAt.text;
        if (i == 0 || !text.token(i).sepBefore().insidePhrase()) return null;
        for (int s = Math.max(0, i - 2); s < i; s++) {
            PhraseIndex.Match<Cues.Cue> c = cueAt.at(s);
            if (c != null && c.end() == i && c.payload().role() == Cues.Role.HEAD && !definite(text.token(s).text())) {
                return c.payload();
            }
        }
        return null;
    }

    /** Extends a name back over a part word and a cue: كامل أحياء مدينة [تدمر]. */
    private int npStart(AnalyzedText text, CueLookup cueAt, int start) {
        int s = start;
        boolean moved = true;
        while (moved && s > 0) {
            moved = false;
            if (!text.token(s).sepBefore().insidePhrase()) break;
            // و starts a new list item; a definite word (المدينة) never stands before a name
            if (text.token(s).text().startsWith(Clitics.WA)) break;
            for (int b = Math.max(0, s - 3); b < s; b++) {
                PhraseIndex.Match<Cues.Cue> c = cueAt.at(b);
                if (c != null && c.end() == s && !c.payload().role().locatesOnly()
                        && !(c.payload().role() == Cues.Role.HEAD && definite(text.token(b).text()))) {
                    s = b;
                    moved = true;
                    break;
                }
            }
        }
        return s;
    }

    private static boolean definite(String w) {
        return w.startsWith(Clitics.AL) || w.startsWith(Clitics.WA + Clitics.AL) || w.startsWith(Clitics.BI + Clitics.AL)
                || w.startsWith(Clitics.LI + Clitics.LI); // ل + ال is written لل
    }

    /** Clitics glued to the cue word that opens the noun phrase (وبقرية حويسيس). */
    private static String prefixOf(CueLookup cueAt, int npStart) {
        PhraseIndex.Match<Cues.Cue> c = cueAt.at(npStart);
        return c != null ? c.surface().prefix() : "";
    }

    /** A normalised name and the places that bear it. */
    record Named(String alias, List<Place> places) {}

    /**
     * A name found in the text, before support and choice.
     *
     * @param cued        a cue stands before it or it heads a list under a plural cue
     * @param unambiguous its name needs no support
     * @param typeWord    its name is itself a word for a kind of place (المدينة)
     * @param headPrefix  for a name completed with a list's head word: what is glued to its first word
     * @param cue         the head cue that supports it (its types narrow the choice), or null
     */
    record Candidate(PhraseIndex.Match<Named> match, boolean cued, String cueWord, boolean unambiguous,
                     boolean typeWord, String headPrefix, Cues.Cue cue) {
        List<Place> places() {
            return match.payload().places();
        }

        boolean isRegion() {
            return places().get(0).locatesOnly();
        }

        int start() {
            return match.start();
        }

        int end() {
            return match.end();
        }
    }
}
