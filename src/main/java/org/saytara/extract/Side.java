package org.saytara.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four camps a place can be held by. Russia, Iran and loyal militias fight on the government side. */
public enum Side {
    ISIS, GOVERNMENT, OPPOSITION, SDF;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Side fromCode(String code) {
        for (Side s : values()) if (s.code().equalsIgnoreCase(code)) return s;
        throw new IllegalArgumentException("unknown side: " + code);
    }
}
