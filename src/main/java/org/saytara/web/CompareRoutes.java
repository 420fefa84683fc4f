package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

/** {@code GET /api/compare?from=&to=}: places and km² each side gained and lost between two dates, drawn as cells. */
final class CompareRoutes {
    private final SnapshotStore store;

    CompareRoutes(SnapshotStore store) {
        this.store = store;
    }

    void compare(Context ctx) {
        Params.onlyKnown(ctx, Set.of("from", "to"));
        String a = Params.single(ctx, "from"), b = Params.single(ctx, "to");
        if (a == null || b == null) throw ApiException.badRequest("give both 'from' and 'to' as YYYY-MM-DD");
        LocalDate from = Params.date("from", a), to = Params.date("to", b);
        Snapshot s = store.current();
        ConditionalGet.send(ctx, s.version(), LayerRoutes.GEOJSON, () -> s.renders().get("compare " + from + " " + to,
                () -> s.layers().compare(from, to).getBytes(StandardCharsets.UTF_8)));
    }
}
