package org.saytara.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.corpus.Article;
import org.saytara.gazetteer.Cues;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceFinder;
import org.saytara.gazetteer.PlaceMention;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicText;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * Reads one article into raw events. The rules, in the order they apply:
 * <ol>
 *   <li>Every token is labelled: place (gazetteer), actor, trigger, marker, source, cue.</li>
 *   <li>Each place gets the word that governs it: a preposition (على, من, في, ب, ل …), a trigger
 *       it directly follows ("direct"), or, after و, whatever governs the item before it in the
 *       list. A place right after غرب, ريف, قرب … or inside "المشرف على …", "تبعد … عن" only
 *       locates something else and is never an object.</li>
 *   <li>A place attaches to the nearest trigger before it in the sentence that takes its
 *       governing word (سيطر takes على, انسحب takes من, يتمركز takes في), unless a speech verb, a
 *       contrast (في حين, بينما), or a comma that does not continue a list stands between.</li>
 *   <li>"المدينة", "البلدة" … mean the current town of the article (the last one named as such,
 *       else the one it names most); "سجنها", "مطارها" are that town's prison and airport;
 *       a pronoun on a trigger (ليدخلها, سقوطها) or after it (عليها) is the last place named.</li>
 *   <li>The gainer is the actor right after the verb or masdar (سيطر التنظيم على, سيطرة التنظيم على),
 *       else the last actor before it in the sentence, else the one of the previous trigger.</li>
 *   <li>Negation, denial, rumour and intention before a trigger cancel it; an attempt makes it a
 *       fight (contested) at most.</li>
 * </ol>
 */
final class ArticleReader {
    private static final Set<String> PREPOSITIONS = Set.of("علي", "من", "في", "الي", "عند", "عن", "نحو", "مع", "ضد",
            "حول", "داخل", "خارج", "حتي", "لدي", "قرب");
    private static final Set<String> AFFILIATION = Set.of("موال", "موالي", "مواليه", "المواليه", "الموالي", "تابع",
            "تابعه", "التابعه", "التابع", "مويد", "مويده", "الموءيده", "المويده", "مناصر", "مناصره", "المناصره",
            "اعلام", "صفحات", "مواقع", "حسابات", "مصادر", "وكاله", "مقرب", "مقربه", "المقربه", "معارض", "معارضه",
            "المعارضه", "انصار", "مع", "ضد", "بين", "مقاتلي", "جنود", "ناطق", "باسم");
    private static final Set<String> ZONE_DESCRIPTORS = Set.of("المشرف علي", "تبعد", "بين", "المحيطه ب", "من جهه",
            "باتجاه");
    private static final Set<String> DIRECTION_WORDS = Set.of("باتجاه", "بين", "نحو", "صوب", "اتجاه", "من");
    /** First words of "بما في ذلك", "فضلا عن", "إضافة إلى": after a comma the list goes on. */
    private static final Set<String> INCLUSION_OPENERS = Set.of("بما", "فضلا", "اضافه", "بالاضافه", "منها");
    /** What a later denial points back at: نفى ذلك, نفت هذه الأنباء, نفى الخبر. */
    private static final Set<String> DENIED_THING = Set.of("ذلك", "هذا", "هذه", "الخبر", "الانباء", "ذلكم", "صحه");
    private static final Set<String> DUAL_PRONOUNS = Set.of("عليهما", "عليهم", "منهما", "منهم", "اليهما", "اليهم");
    private static final Set<String> RELATIVE = Set.of("التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان");
    /** Words of a support phrase between a subject and its object (بالتعاون مع القوات الرديفة). */
    private static final Set<String> SUPPORT = Set.of("بالتعاون", "مع", "بمسانده", "بدعم", "بمشاركه", "بغطاء",
            "باسناد", "من", "مدعومه", "مدعوما", "مدعومين", "بمؤازره", "وبدعم", "وبمسانده", "والقوات", "امس", "اليوم",
            "حلفاؤه", "حلفاءه", "حلفائه", "حلفاؤها", "حلفاءها", "حلفائها", "الحليفه", "الرديفه", "بغارات",
            "بيد", "بايدي", "يد", "لصالح", "بقبضه");
    private static final Set<String> ADVERBS = Set.of("ايضا", "مجددا", "مجدد", "اخيرا", "فعلا", "بدوره", "بدورها",
            "بالكامل", "كذلك", "مره", "اخري", "ثانيه", "حاليا");
    private static final Set<String> GAINER_MARKERS = Set.of("بيد", "بايدي", "يد", "لصالح", "قبضه", "بقبضه");
    private static final Map<String, PlaceType[]> TYPE_WORDS = Map.of(
            "مدينه", new PlaceType[] {PlaceType.CITY, PlaceType.TOWN},
            "بلده", new PlaceType[] {PlaceType.TOWN, PlaceType.CITY, PlaceType.VILLAGE},
            "قريه", new PlaceType[] {PlaceType.VILLAGE, PlaceType.TOWN},
            "مطار", new PlaceType[] {PlaceType.AIRPORT, PlaceType.AIRBASE},
            "سجن", new PlaceType[] {PlaceType.PRISON},
            "قلعه", new PlaceType[] {PlaceType.CASTLE},
            "حقل", new PlaceType[] {PlaceType.OIL_FIELD, PlaceType.GAS_FIELD},
            "جبل", new PlaceType[] {PlaceType.MOUNTAIN},
            "معبر", new PlaceType[] {PlaceType.CHECKPOINT, PlaceType.JUNCTION});

    /** A definite type word with its clitics (وللمدينة), precomputed so a token costs one lookup. */
    private record AnaphorForm(String type, Clitics.Surface surface) {}

    private static final Map<String, AnaphorForm> ANAPHOR_FORMS = anaphorForms();

    private static Map<String, AnaphorForm> anaphorForms() {
        Map<String, AnaphorForm> m = new HashMap<>();
        for (String type : TYPE_WORDS.keySet()) {
            for (Clitics.Surface s : Clitics.expand("ال" + type, Clitics.Form.NAME)) {
                m.putIfAbsent(s.text(), new AnaphorForm(type, s));
            }
        }
        return m; // a HashMap: MapN probes linearly, slow on the hot path
    }

    private final Lexicon lex;
    private final PlaceFinder finder;
    private final Gazetteer gazetteer;
    private final PhraseIndex<Cues.Cue> cues = Cues.standard().index();

    /**
     * Every word any lexicon entry can start with, and which lexicons: a word costs one lookup,
     * plus one per lexicon that has an entry starting with it (من starts only markers).
     */
    private final Map<String, Integer> starters;
    private static final int SOURCE_BIT = 1, ACTOR_BIT = 2, TRIGGER_BIT = 4, MARKER_BIT = 8, CUE_BIT = 16, ANAPHOR_BIT = 32;

    ArticleReader(Lexicon lex, PlaceFinder finder, Gazetteer gazetteer) {
        this.lex = lex;
        this.finder = finder;
        this.gazetteer = gazetteer;
        Map<String, Integer> m = new HashMap<>();
        addStarters(m, lex.sources.firstWords(), SOURCE_BIT);
        addStarters(m, lex.actors.firstWords(), ACTOR_BIT);
        addStarters(m, lex.triggers.firstWords(), TRIGGER_BIT);
        addStarters(m, lex.markers.firstWords(), MARKER_BIT);
        addStarters(m, cues.firstWords(), CUE_BIT);
        addStarters(m, ANAPHOR_FORMS.keySet(), ANAPHOR_BIT);
        addStarters(m, List.of("عليها", "منها", "اليها", "عليه", "منه"), ANAPHOR_BIT);
        addStarters(m, DUAL_PRONOUNS, ANAPHOR_BIT);
        this.starters = m; // a HashMap: the immutable maps probe linearly and are slow at this size
    }

    private static void addStarters(Map<String, Integer> m, java.util.Collection<String> words, int bit) {
        for (String w : words) m.merge(w, bit, (a, b) -> a | b);
    }

    /** What one token has been labelled as. */
    private enum Label { NONE, PLACE, ANAPHOR, ACTOR, TRIGGER, MARKER, SOURCE, CUE }

    /** A place-like item: a named place, or a word that points to one. */
    private static final class PlaceItem {
        final int npStart, start, end;
        Place place;
        final String prefix;
        final String cueWord;
        final boolean named;
        String relation;          // governing preposition, "direct", "descriptor" or "none"
        PlaceType[] anaphorTypes;  // for المدينة …; null for named places
        boolean possessive;       // سجنها: a part of the current town
        boolean partOfTown;       // أطرافها: the current town itself
        boolean plural;           // عليهما, عليهم: every place of the list just named

