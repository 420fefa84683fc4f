package org.saytara.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saytara.text.AnalyzedText;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * Decides which names found in an article are places, and which place each one is, in the manner
 * of CLAVIN's resolver: each heuristic below is general, and each has a test of its own
 * ({@code PlaceResolverTest}).
 *
 * <p><b>Support.</b> A name that needs support (see {@link PlaceFinder}) is kept when a cue stands
 * before it, when the text names a region or direction right beside it that one of its places
 * fits, when it is listed beside a kept name (after و, or inside a list set off by commas), or when
 * another kept mention names the same place. A name that is itself a word for a kind of place
 * (المدينة, الكتيبة) is not kept by a list, and is known again only from a mention kept on its
 * own merits.
 *
 * <p><b>Choice</b>, among the places that bear a kept name:
 * <ol>
 *   <li>the text's own context: "بريف حلب الشرقي", "في محافظة درعا", "شمال حماة", "ريف إدلب
 *   الجنوبي" keep only the places inside that region and on that side of its seat or of the
 *   town named (when one fits);</li>
 *   <li>the governorates the article is about (the regions it names, the governorates of the
 *   places it names without doubt): a place outside all of them costs {@value #OUTSIDE_ARTICLE};</li>
 *   <li>the nearest cluster: the distance to the nearest place the article names without doubt,
 *   on a log scale (from 5 km to 50 km costs as much as from 50 km to 500 km);</li>
 *   <li>place rank: a city before a town before a village before a ruin, a curated place before an
 *   imported one, and the more people the better.</li>
 * </ol>
 */
final class PlaceResolver {
    static final double OUTSIDE_ARTICLE = 40;
    private static final double CLUSTER_WEIGHT = 40;
    static final double FAR_KM = 150;

    /** For each candidate, the place it names, or null when the name is not kept. */
    List<Place> resolve(AnalyzedText text, List<PlaceFinder.Candidate> found, List<PlaceContext> contexts) {
        int k = found.size();
        boolean[] ok = new boolean[k];
        boolean[] placedByContext = new boolean[k];
        Set<String> supported = new HashSet<>();
        for (int a = 0; a < k; a++) {
            PlaceFinder.Candidate c = found.get(a);
            PlaceContext ctx = contexts.get(a);
            // an adjective is no name however it is placed ("الغوطة الشرقية بريف دمشق")
            placedByContext[a] = !c.isRegion() && !(c.typeWord() && !c.unambiguous()) && ctx.adjacent() && !ctx.isEmpty()
                    && anyFits(c.places(), ctx);
            if (c.unambiguous() || c.cued() || c.isRegion() || placedByContext[a]) {
                ok[a] = true;
                c.places().forEach(p -> supported.add(p.id()));
            }
        }
        // A list spreads support from item to item (جزل وشاعر والمهر), and a place named again is
        // known from its earlier mention; but a name that is a word for a kind of place (المدينة)
        // is known only from a mention that stood on its own (a cue, a context), so that one
        // doubtful "المدينة" cannot carry every other in the article.
        Set<String> stronglySupported = Set.copyOf(supported);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < k; a++) {
                if (ok[a]) continue;
                PlaceFinder.Candidate c = found.get(a);
                boolean listed = !c.typeWord() && ((a > 0 && ok[a - 1] && listed(text, found.get(a - 1), c)
                                && (joinedByWaw(text, c) || (a + 1 < k && listed(text, c, found.get(a + 1)))))
                        || (a + 1 < k && ok[a + 1] && listed(text, c, found.get(a + 1))));
                Set<String> from = c.typeWord() ? stronglySupported : supported;
                boolean known = false;
                for (Place p : c.places()) known |= from.contains(p.id());
                if (listed || known) {
                    ok[a] = true;
                    c.places().forEach(p -> supported.add(p.id()));
                    changed = true;
                }
            }
        }
        List<List<Place>> options = new ArrayList<>(k);
        for (int a = 0; a < k; a++) options.add(ok[a] ? fitting(found.get(a), contexts.get(a)) : List.of());
        List<Place> anchors = new ArrayList<>();
        Set<String> governorates = new HashSet<>();
        for (int a = 0; a < k; a++) {
            if (!ok[a]) continue;
            List<Place> o = options.get(a);
            if (found.get(a).isRegion()) {
                o.forEach(p -> governorates.add(p.adm1()));
            } else if (o.size() == 1) {
                anchors.add(o.get(0));
                if (o.get(0).adm1() != null) governorates.add(o.get(0).adm1());
            }
        }
        List<Place> chosen = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            List<Place> o = options.get(a);
            Place p = !ok[a] ? null : o.size() == 1 ? o.get(0) : best(o, anchors, governorates);
            // "حاجز القصر" in an article on Palmyra: an ordinary word held up only by a cue that
            // announces any kind of place (حاجز, منطقة), whose namesakes all lie far from every place
            // the article surely names, is another place of that name that the gazetteer lacks, not
            // the far village. "مدينة الباب" keeps its town however far: the cue says what it is.
            PlaceFinder.Candidate c = found.get(a);
            if (p != null && !c.unambiguous() && c.cue() != null && c.cue().types().isEmpty() && !placedByContext[a]
                    && farFromAll(p, anchors)) {
                p = null;
            }
            chosen.add(p);
        }
        return chosen;
    }

    /**
     * The places of a candidate that fit what the text says around it (the kind its cue announces,
     * the region or direction named beside it), or all when none does.
     */
    private static List<Place> fitting(PlaceFinder.Candidate c, PlaceContext ctx) {
        List<Place> places = c.places();
        if (c.isRegion() || places.size() == 1) return places;
        List<Place> announced = places;
        if (c.cue() != null) {
            List<Place> a = places.stream().filter(c.cue()::announces).toList();
            if (!a.isEmpty()) announced = a;
        }
        if (ctx.isEmpty()) return announced;
        List<Place> fit = announced.stream().filter(ctx::fits).toList();
        if (!fit.isEmpty()) return fit;
        // "بلدات جوبر وزملكا … في الغوطة الشرقية": where the text puts it outweighs what its cue
        // calls it (the Jobar of the Ghouta is a district, the town of that name is near Homs)
        fit = places.stream().filter(ctx::fits).toList();
        return fit.isEmpty() ? announced : fit;
    }

    private static boolean anyFits(List<Place> places, PlaceContext ctx) {
        for (Place p : places) if (ctx.fits(p)) return true;
        return false;
    }

    /** Whether a place lies more than {@value #FAR_KM} km from every anchor but itself (false without anchors). */
    static boolean farFromAll(Place p, List<Place> anchors) {
        boolean any = false;
        for (Place q : anchors) {
            if (q.id().equals(p.id())) continue;
            any = true;
            if (Geo.km(p.lat(), p.lon(), q.lat(), q.lon()) <= FAR_KM) return false;
        }
        return any;
    }

    /** A list item that starts with و (والمهر), not one set off by a comma only. */
    private static boolean joinedByWaw(AnalyzedText text, PlaceFinder.Candidate c) {
        return text.token(c.start()).text().startsWith(org.saytara.text.Clitics.WA);
    }

    static Place best(List<Place> places, List<Place> anchors, Set<String> governorates) {
        Place best = null;
        double bestScore = Double.MAX_VALUE;
        for (Place p : places) {
            double s = score(p, anchors, governorates);
            if (s < bestScore) {
                bestScore = s;
                best = p;
            }
        }
        return best;
    }

    static double score(Place p, List<Place> anchors, Set<String> governorates) {
        double s = rank(p);
        if (!governorates.isEmpty() && (p.adm1() == null || !governorates.contains(p.adm1()))) s += OUTSIDE_ARTICLE;
        double nearest = Double.MAX_VALUE;
        for (Place q : anchors) {
            if (q.id().equals(p.id())) continue;
            nearest = Math.min(nearest, Geo.km(p.lat(), p.lon(), q.lat(), q.lon()));
        }
        if (nearest != Double.MAX_VALUE) s += CLUSTER_WEIGHT * Math.log10(1 + nearest / 5);
        return s;
    }

    /** Lower is more important: city 0, town 15, village 30, ruin 45, less for curated and populous places. */
    static double rank(Place p) {
        double r = switch (p.type()) {
            case CITY -> 0;
            case TOWN -> 15;
            case VILLAGE, SUBURB, NEIGHBOURHOOD -> 30;
            case SITE -> 45;
            case REGION -> p.isAdminRegion() ? p.adminLevel().ordinal() * 5 : 20;
            default -> 20;
        };
        if (p.curated()) r -= 15;
        return r - 5 * Math.log10(1 + p.population());
    }

    /** Two mentions joined by و or a comma, at most two words (adjectives) apart. */
    static boolean listed(AnalyzedText text, PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
        int gap = b.start() - a.end();
        if (gap < 0 || gap > 2) return false;
        Token first = text.token(b.start());
        boolean conj = first.text().startsWith(org.saytara.text.Clitics.WA) || first.sepBefore() == Sep.COMMA;
        if (!conj && gap > 0) {
            Token t = text.token(a.end() + gap - 1);
            conj = t.text().equals(org.saytara.text.Clitics.WA);
        }
        for (int i = a.end(); i <= b.start() && i < text.size(); i++) {
            if (text.token(i).sepBefore() == Sep.STOP) return false;
        }
        return conj;
    }
}
