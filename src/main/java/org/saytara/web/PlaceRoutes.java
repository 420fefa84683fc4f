package org.saytara.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.saytara.extract.Event;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceType;
import org.saytara.timeline.Control;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;

/**
 * {@code GET /api/places} (the places reports mention, all with {@code ?all=true}, or a name search
 * with {@code ?q=}) and one place with its history and pins.
 */
final class PlaceRoutes {
    private final SnapshotStore store;

    PlaceRoutes(SnapshotStore store) {
        this.store = store;
    }

    void list(Context ctx) {
        Params.onlyKnown(ctx, Set.of("all", "q", "limit"));
        boolean all = Boolean.TRUE.equals(Params.bool(ctx, "all"));
        Snapshot snapshot = store.current();
        String q = Params.single(ctx, "q");
        if (q != null) {
            if (q.length() > 100) throw ApiException.badRequest("'q' is longer than 100 characters");
            int limit = limit(ctx);
            ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> {
                List<PlaceSummary> found = PlaceSearch.of(snapshot.gazetteer()).find(q, limit).stream()
                        .map(p -> PlaceSummary.of(p, snapshot)).toList();
                return JsonResponses.bytes(new PlaceList(found.size(), found));
            });
            return;
        }
        if (Params.single(ctx, "limit") != null) throw ApiException.badRequest("'limit' goes with 'q'");
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> snapshot.renders().get("places " + all, () -> {
            Collection<Place> places = all ? snapshot.gazetteer().places()
                    : snapshot.timeline().histories().stream()
                            .map(h -> snapshot.gazetteer().byId(h.place().id()).orElse(null))
                            .filter(p -> p != null).toList();
            List<PlaceSummary> summaries = places.stream().map(p -> PlaceSummary.of(p, snapshot)).toList();
            return JsonResponses.bytes(new PlaceList(summaries.size(), summaries));
        }));
    }

    void one(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        String id = Params.id("id", ctx.pathParam("id"));
        Snapshot snapshot = store.current();
        Place place = snapshot.gazetteer().byId(id).orElseThrow(() -> ApiException.notFound("no place with this id"));
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON,
                () -> JsonResponses.bytes(PlaceDetail.of(place, history(snapshot, id), snapshot.eventsAt(id),
                        ReviewRoutes.pinsOf(snapshot, id))));
    }

    private static int limit(Context ctx) {
        String v = Params.single(ctx, "limit");
        if (v == null) return 20;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 100) return n;
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ApiException.badRequest("'limit' must be a whole number from 1 to 100");
    }

    private static List<Period> history(Snapshot snapshot, String placeId) {
        return snapshot.timeline().history(placeId).map(PlaceHistory::periods).orElse(List.of());
    }

    record PlaceList(int count, List<PlaceSummary> places) {}

    /** A place with its state today (the last period), for lists and search. */
    record PlaceSummary(String id, String nameAr, String nameEn, PlaceType type, double lat, double lon,
                        double precisionKm, String parentId, Control control, boolean claimed, LocalDate since,
                        int events) {
        static PlaceSummary of(Place p, Snapshot snapshot) {
            List<Period> periods = history(snapshot, p.id());
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            return new PlaceSummary(p.id(), p.nameAr(), p.nameEn(), p.type(), p.lat(), p.lon(), p.precisionKm(),
                    p.parentId(), last == null ? null : last.control(), last != null && last.claimed(),
                    last == null ? null : last.from(), snapshot.eventsAt(p.id()).size());
        }
    }

    /** The gazetteer entry, flat, with its periods of control and the events behind them. */
    record PlaceDetail(String id, String nameAr, String nameEn, List<String> aliasesAr, List<String> aliasesEn,
                       PlaceType type, double lat, double lon, double precisionKm, Long geonamesId, String source,
                       String parentId, long population, boolean curated, List<Period> history, List<Event> events,
                       List<JsonNode> pins) {
        static PlaceDetail of(Place p, List<Period> history, List<Event> events, List<JsonNode> pins) {
            return new PlaceDetail(p.id(), p.nameAr(), p.nameEn(), p.aliasesAr(), p.aliasesEn(), p.type(), p.lat(),
                    p.lon(), p.precisionKm(), p.geonamesId(), p.source(), p.parentId(), p.population(), p.curated(),
                    history, events, pins);
        }
    }
}
