package org.saytara.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OGC API – Features, Part 1 Core, the service itself: the landing page {@code /ogc}, the
 * conformance declaration and the OpenAPI 3.0 definition ({@link OgcOpenApi}). The collections are
 * {@link OgcCollectionRoutes}.
 */
final class OgcRoutes {
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    /** {@code f=json} is what some clients add; it names the only encoding served. */
    static final Set<String> FORMAT = Set.of("f");

    private final SnapshotStore store;

    OgcRoutes(SnapshotStore store) {
        this.store = store;
    }

    void landing(Context ctx) {
        Params.onlyKnown(ctx, FORMAT);
        OgcFormat.check(ctx);
        String root = OgcLinks.root(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Saytara");
        m.put("description", "Control of places in Syria by date, read from Arabic war reporting: places, "
                + "estimated territory, front lines, changes of control, reports and control periods.");
        m.put("links", List.of(
                OgcLinks.link(root, "self", OgcLinks.JSON, "This document"),
                OgcLinks.link(root + "/api", "service-desc", OgcLinks.OPENAPI, "The API definition (OpenAPI 3.0)"),
                OgcLinks.link(root + "/conformance", "conformance", OgcLinks.JSON, "Conformance classes implemented"),
                OgcLinks.link(root + "/collections", "data", OgcLinks.JSON, "The feature collections")));
        send(ctx, OgcLinks.JSON, m);
    }

    void conformance(Context ctx) {
        Params.onlyKnown(ctx, FORMAT);
        OgcFormat.check(ctx);
        send(ctx, OgcLinks.JSON, Map.of("conformsTo", CONFORMANCE));
    }

    void api(Context ctx) {
        Params.onlyKnown(ctx, FORMAT);
        Snapshot s = store.current();
        send(ctx, OgcLinks.OPENAPI, OgcOpenApi.document(OgcLinks.root(ctx), s.layers().catalog()));
    }

    private void send(Context ctx, String type, Object body) {
        Snapshot s = store.current();
        ConditionalGet.send(ctx, s.version() + "|" + OgcLinks.root(ctx), type, () -> JsonResponses.bytes(body));
    }
}
