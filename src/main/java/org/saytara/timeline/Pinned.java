package org.saytara.timeline;

import java.time.LocalDate;
import org.saytara.extract.PlaceRef;

/**
 * A period of control fixed by an analyst: from {@code from} up to, not including, {@code until}
 * (null: with no end).
 */
public record Pinned(PlaceRef place, Control control, LocalDate from, LocalDate until, Assessment assessment) {
    public Pinned {
        if (place == null || control == null || from == null || assessment == null) {
            throw new IllegalArgumentException("a pin needs a place, a control, a start and who set it");
        }
        if (until != null && !until.isAfter(from)) throw new IllegalArgumentException("a pin must last at least a day");
    }
}
