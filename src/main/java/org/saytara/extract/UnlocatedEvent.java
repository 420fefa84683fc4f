package org.saytara.extract;

import java.time.LocalDate;
import org.saytara.gazetteer.PlaceType;

/**
 * An event at a place no source of the gazetteer has (قرية كبشين): an honest gap, not a silent
 * loss. It carries the words that named the place, so that an analyst sees what to add, and
 * never reaches the timeline or the map, having no position.
 *
 * @param id        stable across runs, as an {@link Event}'s ({@link EventIds}), over the name
 * @param name      the place's name as the article writes it
 * @param placeType the kind of place the cue before it announces (قرية: a village)
 * @param nameSpan  where the name lies in the article text
 */
public record UnlocatedEvent(String id, String article, EventKind kind, String name, PlaceType placeType,
                             String actorGaining, String actorLosing, Side controllerAfter,
                             boolean claimed, String claimedBy,
                             LocalDate date, LocalDate dateMin, LocalDate dateMax,
                             DatePrecision datePrecision, String dateText,
                             String evidence, Span evidenceSpan, Span nameSpan,
                             String outlet, double confidence) {

    /** The event read at an unlocated place, without the position it does not have. */
    static UnlocatedEvent of(Event e) {
        return new UnlocatedEvent(e.id(), e.article(), e.kind(), e.place().nameAr(), e.place().type(),
                e.actorGaining(), e.actorLosing(), e.controllerAfter(), e.claimed(), e.claimedBy(),
                e.date(), e.dateMin(), e.dateMax(), e.datePrecision(), e.dateText(),
                e.evidence(), e.evidenceSpan(), e.placeSpan(), e.outlet(), e.confidence());
    }
}
