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
