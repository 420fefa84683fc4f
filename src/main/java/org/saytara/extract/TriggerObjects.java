package org.saytara.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saytara.gazetteer.Geo;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceFinder;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.AnalyzedText;

/**
 * The places one trigger takes, read together. A trigger's list is one front: the villages a
 * statement lists (حزرما، النشابية، … أرض الزاوية) lie together, so a name whose only place lies
 * far from all the others (الزاوي near Hama in a list of Ghouta farms) is a place the gazetteer
 * lacks, kept unlocated with its words, not a far namesake. And towns far apart taken by one
 * undated trigger («استعادت قوات الأسد السيطرة على مدن مهمة مثل حلب وحمص ودرعا») are a recap of
 * the war, not news of a change: no single day or fight saw them change hands.
 */
final class TriggerObjects {
    /** The places of a list that lie together: each within this of another. */
    static final double TOGETHER_KM = 30;
    /** A place this far from every other place of a list that lies together is not where the list is. */
    static final double OUTLIER_KM = 75;
    /** Places of one undated trigger all this far apart are a recap of the war (see recap). */
    static final double RECAP_KM = 100;
    /** The fewest places of a list that can show where the list lies. */
    private static final int LIST_MIN = 3;

    private TriggerObjects() {}

    /**
     * Whether an undated trigger's places are a recap of the war: all far apart, and three or more or
     * all cities (two villages far apart are as often one right place and one namesake: تل شهاب near
     * Homs beside زيزون; two cities are not: حلب وحمص).
     */
    static boolean recap(List<Place> places) {
        if (places.size() < 2) return false;
        if (places.size() < LIST_MIN && !places.stream().allMatch(p -> p.type() == PlaceType.CITY)) return false;
        for (int a = 0; a < places.size(); a++) {
            for (int b = a + 1; b < places.size(); b++) if (km(places.get(a), places.get(b)) <= RECAP_KM) return false;
        }
        return true;
    }

    /** The places of a list lying together that are far from all of it: names the gazetteer puts elsewhere. */
    static Set<Place> outliers(List<Place> places) {
        if (places.size() < LIST_MIN) return Set.of();
        Set<Place> out = new HashSet<>();
        for (Place p : places) {
            if (nearest(p, places) > OUTLIER_KM && restTogether(p, places)) out.add(p);
        }
        return out;
    }

    private static double km(Place a, Place b) {
        return Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static double nearest(Place p, List<Place> places) {
        double best = Double.MAX_VALUE;
        for (Place o : places) if (!o.equals(p)) best = Math.min(best, km(p, o));
        return best;
    }

    /** Every other place of the list lies within {@link #TOGETHER_KM} of another of them. */
    private static boolean restTogether(Place out, List<Place> places) {
        List<Place> rest = new ArrayList<>(places);
        rest.remove(out);
        if (rest.size() < 2) return false;
        for (Place p : rest) if (nearest(p, rest) > TOGETHER_KM) return false;
        return true;
    }

    /** The place as the text names it, with no point: an honest gap. */
    static Place unlocated(PlaceItem p, AnalyzedText text) {
        return PlaceFinder.unlocatedPlace(text, p.start, p.end, p.prefix == null ? 0 : p.prefix.length(), p.place.type());
    }
}
