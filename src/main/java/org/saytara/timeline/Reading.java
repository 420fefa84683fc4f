package org.saytara.timeline;

import java.time.LocalDate;
import java.util.Objects;
import org.saytara.extract.Actors;
import org.saytara.extract.Event;
import org.saytara.extract.Side;

/**
 * What one event says about its place, read on its own before any reconciliation.
 *
 * @param side  the side the event leaves holding the place (TAKEN, PRESENT), or still holding it
 *              (REPELLED); null for VACATED and FIGHTING
 * @param prior the side the event says held the place before (the loser), or null
 * @param order position of the event in the input, to read one article's sentences in sequence
 */
record Reading(Event event, Kind kind, Side side, Side prior, int order) {

    enum Kind {
        /** A capture, or a withdrawal whose gainer the article names. */
        TAKEN,
        /** A withdrawal (or a capture with no recognisable gainer): the loser left, nobody named took over. */
        VACATED,
        /** Attacks, clashes, siege, a cut road. */
        FIGHTING,
        /** Fighting after which the article says who still holds the place: an attack repelled. */
        REPELLED,
        /** An actor stationed in the place. */
        PRESENT
    }

    /**
     * Reads an event, or returns null when it says nothing usable about control.
     *
     * @param actors the registry that says which side an actor id fights on
     */
    static Reading of(Event e, int order, Actors actors) {
        if (e.place() == null || e.place().id() == null || date(e) == null) return null;
        Side gainer = e.controllerAfter() != null ? e.controllerAfter() : actors.sideOf(e.actorGaining());
        Side loser = actors.sideOf(e.actorLosing());
        return switch (e.kind()) {
            case CAPTURE, WITHDRAWAL -> gainer != null
                    ? new Reading(e, Kind.TAKEN, gainer, gainer.equals(loser) ? null : loser, order)
                    : new Reading(e, Kind.VACATED, null, loser, order);
            case CONTESTED -> e.controllerAfter() != null
                    ? new Reading(e, Kind.REPELLED, e.controllerAfter(), e.controllerAfter(), order)
                    : new Reading(e, Kind.FIGHTING, null, null, order);
            case PRESENCE -> gainer != null ? new Reading(e, Kind.PRESENT, gainer, null, order) : null;
        };
    }

    /** The event's best date, falling back to its window when the extractor left it out. */
    static LocalDate date(Event e) {
        if (e.date() != null) return e.date();
        return e.dateMax() != null ? e.dateMax() : e.dateMin();
    }

    LocalDate date() {
        return date(event);
    }

    LocalDate windowMin() {
        return event.dateMin() != null ? event.dateMin() : date();
    }

    LocalDate windowMax() {
        return event.dateMax() != null ? event.dateMax() : date();
    }

    boolean claimed() {
        return event.claimed();
    }

    String article() {
        return event.article();
    }

    /**
     * Another article, and not the same outlet where both outlets are known. An unknown outlet
     * cannot be shown to be the claimant's, so a different article is enough then.
     */
    boolean independentOf(Reading other) {
        if (Objects.equals(article(), other.article())) return false;
        String a = event.outlet(), b = other.event.outlet();
        return a == null || b == null || !a.equals(b);
    }

    boolean windowOverlaps(Reading other) {
        return !windowMax().isBefore(other.windowMin()) && !other.windowMax().isBefore(windowMin());
    }
}
