package org.saytara.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.saytara.extract.Side;

/** Who holds a place during a period: one of the four sides, or nobody for sure ({@code contested}). */
public enum Control {
    ISIS, GOVERNMENT, OPPOSITION, SDF, CONTESTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Control of(Side side) {
        return switch (side) {
            case ISIS -> ISIS;
            case GOVERNMENT -> GOVERNMENT;
            case OPPOSITION -> OPPOSITION;
            case SDF -> SDF;
        };
    }

    /** The side holding the place, or null when it is contested. */
    public Side side() {
        return this == CONTESTED ? null : Side.valueOf(name());
    }
}
