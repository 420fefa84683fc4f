package org.saytara.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saytara.layers.Catalog;

/**
 * The OpenAPI 3.0 definition of the OGC API. GIS clients read it for the page size: QGIS takes the
 * {@code maximum} and {@code default} of the {@code limit} parameter of a collection's items path
 * and asks for pages that big, so the limits are written inline on every items path, not only
 * behind a {@code $ref}.
 */
final class OgcOpenApi {
    private OgcOpenApi() {}

    static Map<String, Object> document(String root, Catalog catalog) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", map("title", "Saytara OGC API – Features", "version", "1.0.0",
                "description", "Places, estimated territory, front lines, changes of control, reports and control "
                        + "periods in Syria, read from Arabic war reporting. GeoJSON in CRS84; times are RFC 3339.",
                "license", map("name", "Data: the articles' own terms; places © GeoNames (CC BY 4.0)")));
        doc.put("servers", List.of(map("url", root)));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", get("The landing page", "landing", json("The landing page with links to the API, conformance and collections")));
        paths.put("/conformance", get("The conformance classes implemented", "conformance", json("conformsTo")));
        paths.put("/api", get("This API definition", "api", response("The OpenAPI document",
                "application/vnd.oai.openapi+json;version=3.0")));
        paths.put("/collections", get("The feature collections", "collections", json("The collections")));
        Map<String, Object> collection = get("One feature collection", "collection", json("The collection"));
        op(collection).put("parameters", List.of(collectionId()));
        paths.put("/collections/{collectionId}", collection);
        paths.put("/collections/{collectionId}/items", items("collectionId", null));
        Map<String, Object> item = get("One feature", "item", geojson("The feature"));
        op(item).put("parameters", List.of(collectionId(),
                param("featureId", "path", true, "The feature's id", map("type", "string"))));
        paths.put("/collections/{collectionId}/items/{featureId}", item);
        for (Catalog.Info c : catalog.collections()) paths.put("/collections/" + c.id() + "/items", items(null, c));
        doc.put("paths", paths);
        doc.put("components", map("parameters", map(
                "limit", limit(), "offset", offset(), "bbox", bbox(), "datetime", datetime(), "collectionId", collectionId())));
        return doc;
    }

    private static Map<String, Object> items(String pathParam, Catalog.Info c) {
        String what = c == null ? "a collection" : c.title();
        Map<String, Object> path = get("The features of " + what + ", a page at a time", c == null ? "items" : "items-" + c.id(),
                geojson("A FeatureCollection with numberReturned, numberMatched when known, and a next link while more remain"));
        List<Object> params = new ArrayList<>();
        if (pathParam != null) params.add(collectionId());
        params.add(limit());
        params.add(offset());
        params.add(bbox());
        params.add(datetime());
        op(path).put("parameters", params);
        if (c != null) op(path).put("description", c.description());
        return path;
    }

    private static Map<String, Object> limit() {
        return param("limit", "query", false, "How many features a page holds at most; larger values are "
                + "lowered to the maximum", map("type", "integer", "minimum", 1, "maximum", OgcParams.MAX_LIMIT,
                "default", OgcParams.DEFAULT_LIMIT));
    }

    private static Map<String, Object> offset() {
        return param("offset", "query", false, "How many matching features to skip (the next links use it)",
                map("type", "integer", "minimum", 0, "default", 0));
    }

    private static Map<String, Object> bbox() {
        Map<String, Object> p = param("bbox", "query", false, "Only features whose extent meets this box: minLon,minLat,maxLon,maxLat in CRS84",
                map("type", "array", "minItems", 4, "maxItems", 6, "items", map("type", "number")));
        p.put("style", "form");
        p.put("explode", false);
        return p;
    }

    private static Map<String, Object> datetime() {
        return param("datetime", "query", false, "Only features whose time meets this instant or interval "
                + "(RFC 3339; open ends '..'; a full date is its whole day, UTC)", map("type", "string"));
    }

    private static Map<String, Object> collectionId() {
        return param("collectionId", "path", true, "The collection's id", map("type", "string", "enum", Catalog.IDS));
    }

    private static Map<String, Object> param(String name, String in, boolean required, String description, Map<String, Object> schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required);
        p.put("description", description);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> get(String summary, String id, Map<String, Object> ok) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", summary);
        op.put("operationId", id);
        op.put("responses", map("200", ok, "400", map("description", "A parameter is unknown or malformed"),
                "404", map("description", "No such collection or feature")));
        return new LinkedHashMap<>(Map.of("get", op));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> op(Map<String, Object> path) {
        return (Map<String, Object>) path.get("get");
    }

    private static Map<String, Object> json(String description) {
        return response(description, OgcLinks.JSON);
    }

    private static Map<String, Object> geojson(String description) {
        return response(description, OgcLinks.GEOJSON);
    }

    private static Map<String, Object> response(String description, String type) {
        return map("description", description, "content", map(type, map("schema", map("type", "object"))));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
