package org.saytara.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One stretch of time during which a place's state did not change.
 *
 * @param from     first day of the period
 * @param to       first day after it (exclusive), or null while it is still current
 * @param claimed  true when the state rests only on a claim by the gaining side's own media;
 *                 {@code control} is then {@code contested}
 * @param eventIds the events behind the state, in date order
 * @param outlets  the distinct outlets of those events
 * @param dateMin  start of the date window of the report that opened the period; null when no
 *                 report opened it (the holder implied by a later report, or the holder showing
 *                 again once fighting has died down)
 * @param dateMax  end of that window, null likewise
 * @param pinned   the analyst's assessment that fixes this period, or null when reports made it
 */
public record Period(LocalDate from, LocalDate to, Control control, boolean claimed,
                     List<String> eventIds, List<String> outlets,
                     LocalDate dateMin, LocalDate dateMax, Assessment pinned) {
    public Period {
        if (from == null || control == null) throw new IllegalArgumentException("period needs from and control");
        if (to != null && !to.isAfter(from)) throw new IllegalArgumentException("empty period " + from + ".." + to);
        eventIds = List.copyOf(eventIds);
        outlets = List.copyOf(outlets);
    }

    /** A period the reports made. */
    public Period(LocalDate from, LocalDate to, Control control, boolean claimed,
                  List<String> eventIds, List<String> outlets, LocalDate dateMin, LocalDate dateMax) {
        this(from, to, control, claimed, eventIds, outlets, dateMin, dateMax, null);
    }

    /** The same state over other dates (a period cut by a pin). */
    Period between(LocalDate newFrom, LocalDate newTo) {
        boolean sameStart = newFrom.equals(from);
        return new Period(newFrom, newTo, control, claimed, eventIds, outlets,
                sameStart ? dateMin : null, sameStart ? dateMax : null, pinned);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
