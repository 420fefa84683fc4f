package org.saytara.gazetteer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a place stands in Syria's administrative tree (OCHA P-codes): the three levels of region
 * places, and {@link #NONE} for everything else (towns, fields, airbases …). A mention of an
 * administrative region ("ريف حلب", "محافظة درعا", "ناحية السخنة") locates; it is never the town
 * that gives the region its name.
 */
public enum AdminLevel {
    NONE, GOVERNORATE, DISTRICT, SUBDISTRICT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code governorate}, {@code district}, {@code subdistrict}; null when unknown. */
    public static AdminLevel fromCode(String code) {
        if (code == null) return null;
        for (AdminLevel l : values()) if (l.code().equals(code.strip())) return l;
        return null;
    }
}