        PlaceItem(int npStart, int start, int end, Place place, String prefix, String cueWord, boolean named) {
            this.npStart = npStart;
            this.start = start;
            this.end = end;
            this.place = place;
            this.prefix = prefix;
            this.cueWord = cueWord;
            this.named = named;
        }
    }

    private record TriggerHit(int start, int end, Lexicon.Trigger trigger, String prefix, String pronoun) {}

    private record ActorHit(int start, int end, Lexicon.Actor actor, String prefix, boolean affiliated) {}

    private record SourceHit(int start, int end, String voice) {}

    private record MarkerHit(int start, int end, Lexicon.Marker marker) {}

    /** Everything known about one article while it is read. */
    private final class Reading {
        final Article article;
        final AnalyzedText text;
        final int n;
        final Label[] label;
        final int[] itemAt;
        final List<PlaceItem> places = new ArrayList<>();
        final List<TriggerHit> triggers = new ArrayList<>();
        final List<ActorHit> actors = new ArrayList<>();
        final List<SourceHit> sources = new ArrayList<>();
        final List<MarkerHit> markers = new ArrayList<>();
        final boolean[] descriptorTok;
        final boolean[] zoneStart;
        final String[] cuePrefix;
        final List<List<DateMention>> dates = new ArrayList<>();
        final String outletVoice;

        Reading(Article article) {
            this.article = article;
            this.text = ArabicText.analyze(article.text());
            this.n = text.size();
            this.label = new Label[n];
            this.itemAt = new int[n];
            this.descriptorTok = new boolean[n];
            this.zoneStart = new boolean[n];
            this.cuePrefix = new String[n];
            java.util.Arrays.fill(label, Label.NONE);
            this.outletVoice = voiceOf(article.outlet());
        }
    }

    /** An article's analysed text and the events read from it, merged. */
    record Result(AnalyzedText text, List<RawEvent> events) {}

    Result read(Article article) {
        Reading r = new Reading(article);
        if (r.n == 0) return new Result(r.text, List.of());
        label(r);
        findDates(r);
        for (PlaceItem p : r.places) p.relation = relation(r, p);
        resolveAnaphora(r);
        List<RawEvent> raw = attach(r);
        List<Lexicon.Actor> acting = new ArrayList<>(r.actors.size());
        for (ActorHit a : r.actors) if (!a.affiliated()) acting.add(a.actor());
        return new Result(r.text, ArticleInference.complete(raw, acting, article.published()));
    }

