package org.saytara.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;

/**
 * A place and the periods of its control, oldest first, never overlapping.
 *
 * @param events the events behind the periods, by id (a sub-place's include its parent's), so
 *               that a layer can cite them without a lookup over the whole corpus
 */
public record PlaceHistory(PlaceRef place, List<Period> periods, Map<String, Event> events) {
    public PlaceHistory {
        periods = List.copyOf(periods);
        events = Map.copyOf(events);
    }

    public PlaceHistory(PlaceRef place, List<Period> periods) {
        this(place, periods, Map.of());
    }

    public Optional<Period> at(LocalDate date) {
        for (Period p : periods) if (p.covers(date)) return Optional.of(p);
        return Optional.empty();
    }

    /** The events behind a period, in its order; ids this history does not know are left out. */
    public List<Event> behind(Period p) {
        List<Event> out = new ArrayList<>(p.eventIds().size());
        for (String id : p.eventIds()) {
            Event e = events.get(id);
            if (e != null) out.add(e);
        }
        return out;
    }
}
