package org.saytara.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.saytara.extract.PlaceRef;

/** A place and the periods of its control, oldest first, never overlapping. */
public record PlaceHistory(PlaceRef place, List<Period> periods) {
    public PlaceHistory {
        periods = List.copyOf(periods);
    }

    public Optional<Period> at(LocalDate date) {
        for (Period p : periods) if (p.covers(date)) return Optional.of(p);
        return Optional.empty();
    }
}