    /** Each sentence with its tokens labelled, for people tuning the lexicons. */
    String explain(Article article) {
        Reading r = new Reading(article);
        if (r.n == 0) return "";
        label(r);
        findDates(r);
        for (PlaceItem p : r.places) p.relation = relation(r, p);
        resolveAnaphora(r);
        StringBuilder b = new StringBuilder();
        for (Sentence s : r.text.sentences()) {
            b.append("#").append(s.index()).append(' ');
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = r.text.token(i);
                if (t.sepBefore() == Sep.COMMA) b.append(", ");
                b.append(t.text());
                switch (r.label[i]) {
                    case PLACE, ANAPHOR -> {
                        PlaceItem p = r.places.get(r.itemAt[i]);
                        if (i == p.start) b.append("[P:").append(p.place == null ? "?" : p.place.id()).append('/').append(p.relation).append(']');
                    }
                    case ACTOR -> b.append("[A:").append(r.actors.get(r.itemAt[i]).actor().id())
                            .append(r.actors.get(r.itemAt[i]).affiliated() ? "~" : "").append(']');
                    case TRIGGER -> b.append("[T:").append(r.triggers.get(r.itemAt[i]).trigger().kind().code()).append(']');
                    case MARKER -> b.append("[M:").append(r.markers.get(r.itemAt[i]).marker().name().toLowerCase()).append(']');
                    case SOURCE -> b.append("[S:").append(r.sources.get(r.itemAt[i]).voice()).append(']');
                    case CUE -> b.append(r.descriptorTok[i] ? "[D]" : "[C]");
                    default -> { }
                }
                b.append(' ');
            }
            for (DateMention d : r.dates.get(s.index())) b.append(" {date ").append(d.min()).append("..").append(d.max()).append('}');
            b.append('\n');
        }
        return b.toString();
    }

    /** Dates matter only where something happened: sentences without a trigger are not searched. */
    private static void findDates(Reading r) {
        boolean[] hasTrigger = new boolean[r.text.sentences().size()];
        for (TriggerHit t : r.triggers) hasTrigger[r.text.sentenceOf(t.start()).index()] = true;
        for (Sentence s : r.text.sentences()) {
            r.dates.add(hasTrigger[s.index()]
                    ? DateFinder.find(r.text, s.firstToken(), s.endToken(), r.article.published())
                    : List.of());
        }
    }

    // ---- 1. labels -------------------------------------------------------------------------

    private void label(Reading r) {
        PlaceMention[] named = new PlaceMention[r.n];
        for (PlaceMention m : finder.find(r.text)) named[m.start()] = m;
        int i = 0;
        while (i < r.n) {
            PlaceMention pm = named[i];
            Integer mask = starters.get(r.text.token(i).text());
            if (pm == null && mask == null) {
                i++;
                continue;
            }
            int bits = mask == null ? 0 : mask;
            PhraseIndex.Match<Lexicon.Source> src = (bits & SOURCE_BIT) != 0 ? lex.sources.longestAt(r.text, i) : null;
            PhraseIndex.Match<Lexicon.Actor> act = (bits & ACTOR_BIT) != 0 ? lex.actors.longestAt(r.text, i) : null;
            PhraseIndex.Match<Lexicon.Trigger> trg = (bits & TRIGGER_BIT) != 0 ? lex.triggers.longestAt(r.text, i) : null;
            PhraseIndex.Match<Lexicon.Marker> mrk = (bits & MARKER_BIT) != 0 ? lex.markers.longestAt(r.text, i) : null;
            PhraseIndex.Match<Cues.Cue> cue = (bits & CUE_BIT) != 0 ? cues.longestAt(r.text, i) : null;
            int lenSrc = src == null ? 0 : src.end() - i;
            int lenPlace = pm == null ? 0 : pm.end() - i;
            int lenAct = act == null ? 0 : act.end() - i;
            int lenTrg = trg == null ? 0 : trg.end() - i;
            int lenMrk = mrk == null ? 0 : mrk.end() - i;
            if (lenSrc > 0 && lenSrc >= lenPlace && lenSrc >= lenAct) {
                r.sources.add(new SourceHit(i, src.end(), src.payload().voice()));
                mark(r, i, src.end(), Label.SOURCE, r.sources.size() - 1);
                i = src.end();
            } else if (lenPlace > 0 && lenPlace >= lenAct && lenPlace >= lenTrg) {
                // A cue word that the finder folded into the noun phrase stays a cue.
                r.places.add(new PlaceItem(pm.npStart(), pm.start(), pm.end(), pm.place(), pm.prefix(), pm.cueWord(), true));
                mark(r, pm.start(), pm.end(), Label.PLACE, r.places.size() - 1);
                i = pm.end();
            } else if (lenAct > 0 && lenAct >= lenTrg) {
                r.actors.add(new ActorHit(i, act.end(), act.payload(), act.surface().prefix(), affiliated(r, i)));
                mark(r, i, act.end(), Label.ACTOR, r.actors.size() - 1);
                i = act.end();
            } else if (lenTrg > 0 && lenTrg >= lenMrk) {
                r.triggers.add(new TriggerHit(i, trg.end(), trg.payload(), trg.surface().prefix(), trg.surface().pronoun()));
                mark(r, i, trg.end(), Label.TRIGGER, r.triggers.size() - 1);
                i = trg.end();
            } else if (lenMrk > 0) {
                r.markers.add(new MarkerHit(i, mrk.end(), mrk.payload()));
                mark(r, i, mrk.end(), Label.MARKER, r.markers.size() - 1);
                i = mrk.end();
            } else {
                PlaceItem ana = (bits & ANAPHOR_BIT) != 0 ? anaphor(r, i) : null;
                if (ana != null) {
                    r.places.add(ana);
                    mark(r, i, i + 1, Label.ANAPHOR, r.places.size() - 1);
                    i++;
                } else if (cue != null) {
                    labelCue(r, i, cue);
                    i = cue.end();
                } else {
                    i++;
                }
            }
        }
        r.places.sort(java.util.Comparator.comparingInt(p -> p.start));
        for (int k = 0; k < r.places.size(); k++) {
            PlaceItem p = r.places.get(k);
            for (int t = p.start; t < p.end; t++) r.itemAt[t] = k;
        }
    }

    private void labelCue(Reading r, int i, PhraseIndex.Match<Cues.Cue> cue) {
        Cues.Cue c = cue.payload();
        mark(r, i, cue.end(), Label.CUE, -1);
        r.cuePrefix[i] = cue.surface().prefix();
        for (int k = i + 1; k < cue.end(); k++) r.cuePrefix[k] = "";
        if (c.role() == Cues.Role.DESCRIPTOR) {
            for (int t = i; t < cue.end(); t++) r.descriptorTok[t] = true;
            if (ZONE_DESCRIPTORS.contains(c.singular())) r.zoneStart[i] = true;
        }
        String pron = cue.surface().pronoun();
        if (c.role() == Cues.Role.PARTITIVE && "ها".equals(pron)) {
            // أطرافها, أحياؤها, محيطها: (part of) the town itself
            PlaceItem p = new PlaceItem(i, i, cue.end(), null, cue.surface().prefix(), "مدينه", false);
            p.anaphorTypes = TYPE_WORDS.get("مدينه");
            p.partOfTown = true;
            r.places.add(p);
            mark(r, i, cue.end(), Label.ANAPHOR, r.places.size() - 1);
            return;
        }
        if (c.role() == Cues.Role.HEAD && "ها".equals(pron) && TYPE_WORDS.containsKey(c.singular())) {
            PlaceItem p = new PlaceItem(i, i, cue.end(), null, cue.surface().prefix(), c.singular(), false);
            p.anaphorTypes = TYPE_WORDS.get(c.singular());
            p.possessive = true;
            r.places.add(p);
            mark(r, i, cue.end(), Label.ANAPHOR, r.places.size() - 1);
        }
    }

    /** المدينة, للمدينة, البلدة …: a definite type word that points back to a place. */
    private PlaceItem anaphor(Reading r, int i) {
        String w = r.text.token(i).text();
        Clitics.Surface surface = null;
        String type = null;
        AnaphorForm form = ANAPHOR_FORMS.get(w);
        if (form != null) {
            surface = form.surface();
            type = form.type();
        }
        if (type != null) {
            String prefix = surface.prefix();
            // "المدينة الأثرية" is still the town; a following name makes it a cue instead.
            if (i + 1 < r.n && r.text.token(i + 1).sepBefore().insidePhrase() && r.label[i + 1] == Label.PLACE) return null;
            int np = i;
            String npPrefix = prefix;
            while (np > 0 && r.label[np - 1] == Label.CUE && !r.descriptorTok[np - 1]
                    && r.text.token(np).sepBefore().insidePhrase() && r.cuePrefix[np - 1] != null
                    && (np == i || !npPrefix.startsWith("و"))) {
                np--;
                npPrefix = r.cuePrefix[np];
            }
            PlaceItem p = new PlaceItem(np, i, i + 1, null, npPrefix, type, false);
            p.anaphorTypes = TYPE_WORDS.get(type);
            return p;
        }
        // عليها, منها, إليها: a pronoun object right after a trigger.
        if (i > 0 && DUAL_PRONOUNS.contains(w) && triggerJustBefore(r, i)) {
            PlaceItem p = new PlaceItem(i, i, i + 1, null, "", null, false);
            p.relation = w.startsWith("علي") ? "علي" : w.startsWith("من") ? "من" : "الي";
            p.anaphorTypes = new PlaceType[0];
            p.plural = true;
            return p;
        }
        if (i > 0 && (w.equals("عليها") || w.equals("منها") || w.equals("اليها") || w.equals("عليه") || w.equals("منه"))
                && triggerJustBefore(r, i)) {
            PlaceItem p = new PlaceItem(i, i, i + 1, null, "", null, false);
            p.relation = w.startsWith("علي") ? "علي" : w.startsWith("من") ? "من" : "الي";
            p.anaphorTypes = new PlaceType[0];
            return p;
        }
        return null;
    }

    /** A trigger right before token i, with at most its actor between (سيطرة النظام السوري عليها). */
    private static boolean triggerJustBefore(Reading r, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (r.label[k] == Label.TRIGGER) return true;
            if (r.label[k] != Label.ACTOR && !(k == i - 1 && r.text.token(k).text().equals("التي"))) return false;
        }
        return false;
    }

    private void mark(Reading r, int from, int to, Label l, int item) {
        for (int t = from; t < to && t < r.n; t++) {
            r.label[t] = l;
            r.itemAt[t] = item;
        }
    }

    /** "موالية للنظام", "مع جيش الأسد": the actor is named, but not as the one acting. */
    private boolean affiliated(Reading r, int i) {
        if (i == 0 || r.text.token(i).sepBefore() == Sep.STOP) return false;
        String before = stripConj(r.text.token(i - 1).text());
        return AFFILIATION.contains(before) || AFFILIATION.contains(r.text.token(i - 1).text());
    }

    private static String stripConj(String w) {
        return w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    // ---- 2. what governs each place ----------------------------------------------------------

    private String relation(Reading r, PlaceItem p) {
        if (p.relation != null) return p.relation;
        String prefix = p.prefix == null ? "" : p.prefix;
        // "عند الأطراف الغربية لمدينة تدمر": the preposition before a definite part word governs
        if (prefix.endsWith("ل")) {
            String governing = beforeDefinitePart(r, p.npStart);
            if (governing != null) return governing;
        }
        int zone = zoneKind(r, p.npStart, prefix.startsWith("و"));
        if (zone == DIRECTION_ZONE || (zone == MODIFIER_ZONE && !prefix.startsWith("و"))) return "descriptor";
        if (inAttribution(r, p.npStart)) return "descriptor";
        if (prefix.contains("ب")) return "ب";
        if (prefix.contains("ل")) return "ل";
        if (prefix.startsWith("و") || prefix.startsWith("ف")) return coordinated(r, p.npStart);
        int incl = inclusionBefore(r, p.npStart);
        if (incl >= 0) return coordinated(r, incl);
        int k = p.npStart - 1;
        if (k < 0 || r.text.token(p.npStart).sepBefore() == Sep.STOP) return "none";
        if (!r.text.token(p.npStart).sepBefore().insidePhrase() && r.text.token(p.npStart).sepBefore() != Sep.COMMA) return "none";
        for (int d = Math.max(0, p.npStart - 2); d < p.npStart; d++) {
            if (r.descriptorTok[d]) return "descriptor";
        }
        String before = stripConj(r.text.token(k).text());
        if (PREPOSITIONS.contains(before) && !before.equals("مع")) return before;
        if (r.label[k] == Label.TRIGGER) return "direct";
        if (afterVerbAndSubject(r, p.npStart)) return "direct";
        if (r.label[k] == Label.CUE || r.label[k] == Label.NONE) {
            // a list item with the conjunction on a word in between (حقل المهر النفطي وشركة المهر)
            return "none";
        }
        return "none";
    }

    /**
     * "حررت وحدات من الجيش بالتعاون مع القوات الرديفة أمس مدينة السخنة": back from the place over
     * actors, support phrases (بالتعاون مع, بدعم) and dates, the first thing met is the verb.
     */
    private boolean afterVerbAndSubject(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 16); k--) {
            Label l = r.label[k];
            if (l == Label.TRIGGER) return true;
            if (l == Label.ACTOR) {
                k = r.actors.get(r.itemAt[k]).start();
                continue;
            }
            if (dateAt(r, s, k) != null) continue;
            String w = stripConj(r.text.token(k).text());
            if (SUPPORT.contains(w) || ADVERBS.contains(w)) continue;
            // "مدعومة بغارات روسية": up to two words of a support phrase
            if (k >= 1 && SUPPORT.contains(stripConj(r.text.token(k - 1).text()))) continue;
            if (k >= 2 && SUPPORT.contains(stripConj(r.text.token(k - 2).text()))) continue;
            return false;
        }
        return false;
    }

    /**
     * "بما في ذلك سجن تدمر", "فضلا عن محطة T3", "إضافة إلى": the item joins the list before it.
     * Returns where the phrase starts, or -1.
     */
    private static int inclusionBefore(Reading r, int np) {
        // raw words: فضلا begins with ف, which is its own letter here, not a conjunction
        String w1 = np >= 1 ? r.text.token(np - 1).text() : "";
        String w2 = np >= 2 ? r.text.token(np - 2).text() : "";
        String w3 = np >= 3 ? r.text.token(np - 3).text() : "";
        if (w3.startsWith("و") && w3.length() > 3) w3 = w3.substring(1);
        if (w2.startsWith("و") && (w2.equals("وفضلا") || w2.equals("واضافه") || w2.equals("وبما"))) w2 = w2.substring(1);
        if (w1.equals("ذلك") && w2.equals("في") && w3.equals("بما")) return np - 3;
        if ((w1.equals("فيها") || w1.equals("فيه") || w1.equals("فيهم")) && w2.equals("بما")) return np - 2;
        if (w1.equals("عن") && w2.equals("فضلا")) return np - 2;
        if (w1.equals("الي") && (w2.equals("اضافه") || w2.equals("بالاضافه"))) return np - 2;
        if (w1.equals("منها")) return np - 1;
        return -1;
    }

    /** If token k ends a relative clause set off by a comma (، التي … ،), where that clause starts. */
    private static int relativeClauseStart(Reading r, int k, Sentence s) {
        if (k + 1 >= r.n || r.text.token(k + 1).sepBefore() != Sep.COMMA) return -1;
        for (int j = k; j > Math.max(s.firstToken(), k - 15); j--) {
            if (RELATIVE.contains(stripConj(r.text.token(j).text())) && r.text.token(j).sepBefore() == Sep.COMMA) return j;
            if (r.text.token(j).sepBefore() == Sep.COMMA) return -1;
        }
        return -1;
    }

    /** After و: the item governs like the one before it in the list. */
    private String coordinated(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 30); k--) {
            // "بين تدمر، التي يسيطر عليها التنظيم، وبلدة مهين": pass over a relative clause in commas
            int rel = relativeClauseStart(r, k, s);
            if (rel >= 0) {
                k = rel;
                continue;
            }
            if (r.descriptorTok[k] && !r.zoneStart[k]) continue;
            if (r.zoneStart[k]) {
                if (DIRECTION_WORDS.contains(stripConj(r.text.token(k).text()))) return "descriptor";
                continue;
            }
            Label l = r.label[k];
            if (l == Label.TRIGGER) return "direct";
            if (l == Label.MARKER) {
                Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
                if (m == Lexicon.Marker.SPEECH || m == Lexicon.Marker.CONTRAST) return "none";
            }
            if (l == Label.PLACE || l == Label.ANAPHOR) {
                // A landmark inside the list ("العامرية (غرب تدمر) وجبل الطار") is passed over:
                // the list goes on from the item before it.
                PlaceItem q = r.places.get(r.itemAt[k]);
                if (q.relation != null && !q.relation.equals("none") && !q.relation.equals("descriptor")) return q.relation;
                k = q.npStart;
                continue;
            }
            if (r.zoneStart[k] && DIRECTION_WORDS.contains(stripConj(r.text.token(k).text()))) return "descriptor";
            String w = stripConj(r.text.token(k).text());
            if (PREPOSITIONS.contains(w)) {
                // inside a descriptor zone the list is a description too
                return zoneKind(r, k, false) == DIRECTION_ZONE ? "descriptor" : w;
            }
        }
        return "none";
    }

    /** Inside "بحسب مراسلنا في حمص،": a place that tells where a source sits, up to a comma or على. */
    private boolean inAttribution(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 10); k--) {
            Token t = r.text.token(k + 1);
            if (t.sepBefore() == Sep.COMMA) return false;
            if (r.label[k] == Label.TRIGGER) return false;
            if (stripConj(r.text.token(k).text()).equals("علي")) return false;
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.ATTRIBUTION) return true;
        }
        return false;
    }

    private static final Set<String> DEFINITE_PARTS = Set.of("الاطراف", "المداخل", "المدخل", "الاحياء", "الريف",
            "الضواحي", "المحيط", "الجهه", "الجبهه", "الجبهات", "القسم", "الجزء", "الاجزاء", "اطراف", "مداخل", "احياء");

    private String beforeDefinitePart(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 3); k--) {
            String w = stripConj(r.text.token(k).text());
            if (w.equals("الريف")) return "descriptor";
            if (DEFINITE_PARTS.contains(w)) {
                if (k == s.firstToken()) return null;
                String prep = stripConj(r.text.token(k - 1).text());
                return PREPOSITIONS.contains(prep) ? prep : null;
            }
        }
        return null;
    }

    private static final int NO_ZONE = 0, MODIFIER_ZONE = 1, DIRECTION_ZONE = 2;

    /**
     * Inside "المشرف على …", "تبعد … عن …" (a modifier of the noun before) or "باتجاه …", "بين …"
     * (a direction): up to a comma or a stop. A new list item with و ends a modifier
     * ("المشرف على المدينة وجبل هايل": Jabal Hayal is the next object) but not a direction
     * ("باتجاه بلدة السخنة ودير الزور": both are where they went).
     */
    private int zoneKind(Reading r, int at, boolean conjoined) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 12); k--) {
            if (r.zoneStart[k]) {
                // "بين الطرفين في محيط صوامع تدمر": بين names the two sides, not two places
                if (stripConj(r.text.token(k).text()).equals("بين") && k + 1 < r.n
                        && r.label[k + 1] != Label.PLACE && r.label[k + 1] != Label.CUE && r.label[k + 1] != Label.ANAPHOR) {
                    return NO_ZONE;
                }
                return DIRECTION_WORDS.contains(stripConj(r.text.token(k).text())) ? DIRECTION_ZONE : MODIFIER_ZONE;
            }
            Token t = r.text.token(k + 1);
            if (t.sepBefore() == Sep.COMMA || t.sepBefore() == Sep.STOP) return NO_ZONE;
            if (r.label[k] == Label.TRIGGER) return NO_ZONE;
            if (k + 1 < at && t.text().startsWith("و") && (r.label[k + 1] == Label.PLACE || r.label[k + 1] == Label.CUE)
                    && !DIRECTION_WORDS.contains(zoneWordBefore(r, k, s))) {
                return NO_ZONE;
            }
        }
        return NO_ZONE;
    }

    private String zoneWordBefore(Reading r, int k, Sentence s) {
        for (int j = k; j >= Math.max(s.firstToken(), k - 12); j--) {
            if (r.zoneStart[j]) return stripConj(r.text.token(j).text());
        }
        return "";
    }

    // ---- 3. anaphora --------------------------------------------------------------------------

    private void resolveAnaphora(Reading r) {
        Place dominant = dominantTown(r);
        Place currentTown = null;
        Place lastPlace = null;
        int lastPlaceSentence = -10;
        Place lastSettlement = null;
        int lastSettlementSentence = -10;
        Map<String, Place> lastByWord = new HashMap<>();
        for (PlaceItem p : r.places) {
            int sent = r.text.sentenceOf(p.start).index();
            if (isFurniture(r, r.text.sentenceOf(p.start))) continue; // another story's headline
            if (p.place != null && p.place.type().isSettlement() && p.anaphorTypes == null && !"descriptor".equals(p.relation)) {
                lastSettlement = p.place;
                lastSettlementSentence = sent;
            }
            if (p.named) {
                if (!"descriptor".equals(p.relation)) {
                    for (String w : typeWordsOf(p)) lastByWord.put(w, p.place);
                    if (isTownMention(p)) currentTown = p.place;
                    lastPlace = p.place;
                    lastPlaceSentence = sent;
                }
                continue;
            }
            Place town = currentTown != null ? currentTown : dominant;
            if (p.partOfTown) {
                p.place = lastSettlement != null && sent - lastSettlementSentence <= 1 ? lastSettlement : town;
                continue;
            }
            Place sameWord = p.cueWord == null ? null : lastByWord.get(p.cueWord);
            if (sameWord != null && !p.possessive && p.anaphorTypes.length > 0) {
                p.place = sameWord;
            } else if (p.plural) {
                continue;
            } else if (p.anaphorTypes.length == 0) {
                // a pronoun: the place a relative pronoun hangs on ("تدمر، التي يسيطر عليها"),
                // else the last town or village named nearby as a place of its own
                Place antecedent = relativeAntecedent(r, p.start);
                p.place = antecedent != null ? antecedent : sent - lastSettlementSentence <= 1 ? lastSettlement : null;
            } else if (p.possessive) {
                // "سجن تدمر ومطارها": the owner is the town the last named part belongs to
                Place owner = town;
                if (lastPlace != null && lastPlace.parentId() != null && sent == lastPlaceSentence) {
                    owner = gazetteer.byId(lastPlace.parentId()).orElse(town);
                }
                p.place = owner == null ? null : partOf(owner, p.anaphorTypes);
            } else if (isType(town, p.anaphorTypes)) {
                p.place = town;
            } else if (lastPlace != null && isType(lastPlace, p.anaphorTypes) && sent - lastPlaceSentence <= 1) {
                p.place = lastPlace;
            } else {
                // "سجن تدمر والمطار العسكري": the airport of the town the last named part belongs to
                Place owner = town;
                if (lastPlace != null && lastPlace.parentId() != null && sent == lastPlaceSentence) {
                    owner = gazetteer.byId(lastPlace.parentId()).orElse(town);
                }
                p.place = owner == null ? null : partOf(owner, p.anaphorTypes);
            }
            if (p.place != null) {
                lastPlace = p.place;
                lastPlaceSentence = sent;
                if (p.place.type().isSettlement() && !"descriptor".equals(p.relation)) {
                    lastSettlement = p.place;
                    lastSettlementSentence = sent;
                }
            }
        }
    }

    /**
     * The type words a named mention can later be called by: its own cue (قرية السخنة is "القرية"
     * even if the gazetteer calls it a town), else its gazetteer type.
     */
    private static List<String> typeWordsOf(PlaceItem p) {
        if (p.cueWord != null && TYPE_WORDS.containsKey(p.cueWord)) return List.of(p.cueWord);
        return switch (p.place.type()) {
            case CITY -> List.of("مدينه");
            case TOWN -> List.of("بلده", "مدينه");
            case VILLAGE -> List.of("قريه", "بلده");
            case AIRPORT, AIRBASE -> List.of("مطار");
            case PRISON -> List.of("سجن");
            case CASTLE -> List.of("قلعه");
            case OIL_FIELD, GAS_FIELD -> List.of("حقل");
            case MOUNTAIN -> List.of("جبل");
            case CHECKPOINT, JUNCTION -> List.of("معبر");
            default -> List.of();
        };
    }

    /** "X، التي يسيطر عليها": the place right before the relative pronoun that opens the clause. */
    private Place relativeAntecedent(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k > Math.max(s.firstToken(), at - 8); k--) {
            if (!RELATIVE.contains(stripConj(r.text.token(k).text()))) continue;
            int before = k - 1;
            if (r.label[before] == Label.PLACE || r.label[before] == Label.ANAPHOR) return r.places.get(r.itemAt[before]).place;
            return null;
        }
        return null;
    }

    private static boolean isTownMention(PlaceItem p) {
        if ("قريه".equals(p.cueWord)) return false;
        if ("مدينه".equals(p.cueWord) || "بلده".equals(p.cueWord)) return true;
        return p.place.type() == PlaceType.CITY || p.place.type() == PlaceType.TOWN;
    }

    private static boolean isType(Place p, PlaceType[] types) {
        if (p == null) return false;
        for (PlaceType t : types) if (p.type() == t) return true;
        return false;
    }

    private Place partOf(Place town, PlaceType[] types) {
        for (Place c : gazetteer.children(town.id())) {
            if (isType(c, types)) return c;
        }
        return null;
    }

    /** The town the article names most often as a place of its own, not as a landmark. */
    private static Place dominantTown(Reading r) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Place> byId = new HashMap<>();
        for (PlaceItem p : r.places) {
            if (!p.named || !isTownMention(p)) continue;
            int w = "descriptor".equals(p.relation) ? 1 : 3;
            count.merge(p.place.id(), w, Integer::sum);
            byId.put(p.place.id(), p.place);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byId.get(e.getKey())).orElse(null);
    }

    // ---- 4. triggers, places, actors -> raw events ------------------------------------------

    private List<RawEvent> attach(Reading r) {
        Map<TriggerHit, List<PlaceItem>> objects = new HashMap<>();
        for (PlaceItem p : r.places) {
            if (p.plural && p.relation != null) {
                TriggerHit t = governingTrigger(r, p);
                if (t != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
                continue;
            }
            if (p.place == null || p.relation == null) continue;
            if (p.relation.equals("descriptor") || p.relation.equals("none")) continue;
            TriggerHit t = governingTrigger(r, p);
            if (t != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
        }
        for (TriggerHit t : r.triggers) {
            if (objects.containsKey(t) || t.trigger().kind() != EventKind.CONTESTED || t.start() < 2) continue;
            if (!whereClause(r, t)) continue;
            PlaceItem before = lastPlaceBefore(r, t.start());
            if (before != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(before);
        }
        // Places that come before their trigger: "سقطت تدمر" can be "تدمر سقطت"; "X تحت سيطرة Y".
        for (TriggerHit t : r.triggers) {
            if (objects.containsKey(t)) continue;
            if (t.trigger().has("fall") || t.trigger().has("under")) {
                PlaceItem before = placeJustBefore(r, t.start(), t.trigger().has("under") ? 4 : 1);
                if (before != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(before);
            }
            if (t.pronoun() != null && (t.trigger().verb() || t.trigger().has("fall"))) {
                PlaceItem ana = pronounPlace(r, t);
                if (ana != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(ana);
            }
        }
        // "حقلي المهر وجحار، اللذين سيطر عليهما التنظيم": a dual pronoun stands for the whole list
        for (List<PlaceItem> objs : objects.values()) {
            List<PlaceItem> extra = new ArrayList<>();
            for (PlaceItem p : objs) if (p.plural) extra.addAll(listBefore(r, p.start));
            objs.removeIf(p -> p.plural);
            objs.addAll(extra);
        }
        List<RawEvent> out = new ArrayList<>();
        Lexicon.Actor lastAgent = null;
        int lastAgentSentence = -10;
        for (TriggerHit t : r.triggers) {
            Sentence s = r.text.sentenceOf(t.start());
            if (isFurniture(r, s)) continue;
            Lexicon.Actor agent = agent(r, t, s);
            // "أعلنت وسائل إعلام النظام استعادة مهين": the announcing side before any carried-over actor
            if (agent == null && t.trigger().kind() == EventKind.CAPTURE) agent = speakerSide(r, t, s);
            if (agent == null && s.index() - lastAgentSentence <= 1 && !insideRelativeClause(r, t, s)) agent = lastAgent;
            if (agent != null && !t.trigger().has("expel")) {
                lastAgent = agent;
                lastAgentSentence = s.index();
            }
            List<PlaceItem> objs = objects.get(t);
            if (objs == null) continue;
            Modality mod = modality(r, t, s);
            if (mod == Modality.DROP) continue;
            EventKind kind = mod == Modality.FIGHT ? EventKind.CONTESTED : t.trigger().kind();
            if (kind == EventKind.CAPTURE && isStateVerb(r, t)) kind = EventKind.PRESENCE;
            if (kind == EventKind.CONTESTED && nearAir(r, t, s)) continue;
            Lexicon.Actor gainer = null, loser = null;
            switch (t.trigger().kind()) {
                case CAPTURE -> {
                    if (t.trigger().has("handover")) {
                        gainer = actorWithPrefix(r, t.end(), s.endToken(), "ل");
                        loser = agent;
                    } else if (t.trigger().has("expel")) {
                        // طرده النظام منها: the pronoun is the one expelled, the actor after is who did it;
                        // طرد النظام التنظيم / النظام طرد التنظيم; the masdar طرد التنظيم names the expelled.
                        ActorHit first = actorAfter(r, t, s, 3);
                        ActorHit second = first == null ? null : actorAfterActor(r, first, s);
                        Lexicon.Actor before = agentBefore(r, t, s);
                        if (!t.trigger().verb() || nounContext(r, t.start())) {
                            loser = first != null ? first.actor() : (t.pronoun() != null ? lastAgent : null);
                        } else if (t.pronoun() != null) {
                            gainer = first != null ? first.actor() : before;
                            loser = lastAgent != null && (gainer == null || lastAgent.side() != gainer.side()) ? lastAgent : null;
                        } else if (second != null) {
                            gainer = first.actor();
                            loser = second.actor();
                        } else if (first != null) {
                            gainer = before;
                            loser = first.actor();
                        }
                    } else if (t.trigger().has("fall")) {
                        gainer = gainerMarked(r, t, s);
                    } else {
                        gainer = agent;
                        if (gainer == null) gainer = speakerSide(r, t, s);
                        // دخلت قافلة المساعدات: entering counts only for an armed actor
                        if (gainer == null && t.trigger().has("actor")) continue;
                        if (t.trigger().has("retake")) loser = actorAfterWord(r, lastObjectEnd(objs, t), s, "من");
                    }
                }
                case WITHDRAWAL -> {
                    loser = agent;
                    gainer = gainerMarked(r, t, s);
                    if (loser == null && t.trigger().has("actor")) continue;
                }
                case PRESENCE -> {
                    if (t.trigger().has("under")) {
                        ActorHit after = actorAfter(r, t, s, 2);
                        gainer = after == null ? null : after.actor();
                    } else {
                        gainer = agent;
                    }
                }
                case CONTESTED -> gainer = null;
            }
            if (gainer != null && loser != null && gainer.side() == loser.side()) loser = null;
            if (kind == EventKind.CONTESTED) gainer = null;
            DateMention date = dateFor(r, t, s);
            for (PlaceItem p : objs) {
                if (kind == EventKind.PRESENCE && !p.named) continue;
                if (t.trigger().has("road") && p.place.type() != PlaceType.ROAD) continue;
                List<RawEvent.Voice> voices = voices(r, t, p, s);
                double conf = confidence(t, kind, p, gainer, agent);
                out.add(new RawEvent(kind, p.place, p.start, p.end, t.start(), s.index(), gainer, loser, false,
                        voices, date, conf, !p.named));
            }
        }
        return out;
    }

    private static int lastObjectEnd(List<PlaceItem> objs, TriggerHit t) {
        int end = t.end();
        for (PlaceItem p : objs) end = Math.max(end, p.end);
        return end;
    }

    /** The nearest trigger before the place that takes its governing word, with no barrier between. */
    private TriggerHit governingTrigger(Reading r, PlaceItem p) {
        Sentence s = r.text.sentenceOf(p.npStart);
        int looked = 0;
        for (int k = p.npStart - 1; k >= Math.max(s.firstToken(), p.npStart - 35); k--) {
            if (barrierAt(r, k + 1, p.npStart)) return null;
            if (r.label[k] == Label.TRIGGER) {
                TriggerHit t = r.triggers.get(r.itemAt[k]);
                k = t.start();
                if (t.trigger().has("under")) continue;
                if (t.trigger().takes(p.relation)) return t;
                if (++looked >= 3) return null;
            }
        }
        return null;
    }

    /**
     * What ends a trigger's reach: a speech verb or contrast word, or a comma after which the
     * sentence does not go on with the list (و + على/من/في, a cue, a place, a part word).
     */
    private boolean barrierAt(Reading r, int k, int placeStart) {
        if (k >= r.n) return false;
        Label l = r.label[k];
        if (l == Label.MARKER) {
            Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
            if (m == Lexicon.Marker.SPEECH || m == Lexicon.Marker.CONTRAST) return true;
        }
        Token t = r.text.token(k);
        if (t.sepBefore() == Sep.COMMA || t.sepBefore() == Sep.COLON) {
            // "سيطر التنظيم، يوم أمس الأحد، على مدينة القريتين": a dated aside, not a new clause
            Sentence sk = r.text.sentenceOf(k);
            if (dateAt(r, sk, k) != null || (k + 1 < sk.endToken() && dateAt(r, sk, k + 1) != null)) return false;
            if (k > 0 && dateAt(r, r.text.sentenceOf(k - 1), k - 1) != null) return false;
            int next = k;
            // "، و على تياس": a lone و is written apart; the word after it decides
            if ((t.text().equals("و") || t.text().equals("ف")) && k + 1 < r.n) next = k + 1;
            t = r.text.token(next);
            l = r.label[next];
            String w = stripConj(t.text());
            if (INCLUSION_OPENERS.contains(w) || INCLUSION_OPENERS.contains(t.text())) return false;
            if (PREPOSITIONS.contains(w)) return false;
            if (l == Label.PLACE || l == Label.ANAPHOR || l == Label.CUE) return false;
            return true;
        }
        return false;
    }

    /** The named places of the last list before token {@code at} in its sentence (X وY وZ). */
    private List<PlaceItem> listBefore(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        List<PlaceItem> out = new ArrayList<>();
        int gap = 0;
        for (int k = at - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.PLACE) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                if (!"descriptor".equals(p.relation)) out.add(0, p);
                k = p.npStart;
                gap = 0;
                if (!r.text.token(k).text().startsWith("و") && !out.isEmpty()) return out;
                continue;
            }
            if (++gap > 3 && !out.isEmpty()) return out;
        }
        return out;
    }

    /** "… نحو حقل جزل، حيث تدور اشتباكات": حيث within three words before the trigger. */
    private static boolean whereClause(Reading r, TriggerHit t) {
        Sentence s = r.text.sentenceOf(t.start());
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 3); k--) {
            if (stripConj(r.text.token(k).text()).equals("حيث")) return true;
        }
        return false;
    }

    private PlaceItem lastPlaceBefore(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.ANAPHOR) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                return p.place == null ? null : p;
            }
        }
        return null;
    }

    private PlaceItem placeJustBefore(Reading r, int at, int reach) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - reach); k--) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.ANAPHOR) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                return p.place == null || "descriptor".equals(p.relation) ? null : p;
            }
        }
        return null;
    }

    /**
     * ليدخلها, سقوطها, تستعيده: the last place named in this sentence or the one before. ها (she)
     * is a town or village (مدينة, بلدة, قرية are feminine); ه (he) is a field, an airport, a
     * mountain or a hill (حقل, مطار, جبل are masculine).
     */
    private PlaceItem pronounPlace(Reading r, TriggerHit t) {
        Sentence s = r.text.sentenceOf(t.start());
        int firstAllowed = s.index() > 0 ? r.text.sentences().get(s.index() - 1).firstToken() : 0;
        boolean masculine = "ه".equals(t.pronoun());
        for (int k = t.start() - 1; k >= firstAllowed; k--) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.ANAPHOR) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                if (p.place == null || "descriptor".equals(p.relation)) continue;
                if (p.place.type().isSettlement() == masculine) continue;
                PlaceItem q = new PlaceItem(t.start(), t.start(), t.end(), p.place, "", null, false);
                q.relation = "direct";
                q.anaphorTypes = new PlaceType[0];
                return q;
            }
        }
        return null;
    }

    private enum Modality { FACT, FIGHT, DROP }

    private Modality modality(Reading r, TriggerHit t, Sentence s) {
        if (t.prefix().contains("س")) return Modality.DROP;
        if (t.trigger().has("bare") && t.prefix().contains("ل")) return Modality.DROP;
        if (!t.trigger().verb() && t.prefix().endsWith("ل") && t.trigger().kind() == EventKind.CAPTURE
                && !afterReturn(r, t)) {
            return Modality.DROP; // للسيطرة على: in order to take; but عاد للسيطرة: took again
        }
        Modality result = Modality.FACT;
        // "تحدثت صفحات عن سيطرة التنظيم على الدوة، غير أن مصدراً نفى ذلك": denied later in the sentence
        for (int k = t.end(); k < s.endToken(); k++) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.DENIAL
                    && k + 1 < s.endToken() && DENIED_THING.contains(stripConj(r.text.token(k + 1).text()))) {
                return Modality.DROP;
            }
        }
        for (int k = s.firstToken(); k < t.start(); k++) {
            if (r.label[k] != Label.MARKER) continue;
            MarkerHit m = r.markers.get(r.itemAt[k]);
            k = m.end() - 1;
            int gap = t.start() - m.end();
            switch (m.marker()) {
                case NEGATION -> { if (gap <= 4 && !punctuationBetween(r, m.end(), t.start())) return Modality.DROP; }
                case DENIAL, RUMOUR -> { return Modality.DROP; }
                // "يسعى التنظيم، بحسب محللين، إلى السيطرة على": the first trigger after it
                case INTENTION -> { if (gap <= 3 || (gap <= 12 && !triggerBetween(r, m.end(), t.start()))) return Modality.DROP; }
                case ATTEMPT -> { if (gap <= 6 && !punctuationBetween(r, m.end(), t.start())) result = Modality.FIGHT; }
                // سيطرتهم reads as a verb too (سيطرت + هم); after فترة it can only be the masdar
                case DURING -> { if (gap <= 1) return Modality.DROP; }
                case MAYBE -> {
                    // قد + past tense is "had already"; قد + present is "may"
                    if (gap <= 1 && t.trigger().verb() && startsPresent(r.text.token(t.start()).text(), t.prefix())) {
                        return Modality.DROP;
                    }
                }
                default -> { }
            }
        }
        return result;
    }

    private static boolean startsPresent(String word, String prefix) {
        String w = word.substring(Math.min(prefix.length(), word.length()));
        return !w.isEmpty() && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت' || w.charAt(0) == 'ن');
    }

    /**
     * "آخر مدينة يسيطر عليها التنظيم": a present-tense verb tells who holds a place now. In a
     * narrative ("ليواصل تقدمه ويسيطر على", "ليدخل ويسيطر") it is an event.
     */
    private static boolean isStateVerb(Reading r, TriggerHit t) {
        if (!t.trigger().verb() || !startsPresent(r.text.token(t.start()).text(), t.prefix())) return false;
        if (t.prefix().contains("ل") || t.trigger().has("fall")) return false;
        Sentence s = r.text.sentenceOf(t.start());
        // "قبل أن تستعيده": after أن, لن, كي, حتى the verb is a subjunctive of the narrative
        if (t.start() > 0) {
            String prev = stripConj(r.text.token(t.start() - 1).text());
            if (prev.equals("ان") || prev.equals("لن") || prev.equals("كي") || prev.equals("حتي") || prev.equals("لكي")) return false;
        }
        for (int k = Math.max(s.firstToken(), t.start() - 8); k < t.start(); k++) {
            String w = r.text.token(k).text();
            if (w.startsWith("ل") && r.label[k] == Label.TRIGGER) return false;
            if (w.startsWith("لي") || w.startsWith("لت") || w.equals("ثم") || w.equals("بعدها")) return false;
        }
        return true;
    }

    private static boolean punctuationBetween(Reading r, int from, int to) {
        for (int k = from; k <= to && k < r.n; k++) {
            Sep sep = r.text.token(k).sepBefore();
            if (sep == Sep.COMMA || sep == Sep.STOP || sep == Sep.COLON) return true;
        }
        return false;
    }

    private static boolean afterReturn(Reading r, TriggerHit t) {
        for (int k = Math.max(0, t.start() - 3); k < t.start(); k++) {
            String w = stripConj(r.text.token(k).text());
            if (w.equals("عاد") || w.equals("عادت") || w.equals("عادوا") || w.equals("يعود") || w.equals("تعود")) return true;
        }
        return false;
    }

    private boolean nearAir(Reading r, TriggerHit t, Sentence s) {
        for (int k = Math.max(s.firstToken(), t.start() - 3); k <= Math.min(s.endToken() - 1, t.start() + 3); k++) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.AIR) return true;
        }
        return false;
    }

    // ---- actors ---------------------------------------------------------------------------------

    private Lexicon.Actor agent(Reading r, TriggerHit t, Sentence s) {
        if (!t.trigger().verb() && t.pronoun() != null && !t.trigger().has("fall")) return agentBefore(r, t, s);
        ActorHit after = actorAfter(r, t, s, 2);
        if (after != null && !after.prefix().contains("ل") && !after.prefix().contains("ب")) return after.actor();
        Lexicon.Actor byAgent = actorAfterWord(r, t.end(), s, "قبل");
        if (byAgent != null) return byAgent;
        return agentBefore(r, t, s);
    }

    /** The last acting (not affiliated) actor before the trigger in its sentence. */
    private Lexicon.Actor agentBefore(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.CONTRAST) return null;
            // "… التي انسحب منها": a relative clause has its own, unnamed subject
            if (RELATIVE.contains(stripConj(r.text.token(k).text()))) return null;
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (!a.affiliated()) return a.actor();
                k = a.start();
            }
        }
        return null;
    }

    /**
     * The actor right after a trigger: سيطر التنظيم, سيطرة التنظيم. Only a date or an adverb may
     * stand between; any other word means the actor belongs to a later verb.
     */
    private ActorHit actorAfter(Reading r, TriggerHit t, Sentence s, int reach) {
        Sentence sent = r.text.sentenceOf(t.start());
        int k = t.end();
        int skipped = 0;
        while (k < s.endToken() && skipped < reach) {
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                return a.affiliated() ? null : a;
            }
            DateMention d = dateAt(r, sent, k);
            if (d != null) {
                k = d.endToken();
                skipped++;
                continue;
            }
            // سيطر عليها تنظيم داعش: the object pronoun may come before the subject
            if (ADVERBS.contains(stripConj(r.text.token(k).text())) || r.label[k] == Label.ANAPHOR && k == t.end()) {
                k++;
                skipped++;
                continue;
            }
            return null;
        }
        return null;
    }

    private static DateMention dateAt(Reading r, Sentence s, int k) {
        if (r.dates.size() <= s.index()) return null;
        for (DateMention d : r.dates.get(s.index())) if (d.startToken() <= k && k < d.endToken()) return d;
        return null;
    }

    /**
     * طرده is "he expelled him" or "his expulsion"; after a preposition or بعد without أن it is the
     * noun (بعد طرده من المدينة), after بعد أن the verb (بعد أن طرده النظام منها).
     */
    private static boolean nounContext(Reading r, int at) {
        if (at == 0) return false;
        String w = stripConj(r.text.token(at - 1).text());
        return PREPOSITIONS.contains(w) || w.equals("بعد") || w.equals("قبل") || w.equals("عقب") || w.equals("اثر")
                || w.equals("منذ") || w.equals("خلال");
    }

    /** "… التي فخخها المسلحون قبل انسحابهم": the trigger sits in a relative clause with its own subject. */
    private static boolean insideRelativeClause(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 8); k--) {
            if (r.label[k] == Label.ACTOR || r.label[k] == Label.TRIGGER) return false;
            if (RELATIVE.contains(stripConj(r.text.token(k).text()))) return true;
            if (r.text.token(k).sepBefore() == Sep.COMMA) return false;
        }
        return false;
    }

    /** "اقرأ أيضاً: …", "شاهد أيضاً": a headline of another story, not this article's report. */
    private static boolean isFurniture(Reading r, Sentence s) {
        String first = r.text.token(s.firstToken()).text();
        String second = s.endToken() > s.firstToken() + 1 ? r.text.token(s.firstToken() + 1).text() : "";
        return (first.equals("اقرا") || first.equals("شاهد") || first.equals("طالع")) && (second.equals("ايضا") || second.equals("المزيد"))
                || first.equals("مواضيع") && second.equals("ذات") || first.equals("ذات") && second.equals("صله");
    }

    /**
     * "أعلنت وسائل إعلام النظام استعادة مهين": when a side's own media announce a capture and the
     * sentence names no one else, that side is the one that took it.
     */
    private Lexicon.Actor speakerSide(Reading r, TriggerHit t, Sentence s) {
        String side = null;
        for (SourceHit h : r.sources) {
            if (!s.contains(h.start()) || h.start() >= t.start()) continue;
            if (h.voice().equals("independent")) return null;
            if (side != null && !side.equals(h.voice())) return null;
            side = h.voice();
        }
        return side == null ? null : ArticleInference.representative(Side.fromCode(side));
    }

    /** A second actor right after the first (طرد النظام التنظيم من المدينة). */
    private ActorHit actorAfterActor(Reading r, ActorHit first, Sentence s) {
        int k = first.end();
        if (k < s.endToken() && r.label[k] == Label.ACTOR) return r.actors.get(r.itemAt[k]);
        return null;
    }

    /** The actor right after a given word (من تنظيم داعش, من قبل التنظيم). */
    private Lexicon.Actor actorAfterWord(Reading r, int from, Sentence s, String word) {
        for (int k = from; k < Math.min(s.endToken(), from + 6); k++) {
            String w = r.text.token(k).text();
            if (stripConj(w).equals(word) && k + 1 < s.endToken() && r.label[k + 1] == Label.ACTOR) {
                return r.actors.get(r.itemAt[k + 1]).actor();
            }
            if (word.equals("قبل") && w.equals("من") && k + 2 < s.endToken() && r.text.token(k + 1).text().equals("قبل")
                    && r.label[k + 2] == Label.ACTOR) {
                return r.actors.get(r.itemAt[k + 2]).actor();
            }
            if (r.label[k] == Label.ACTOR && r.actors.get(r.itemAt[k]).prefix().endsWith("م")) {
                return r.actors.get(r.itemAt[k]).actor();
            }
        }
        return null;
    }

    private Lexicon.Actor actorWithPrefix(Reading r, int from, int to, String prefix) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (a.prefix().endsWith(prefix)) return a.actor();
                k = a.end() - 1;
            }
        }
        return null;
    }

    /** بيد التنظيم, لصالح قوات النظام: the gainer of a fall or a withdrawal, when named. */
    private Lexicon.Actor gainerMarked(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.end(); k < Math.min(s.endToken(), t.end() + 8); k++) {
            String w = stripConj(r.text.token(k).text());
            if (GAINER_MARKERS.contains(w) || w.equals("امام")) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 3); j++) {
                    if (r.label[j] == Label.ACTOR) return r.actors.get(r.itemAt[j]).actor();
                }
            }
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (a.prefix().endsWith("ل") && k > t.end() && (stripConj(r.text.token(k - 1).text()).equals("صالح"))) return a.actor();
            }
        }
        return null;
    }

    // ---- dates, claims, confidence -------------------------------------------------------------

    /**
     * The nearest date expression in the sentence. A date after a temporal connector (عقب, بعد)
     * dates the event it introduces, not a trigger before the connector; a contrast word (في حين)
     * separates two times.
     */
    private DateMention dateFor(Reading r, TriggerHit t, Sentence s) {
        DateMention after = null, before = null;
        int afterDist = Integer.MAX_VALUE, beforeDist = Integer.MAX_VALUE;
        boolean beforeAcrossTrigger = false, beforeAcrossConnector = false;
        for (DateMention d : r.dates.get(s.index())) {
            if (d.offset() && !(d.endToken() <= t.start() && t.start() - d.endToken() <= 1)) continue;
            if (d.startToken() >= t.end()) {
                int dist = d.startToken() - t.end();
                // "منذ أيار 2015", "قبل آذار": a connector right before the date introduces it
                int until = d.startToken() > t.end() && r.label[d.startToken() - 1] == Label.MARKER ? d.startToken() - 1 : d.startToken();
                if (dist > 30 || crosses(r, t.end(), until, true) || triggerBetween(r, t.end(), d.startToken())) continue;
                if (dist < afterDist) {
                    after = d;
                    afterDist = dist;
                }
            } else if (d.endToken() <= t.start()) {
                int dist = t.start() - d.endToken();
                if (dist > 30 || crosses(r, d.endToken(), t.start(), false)) continue;
                if (dist < beforeDist) {
                    before = d;
                    beforeDist = dist;
                    beforeAcrossTrigger = triggerBetween(r, d.endToken(), t.start());
                    beforeAcrossConnector = crosses(r, d.endToken(), t.start(), true);
                }
            }
        }
        // "بعد أن طرده النظام منها في آذار": the trigger's own date beats one across بعد
        if (after != null && (before == null || beforeAcrossConnector || afterDist <= beforeDist)) return after;
        if (before != null && beforeAcrossTrigger && !beforeAcrossConnector) {
            // "بدأ الهجوم يوم الجمعة … لتندلع بعدها معارك انتهت بسيطرة التنظيم على …": what follows the
            // dated opening happened on or after it
            LocalDate pub = r.article.published();
            LocalDate hi = pub != null && pub.isAfter(before.max()) ? pub : before.max();
            return DateMention.window(before.startToken(), before.endToken(), before.min(), hi, pub).withDate(before.date());
        }
        if (before != null && !beforeAcrossTrigger) return before;
        if (before != null) return before;
        return recentAfterConnector(r, t, s);
    }

    /**
     * "A عقب استيلائها على الكتيبة يوم 10/12": A came right after a dated event. When that date is
     * recent (within a week of publication) it is A's lower bound; an older one ("جاءت عقب
     * استعادة النظام للمدينة في آذار") says nothing about when A happened.
     */
    private DateMention recentAfterConnector(Reading r, TriggerHit t, Sentence s) {
        LocalDate pub = r.article.published();
        if (pub == null) return null;
        for (DateMention d : r.dates.get(s.index())) {
            if (d.startToken() < t.end() || d.startToken() - t.end() > 25 || d.date() == null) continue;
            if (crossesMarker(r, t.end(), d.startToken(), Lexicon.Marker.CONTRAST)) continue;
            if (!crossesAfterConnector(r, t.end(), d.startToken())) continue;
            if (d.max().isAfter(pub) || d.max().isBefore(pub.minusDays(7))) continue;
            return DateMention.window(d.startToken(), d.endToken(), d.min(), pub, pub).withDate(d.date());
        }
        return null;
    }

    private static boolean triggerBetween(Reading r, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) if (r.label[k] == Label.TRIGGER) return true;
        return false;
    }

    private boolean crossesMarker(Reading r, int from, int to, Lexicon.Marker marker) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == marker) return true;
        }
        return false;
    }

    private boolean crossesAfterConnector(Reading r, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) {
            if (r.label[k] != Label.MARKER || r.markers.get(r.itemAt[k]).marker() != Lexicon.Marker.TEMPORAL) continue;
            String w = stripConj(r.text.token(k).text());
            if (w.equals("عقب") || w.equals("بعد") || w.equals("اثر")) return true;
        }
        return false;
    }

    private boolean crosses(Reading r, int from, int to, boolean temporalToo) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) {
            if (r.label[k] != Label.MARKER) continue;
            Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
            if (m == Lexicon.Marker.CONTRAST) return true;
            if (temporalToo && m == Lexicon.Marker.TEMPORAL) return true;
        }
        return false;
    }

    /**
     * The voices that report this statement: sources named in its sentence before the trigger (the
     * speaker), between the trigger and the place, or right after the place behind بحسب; and the
     * article's own outlet. Whether that makes a claim is decided once the gainer is known.
     */
    private List<RawEvent.Voice> voices(Reading r, TriggerHit t, PlaceItem p, Sentence s) {
        List<RawEvent.Voice> out = new ArrayList<>(2);
        for (SourceHit h : r.sources) {
            if (!s.contains(h.start())) continue;
            boolean before = h.start() < t.start();
            boolean between = h.start() >= t.end() && h.start() < p.start;
            boolean justAfter = h.start() >= p.end && h.start() - p.end <= 4 && attributionBetween(r, p.end, h.start());
            if (before || between || justAfter) out.add(new RawEvent.Voice(h.voice(), sourceText(r, h)));
        }
        if (r.outletVoice != null) out.add(new RawEvent.Voice(r.outletVoice, r.article.outlet()));
        return out;
    }

    private final Map<String, java.util.Optional<String>> outletVoices = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whose voice an outlet is, when the sources lexicon knows its name. */
    private String voiceOf(String outlet) {
        if (outlet == null || outlet.isBlank()) return null;
        return outletVoices.computeIfAbsent(outlet, o -> java.util.Optional.ofNullable(lookUpVoice(o))).orElse(null);
    }

    private String lookUpVoice(String outlet) {
        AnalyzedText t = ArabicText.analyze(outlet);
        for (int i = 0; i < t.size(); i++) {
            PhraseIndex.Match<Lexicon.Source> m = lex.sources.longestAt(t, i);
            if (m != null) return m.payload().voice();
        }
        String lower = outlet.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("sana") || lower.contains("syrian arab news")) return "government";
        if (lower.contains("amaq")) return "isis";
        return null;
    }

    private boolean attributionBetween(Reading r, int from, int to) {
        return crossesMarker(r, from, to, Lexicon.Marker.ATTRIBUTION);
    }

    private String sourceText(Reading r, SourceHit h) {
        int[] range = r.text.originalRange(h.start(), h.end());
        return r.text.original().substring(range[0], range[1]);
    }

    private static double confidence(TriggerHit t, EventKind kind, PlaceItem p, Lexicon.Actor gainer, Lexicon.Actor agent) {
        double c = switch (kind) {
            case CAPTURE -> 0.85;
            case WITHDRAWAL -> 0.75;
            case CONTESTED -> 0.65;
            case PRESENCE -> 0.6;
        };
        if (kind != EventKind.CONTESTED && agent != null) c += 0.05;
        if (!p.named) c -= 0.1;
        if ("في".equals(p.relation)) c -= 0.05;
        if (p.place.commonWord()) c -= 0.05;
        return c;
    }
}
