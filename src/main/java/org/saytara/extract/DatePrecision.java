package org.saytara.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How exactly an event's date is known, as ACLED and UCDP code it. {@code REPORTED} means only
 * that it happened by the publication date.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, REPORTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromCode(String code) {
        for (DatePrecision p : values()) if (p.code().equalsIgnoreCase(code)) return p;
        throw new IllegalArgumentException("unknown date precision: " + code);
    }
}
