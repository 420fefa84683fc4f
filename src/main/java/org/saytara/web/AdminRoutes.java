package org.saytara.web;

import io.javalin.http.Context;

/** {@code POST /api/reload}: for file systems where watching the corpus folder does not work. */
final class AdminRoutes {
    private final SnapshotStore store;
    private final WriteGuard guard;

    AdminRoutes(SnapshotStore store, WriteGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    void reload(Context ctx) {
        guard.check(ctx);
        Snapshot s = store.reload();
        JsonResponses.send(ctx, 200, new Reloaded("ok", s.articles().size(), s.skipped().size(),
                s.events().size(), s.version()));
    }

    record Reloaded(String status, int articles, int skipped, int events, String version) {}
}
