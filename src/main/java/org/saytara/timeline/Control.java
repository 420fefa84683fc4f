package org.saytara.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.saytara.extract.Side;

/**
 * Who holds a place during a period: one of the profile's sides, or nobody for sure
 * ({@link #CONTESTED}). In JSON it is the side's id or {@code "contested"}.
 */
public final class Control {
    /** Fighting, a disputed report, or a place its holder left to nobody named. */
    public static final Control CONTESTED = new Control(null);

    private final Side side;

    private Control(Side side) {
        this.side = side;
    }

    public static Control of(Side side) {
        return new Control(Objects.requireNonNull(side, "side"));
    }

    /** The side holding the place, or null when it is contested. */
    public Side side() {
        return side;
    }

    public boolean contested() {
        return side == null;
    }

    @JsonValue
    public String code() {
        return side == null ? "contested" : side.code();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Control c && Objects.equals(c.side, side);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(side);
    }

    @Override
    public String toString() {
        return code();
    }
}
