package org.saytara.layers;

import org.saytara.gazetteer.PlaceType;

/**
 * How far around its point a held place is drawn. The radius is the place's extent, not the
 * uncertainty of its coordinate ({@code precision_km}, reported separately): a village placed
 * within 10 km is still a village, and drawing it 10 km wide would claim land nobody reported.
 */
public final class AreaRadius {
    /**
     * The floor: half a kilometre, the best precision the gazetteer gives a surveyed point. A
     * smaller disc would be drawn more exactly than any position we have.
     */
    public static final double MIN_KM = 0.5;

    private AreaRadius() {}

    public static double km(PlaceType type) {
        double r = type == null ? 1 : switch (type) {
            case CITY -> 4.5;
            case TOWN -> 2.5;
            case SUBURB, ORCHARDS, ROAD -> 1.5;
            case VILLAGE, HILL, CHECKPOINT, JUNCTION, STATION -> 1;
            case NEIGHBOURHOOD, SITE, FACILITY -> 0.75;
            case PRISON, CASTLE -> 0.5;
            case OIL_FIELD, GAS_FIELD, AIRBASE, AIRPORT -> 2;
            case MOUNTAIN -> 3;
            case REGION -> 6;
        };
        return Math.max(MIN_KM, r);
    }
}
