package org.saytara.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.saytara.layers.Labels;

/**
 * {@code GET /api/labels}: the names of place types, outlets and governorates in English and
 * Arabic, from the registry the server also writes its summaries and downloads with. Sides and
 * actors come from {@code /api/sides} and {@code /api/actors} (the profile).
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
