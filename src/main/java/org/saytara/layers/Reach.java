package org.saytara.layers;

import org.saytara.gazetteer.PlaceType;

/**
 * How far around itself a held place is taken to hold the land: the cells of the territory map
 * whose sites lie within this reach may be coloured by it, unless a nearer report (in units of
 * reach) speaks for them. A city's holder holds its outskirts and the villages at its gates; a gas
 * field or an airbase stands alone in the desert and is held with the land around it; a castle or
 * a prison says nothing about the land beyond its walls.
 */
public final class Reach {
    private Reach() {}

    public static double km(PlaceType type) {
        if (type == null) return 3;
        return switch (type) {
            case REGION -> 25;
            case CITY -> 15;
            case OIL_FIELD, GAS_FIELD -> 10;
            case TOWN, AIRBASE, MOUNTAIN -> 8;
            case AIRPORT, STATION -> 6;
            case VILLAGE, ROAD -> 5;
            case HILL, JUNCTION -> 4;
            case SUBURB, ORCHARDS, CHECKPOINT, FACILITY -> 3;
            case SITE -> 2;
            case NEIGHBOURHOOD -> 1.5;
            case PRISON, CASTLE -> 1;
        };
    }
}
