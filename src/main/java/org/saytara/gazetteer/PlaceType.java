package org.saytara.gazetteer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of thing a place is; it decides how big its control area is drawn. */
public enum PlaceType {
    CITY, TOWN, VILLAGE, SUBURB, NEIGHBOURHOOD,
    OIL_FIELD, GAS_FIELD, AIRBASE, AIRPORT, PRISON, CASTLE, SITE, FACILITY, STATION, ORCHARDS,
    MOUNTAIN, HILL, CHECKPOINT, JUNCTION, ROAD, REGION;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a type code such as {@code gas_field}; null when the code is unknown. */
    @JsonCreator
    public static PlaceType fromCode(String code) {
        if (code == null) return null;
        String c = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (c.equals("NEIGHBORHOOD")) c = "NEIGHBOURHOOD";
        try {
            return valueOf(c);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Settlements hold people; the rest are positions, facilities and terrain. */
    public boolean isSettlement() {
        return this == CITY || this == TOWN || this == VILLAGE || this == SUBURB || this == NEIGHBOURHOOD;
    }
}
