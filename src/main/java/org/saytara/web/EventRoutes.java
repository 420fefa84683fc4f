package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.saytara.extract.Event;

/** {@code GET /api/events} with its filters, and the whole list as CSV. */
final class EventRoutes {
    private final SnapshotStore store;

    EventRoutes(SnapshotStore store) {
        this.store = store;
    }

    void events(Context ctx) {
        Snapshot snapshot = store.current();
        EventFilter filter = EventFilter.from(ctx, snapshot);
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> {
            List<Event> events = filter.source(snapshot).stream().filter(filter::test).toList();
            return JsonResponses.bytes(new EventList(events.size(), events));
        });
    }

    void csv(Context ctx) {
        Params.onlyKnown(ctx, Set.of("include"));
        boolean rejected = EventFilter.includeRejected(ctx);
        Snapshot snapshot = store.current();
        ctx.header("Content-Disposition", "attachment; filename=\"saytara-events.csv\"");
        ConditionalGet.send(ctx, snapshot.version(), "text/csv; charset=utf-8", () -> rejected
                ? snapshot.renders().get("events.csv+rejected",
                        () -> snapshot.layers().eventsCsv(snapshot.allEvents()).getBytes(StandardCharsets.UTF_8))
                : snapshot.renders().get("events.csv", () -> snapshot.layers().eventsCsv().getBytes(StandardCharsets.UTF_8)));
    }

    record EventList(int count, List<Event> events) {}
}
