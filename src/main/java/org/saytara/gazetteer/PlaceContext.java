package org.saytara.gazetteer;

/**
 * What the text says around one name about where it is: the region named beside it ("الجديدة
 * بريف حلب", "في محافظة درعا", "ريف إدلب الجنوبي") and/or a direction from a place ("شمال حماة").
 *
 * @param region    the administrative region the place lies in, or null
 * @param anchor    the point the direction is taken from: the town named after the direction
 *                  word, or the seat of the region for "ريف حلب الشرقي"; null without a direction
 * @param north     +1 north, -1 south, 0 neither
 * @param east      +1 east, -1 west, 0 neither
 * @param adjacent  it follows the name (or the list the name ends) at once: "الجديدة بريف حلب",
 *                  not a region named further on or earlier in the sentence. Only an adjacent
 *                  context makes a name that is an ordinary word a place.
 */
record PlaceContext(Place region, Place anchor, int north, int east, boolean adjacent) {
    static final PlaceContext NONE = new PlaceContext(null, null, 0, 0, false);

    PlaceContext at(boolean isAdjacent) {
        return new PlaceContext(region, anchor, north, east, isAdjacent);
    }

    /** How far from the anchor a place "north of Hama" can be. */
    static final double DIRECTION_REACH_KM = 80;

    boolean isEmpty() {
        return region == null && !hasDirection();
    }

    boolean hasDirection() {
        return anchor != null && (north != 0 || east != 0);
    }

    /** Whether a candidate lies where this context says. */
    boolean fits(Place p) {
        if (region != null && !inside(region, p)) return false;
        if (hasDirection() && !inDirection(p)) return false;
        return true;
    }

    /** How far from the anchor a place the text puts in a direction of it can lie at most, whatever the region. */
    static final double DIRECTION_LIMIT_KM = 250;

    /** Within this distance of its anchor a place is never said to be on the wrong side of it. */
    static final double NEAR_KM = 25;

    /**
     * Whether the text's words plainly put the place elsewhere: outside the region named and more
     * than {@value #NEAR_KM} km beyond its reach; on the
     * other side of the anchor; off the direction named (as {@link #fits} measures it) and farther
     * than {@value #DIRECTION_REACH_KM} km; or beyond {@value #DIRECTION_LIMIT_KM} km of it. Looser
     * than {@link #fits}, which only ranks namesakes: "تدمر شرق حمص" is 145 km out and still Palmyra.
     */
    boolean contradicts(Place p) {
        if (p == null || p.isUnlocated()) return false;
        // a point near the region's edge may carry its neighbour's code (a curated point takes the
        // nearest village's), so only a place well beyond the region's reach is elsewhere
        if (region != null && !inside(region, p)
                && Geo.km(region.lat(), region.lon(), p.lat(), p.lon()) > region.precisionKm() + NEAR_KM) {
            return true;
        }
        // a direction after a region ("بمحافظة دير الزور (شمال شرقي سوريا)") may tell where the
        // region lies, not the place; and an anchor that is also an ordinary word (a village called
        // مدينة) is no evidence
        if (region != null || !hasDirection() || anchor.commonWord()) return false;
        double km = Geo.km(anchor.lat(), anchor.lon(), p.lat(), p.lon());
        // a point for a mountain or a wide area, or a village close by, is too near to tell a side
        if (km < Math.max(NEAR_KM, p.precisionKm())) return false;
        return km > DIRECTION_LIMIT_KM || !withinAngle(p) && (km > DIRECTION_REACH_KM || !sameHalf(p));
    }

    /** Whether the place lies on the named side of its anchor at all (less than 90° off). */
    private boolean sameHalf(Place p) {
        double dy = p.lat() - anchor.lat();
        double dx = (p.lon() - anchor.lon()) * Math.cos(Math.toRadians(anchor.lat()));
        return dx * east + dy * north > 0;
    }

    static boolean inside(Place region, Place p) {
        return switch (region.adminLevel()) {
            case GOVERNORATE -> region.adm1() != null && region.adm1().equals(p.adm1());
            case DISTRICT -> region.adm2() != null && region.adm2().equals(p.adm2());
            // localities carry no sub-district: the district, and the reach of the sub-district's area
            case SUBDISTRICT -> region.adm2() != null && region.adm2().equals(p.adm2())
                    && Geo.km(region.lat(), region.lon(), p.lat(), p.lon()) <= region.precisionKm() * 1.5;
            case NONE -> Geo.km(region.lat(), region.lon(), p.lat(), p.lon()) <= region.precisionKm();
        };
    }

    private boolean inDirection(Place p) {
        double km = Geo.km(anchor.lat(), anchor.lon(), p.lat(), p.lon());
        if (km < 0.5) return false;
        if (region == null && km > DIRECTION_REACH_KM) return false;
        return withinAngle(p);
    }

    private boolean withinAngle(Place p) {
        double dy = p.lat() - anchor.lat();
        double dx = (p.lon() - anchor.lon()) * Math.cos(Math.toRadians(anchor.lat()));
        double len = Math.hypot(dx, dy);
        double wx = east, wy = north;
        double wlen = Math.hypot(wx, wy);
        double cos = (dx * wx + dy * wy) / (len * wlen);
        // within 67.5° of a cardinal direction, within 50° of a diagonal one
        double limit = (north != 0 && east != 0) ? Math.cos(Math.toRadians(50)) : Math.cos(Math.toRadians(67.5));
        return cos >= limit;
    }
}
