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

/**
 * Finds the gazetteer's places in an article: the entry point of the gazetteer stage for text.
 *
 * <p>Names are matched as written, with their attached clitics, longest name first. A name that
 * is also an ordinary word (شاعر "poet", المهر "the foal") or that many places share (الجديدة)
 * counts only with support: a cue before it (حقل شاعر), a list of places it stands in (جزل
 * وشاعر والمهر), the head of a plural before the list (حقول النفط في جزل وشاعر), or an earlier
 * supported mention of the same place in the article. Where several places share the name, the
 * one nearest the places the article is surely about wins.
 */
public final class PlaceFinder {
    private static final int HEAD_REACH = 12;
    private final PhraseIndex<Named> names;
    private final Set<String> ambiguousNames;
    private final Cues cues = Cues.standard();

    /** First words of names and cues: a token outside it can start neither. */
    private final Set<String> starters;

    private PlaceFinder(PhraseIndex<Named> names, Set<String> ambiguousNames) {
        this.names = names;
        this.ambiguousNames = ambiguousNames;
        Set<String> s = new HashSet<>(names.firstWords());
        s.addAll(cues.index().firstWords());
        this.starters = s; // a HashSet: ImmutableCollections.SetN probes linearly and is slow at this size
    }

    public static PlaceFinder of(Gazetteer gazetteer) {
        Map<String, List<Place>> byAlias = new HashMap<>();
        Map<String, Set<String>> placesByName = new HashMap<>();
        for (Place p : gazetteer.places()) {
            Set<String> seen = new HashSet<>();
            for (String a : allNames(p)) {
                String n = ArabicNormalizer.normalizeTerm(a);
                if (n.isEmpty() || !seen.add(n)) continue;
                byAlias.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
                placesByName.computeIfAbsent(stripArticle(n), k -> new HashSet<>()).add(p.id());
            }
        }
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<String, List<Place>> e : byAlias.entrySet()) {
            String n = e.getKey();
            boolean singleWord = n.indexOf(' ') < 0;
            boolean common = e.getValue().stream().anyMatch(Place::commonWord);
            boolean shared = placesByName.getOrDefault(stripArticle(n), Set.of()).size() > 1;
            boolean shortWord = stripArticle(n).length() <= 3;
            // a village called السجن or المطار: a word that names a kind of place needs support
            boolean typeWord = Cues.standard().index().containsWord(stripArticle(n));
            if (singleWord && (common || shared || shortWord || typeWord)) ambiguous.add(n);
        }
        PhraseIndex.Builder<Named> b = PhraseIndex.builder();
        for (Map.Entry<String, List<Place>> e : byAlias.entrySet()) {
            b.add(e.getKey(), new Named(e.getKey(), List.copyOf(e.getValue())), Clitics.Form.NAME);
        }
        return new PlaceFinder(b.build(), ambiguous);
    }

    private static List<String> allNames(Place p) {
        List<String> out = new ArrayList<>();
        if (p.nameAr() != null) out.add(p.nameAr());
        out.addAll(p.aliasesAr());
        if (p.nameEn() != null) out.add(p.nameEn());
        out.addAll(p.aliasesEn());
        return out;
    }

    private static String stripArticle(String n) {
        return n.startsWith(Clitics.AL) && n.length() > 4 ? n.substring(2) : n;
    }

    /** Every supported place mention in the text, in text order. */
    public List<PlaceMention> find(AnalyzedText text) {
        List<Candidate> found = new ArrayList<>();
        String head = null;
        int headUntil = -1;
        int i = 0;
        int n = text.size();
        while (i < n) {
            Token tok = text.token(i);
            if (tok.sepBefore() == Sep.STOP) head = null;
            boolean inHeadReach = head != null && i <= headUntil;
            if (!inHeadReach && !starters.contains(tok.text())) {
                i++;
                continue;
            }
            PhraseIndex.Match<Named> m = names.longestAt(text, i);
            PhraseIndex.Match<Cues.Cue> cue = cues.index().longestAt(text, i);
            if (cue != null && cue.payload().role() == Cues.Role.HEAD && cue.payload().plural()) {
                head = cue.payload().singular();
                headUntil = cue.end() + HEAD_REACH;
            }
            boolean inHead = head != null && i <= headUntil;
            if (inHead && (m == null || m.end() - m.start() == 1)) {
                PhraseIndex.Match<Named> hm = names.longestWithHead(head, text, i);
                if (hm != null && (m == null || hm.end() >= m.end())) {
                    found.add(new Candidate(hm, true, head, true, hm.surface().prefix()));
                    i = hm.end();
                    continue;
                }
            }
            if (m != null) {
                String alias = m.payload().alias();
                boolean cued = startsWithCue(text, m.start()) || cueBefore(text, m.start()) != null || inHead;
                String cueWord = cueInside(text, m.start());
                if (cueWord == null) cueWord = cueBefore(text, m.start());
                found.add(new Candidate(m, cued, cueWord, !ambiguousNames.contains(alias) && !ambiguousNames.contains(stripArticle(alias)), null));
                i = m.end();
                continue;
            }
            i++;
        }
        return resolve(text, found);
    }

    private boolean startsWithCue(AnalyzedText text, int i) {
        PhraseIndex.Match<Cues.Cue> c = cues.index().longestAt(text, i);
        return c != null && c.payload().role() == Cues.Role.HEAD;
    }

    private String cueInside(AnalyzedText text, int i) {
        PhraseIndex.Match<Cues.Cue> c = cues.index().longestAt(text, i);
        return c != null && c.payload().role() == Cues.Role.HEAD ? c.payload().singular() : null;
    }

    /** The head cue right before token i (قرية حويسيس), or null. */
    private String cueBefore(AnalyzedText text, int i) {
        if (i == 0 || !text.token(i).sepBefore().insidePhrase()) return null;
        for (int s = Math.max(0, i - 2); s < i; s++) {
            PhraseIndex.Match<Cues.Cue> c = cues.index().longestAt(text, s);
            if (c != null && c.end() == i && c.payload().role() == Cues.Role.HEAD) return c.payload().singular();
        }
        return null;
    }

    private List<PlaceMention> resolve(AnalyzedText text, List<Candidate> found) {
        int k = found.size();
        boolean[] ok = new boolean[k];
        Set<String> supported = new HashSet<>();
        for (int a = 0; a < k; a++) {
            Candidate c = found.get(a);
            if (c.unambiguous || c.cued) {
                ok[a] = true;
                c.places().forEach(p -> supported.add(p.id()));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < k; a++) {
                if (ok[a]) continue;
                Candidate c = found.get(a);
                boolean listed = (a > 0 && ok[a - 1] && listed(text, found.get(a - 1), c))
                        || (a + 1 < k && ok[a + 1] && listed(text, c, found.get(a + 1)));
                boolean known = c.places().stream().anyMatch(p -> supported.contains(p.id()));
                if (listed || known) {
                    ok[a] = true;
                    c.places().forEach(p -> supported.add(p.id()));
                    changed = true;
                }
            }
        }
        double[] focus = focus(found, ok);
        List<PlaceMention> out = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (!ok[a]) continue;
            Candidate c = found.get(a);
            Place p = choose(c.places(), focus);
            int npStart = npStart(text, c.match.start());
            String prefix = c.headPrefix() != null ? c.headPrefix()
                    : prefixOf(text.token(npStart).text(), npStart == c.match.start() ? c.match.surface() : null, text, npStart);
            out.add(new PlaceMention(npStart, c.match.start(), c.match.end(), p, c.cueWord, prefix));
        }
        return out;
    }

    /** Two mentions joined by و or a comma, at most two words (adjectives) apart. */
    private static boolean listed(AnalyzedText text, Candidate a, Candidate b) {
        int gap = b.match.start() - a.match.end();
        if (gap < 0 || gap > 2) return false;
        Token first = text.token(b.match.start());
        boolean conj = first.text().startsWith(Clitics.WA) || first.sepBefore() == Sep.COMMA;
        if (!conj && gap > 0) {
            Token t = text.token(a.match.end() + gap - 1);
            conj = t.text().equals(Clitics.WA);
        }
        for (int i = a.match.end(); i <= b.match.start() && i < text.size(); i++) {
            if (text.token(i).sepBefore() == Sep.STOP) return false;
        }
        return conj;
    }

    private static double[] focus(List<Candidate> found, boolean[] ok) {
        double lat = 0, lon = 0;
        int n = 0;
        for (int a = 0; a < found.size(); a++) {
            Candidate c = found.get(a);
            if (ok[a] && c.places().size() == 1) {
                lat += c.places().get(0).lat();
                lon += c.places().get(0).lon();
                n++;
            }
        }
        return n == 0 ? null : new double[] {lat / n, lon / n};
    }

    /** Nearest to the article's focus; without one, curated first, then the most populous. */
    private static Place choose(List<Place> places, double[] focus) {
        if (places.size() == 1) return places.get(0);
        Place best = null;
        double bestScore = Double.MAX_VALUE;
        for (Place p : places) {
            double score = focus == null ? 0 : Geo.km(focus[0], focus[1], p.lat(), p.lon());
            if (!p.curated()) score += 15;
            score -= Math.log10(1 + p.population());
            if (score < bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /** Extends a name back over a part word and a cue: كامل أحياء مدينة [تدمر]. */
    private int npStart(AnalyzedText text, int start) {
        int s = start;
        boolean moved = true;
        while (moved && s > 0) {
            moved = false;
            if (!text.token(s).sepBefore().insidePhrase()) break;
            // و starts a new list item; a definite word (المدينة) never stands before a name
            if (text.token(s).text().startsWith(Clitics.WA)) break;
            for (int b = Math.max(0, s - 3); b < s; b++) {
                PhraseIndex.Match<Cues.Cue> c = cues.index().longestAt(text, b);
                if (c != null && c.end() == s && c.payload().role() != Cues.Role.DESCRIPTOR
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

    /** Clitics glued to the first word of the noun phrase: the matched surface knows, else guess. */
    private String prefixOf(String word, org.saytara.text.Clitics.Surface surface, AnalyzedText text, int npStart) {
        if (surface != null) return surface.prefix();
        PhraseIndex.Match<Cues.Cue> c = cues.index().longestAt(text, npStart);
        return c != null ? c.surface().prefix() : "";
    }

    /** @param headPrefix for a name completed with a list's head word: what is glued to its first word */
    /** A normalised name and the places that bear it. */
    private record Named(String alias, List<Place> places) {}

    private record Candidate(PhraseIndex.Match<Named> match, boolean cued, String cueWord, boolean unambiguous,
                             String headPrefix) {
        List<Place> places() {
            return match.payload().places();
        }
    }
}
