package org.saytara.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.saytara.layers.Labels;
import org.saytara.timeline.ActorSides;

/**
 * {@code GET /api/labels}: the names of sides (with colours), actors (with the side each fights
 * on), place types and outlets in English and Arabic, from the one registry the server also writes
 * its summaries and downloads with. The page takes every label from here.
 */
final class LabelRoutes {
    private final byte[] body;
    private final String version;

    LabelRoutes() {
        Map<String, Object> out = new LinkedHashMap<>();
        Labels.get().all().forEach((kind, entries) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            entries.forEach((code, l) -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("en", l.en());
                e.put("ar", l.ar());
                if (kind.equals("side")) e.put("colour", l.extra());
                if (kind.equals("actor")) {
                    var side = ActorSides.sideOf(code);
                    e.put("side", side == null ? null : side.code());
                }
                m.put(code, e);
            });
            out.put(kind + "s", m);
        });
        this.body = JsonResponses.bytes(out);
        this.version = Integer.toHexString(java.util.Arrays.hashCode(body));
    }

    void labels(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        ConditionalGet.send(ctx, version, JsonResponses.JSON, () -> body);
    }
}
