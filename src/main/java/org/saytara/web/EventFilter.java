package org.saytara.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Profile;
import org.saytara.extract.Side;

/**
 * The filters of {@code GET /api/events}; every one optional, all of them must hold.
 *
 * @param side an event concerns a side when that side holds the place after it, or gains or
 *             loses it (by the profile's registry: in Syria's, government covers the regime and
 *             its Russian and Iranian allies)
 * @param from first day, inclusive, of the event's best date
 * @param to   last day, inclusive
 * @param includeRejected {@code include=rejected}: also the events an analyst rejected (marked so)
 */
record EventFilter(String place, Side side, EventKind kind, LocalDate from, LocalDate to, Boolean claimed, Profile profile,
                   boolean includeRejected) {
    static final Set<String> PARAMETERS = Set.of("place", "side", "kind", "from", "to", "claimed", "include");

    static EventFilter from(Context ctx, Snapshot snapshot) {
        Params.onlyKnown(ctx, PARAMETERS);
        String place = Params.single(ctx, "place");
        if (place != null) {
            Params.id("place", place);
            if (snapshot.gazetteer().byId(place).isEmpty()) throw ApiException.badRequest("'place' is not a known place id");
        }
        Profile profile = snapshot.profile();
        Side side = code(ctx, "side", profile.sides().all(), Side::code);
        EventKind kind = code(ctx, "kind", List.of(EventKind.values()), EventKind::code);
        String fromText = Params.single(ctx, "from");
        String toText = Params.single(ctx, "to");
        LocalDate from = fromText == null ? null : Params.date("from", fromText);
        LocalDate to = toText == null ? null : Params.date("to", toText);
        if (from != null && to != null && to.isBefore(from)) throw ApiException.badRequest("'to' is before 'from'");
        return new EventFilter(place, side, kind, from, to, Params.bool(ctx, "claimed"), profile, includeRejected(ctx));
    }

    /** {@code include=rejected}, the only thing that can be included for now. */
    static boolean includeRejected(Context ctx) {
        String include = Params.single(ctx, "include");
        if (include == null) return false;
        if (!include.equals("rejected")) throw ApiException.badRequest("'include' can only be 'rejected'");
        return true;
    }

    /** The events this filter reads from: with or without the rejected ones. */
    List<Event> source(Snapshot snapshot) {
        return includeRejected ? snapshot.allEvents() : snapshot.events();
    }

    boolean test(Event e) {
        if (place != null && !place.equals(e.place().id())) return false;
        if (side != null && !concerns(e)) return false;
        if (kind != null && kind != e.kind()) return false;
        if (from != null && (e.date() == null || e.date().isBefore(from))) return false;
        if (to != null && (e.date() == null || e.date().isAfter(to))) return false;
        return claimed == null || claimed == e.claimed();
    }

    private boolean concerns(Event e) {
        return side.equals(e.controllerAfter()) || side.equals(profile.actors().sideOf(e.actorGaining()))
                || side.equals(profile.actors().sideOf(e.actorLosing()));
    }

    private static <T> T code(Context ctx, String name, List<T> values, java.util.function.Function<T, String> code) {
        String v = Params.single(ctx, name);
        if (v == null) return null;
        for (T t : values) if (code.apply(t).equals(v)) return t;
        throw ApiException.badRequest("'" + name + "' must be one of " + String.join(", ", values.stream().map(code).toList()));
    }
}
