package org.saytara.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.saytara.json.Json;
import org.saytara.layers.Catalog;

/**
 * The feature collections of the OGC API: {@code /ogc/collections}, one collection, its items
 * (paged with {@code next} links, filtered by {@code bbox} and {@code datetime}) and one item.
 */
final class OgcCollectionRoutes {
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";
    private static final Set<String> ITEM_PARAMS = Set.of("limit", "offset", "bbox", "datetime", "f");
    /** Collection ids are fixed words; feature ids are place and event ids, dates and side codes joined by dots. */
    private static final Pattern FEATURE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:.-]{0,255}");
    private static final JsonFactory JSON = new JsonFactory();

    private final SnapshotStore store;

    OgcCollectionRoutes(SnapshotStore store) {
        this.store = store;
    }

    void collections(Context ctx) {
        Params.onlyKnown(ctx, OgcRoutes.FORMAT);
        OgcFormat.check(ctx);
        Snapshot s = store.current();
        String root = OgcLinks.root(ctx);
        send(ctx, s, OgcLinks.JSON, () -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Catalog.Info i : s.layers().catalog().collections()) list.add(describe(root, i));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("links", List.of(OgcLinks.link(root + "/collections", "self", OgcLinks.JSON, "The feature collections")));
            m.put("collections", list);
            return JsonResponses.bytes(m);
        });
    }

    void collection(Context ctx) {
        Params.onlyKnown(ctx, OgcRoutes.FORMAT);
        OgcFormat.check(ctx);
        Snapshot s = store.current();
        Catalog.Info info = info(s, ctx.pathParam("collectionId"));
        String root = OgcLinks.root(ctx);
        send(ctx, s, OgcLinks.JSON, () -> JsonResponses.bytes(describe(root, info)));
    }

    void items(Context ctx) {
        Params.onlyKnown(ctx, ITEM_PARAMS);
        OgcFormat.check(ctx);
        Snapshot s = store.current();
        Catalog.Info info = info(s, ctx.pathParam("collectionId"));
        int limit = OgcParams.limit(ctx);
        int offset = OgcParams.offset(ctx);
        Catalog.Query query = OgcParams.query(ctx);
        String root = OgcLinks.root(ctx);
        send(ctx, s, OgcLinks.GEOJSON, () -> {
            Catalog.Page page = s.layers().catalog().items(info.id(), query, offset, limit);
            String base = root + "/collections/" + info.id() + "/items";
            List<Map<String, Object>> links = new ArrayList<>();
            links.add(OgcLinks.link(base + OgcLinks.query(ctx, Map.of()), "self", OgcLinks.GEOJSON, "This page"));
            if (page.more()) {
                Map<String, String> next = new LinkedHashMap<>();
                next.put("offset", Integer.toString(offset + page.items().size()));
                next.put("limit", Integer.toString(limit));
                links.add(OgcLinks.link(base + OgcLinks.query(ctx, next), "next", OgcLinks.GEOJSON, "The next page"));
            }
            if (offset > 0) {
                Map<String, String> prev = new LinkedHashMap<>();
                prev.put("offset", Integer.toString(Math.max(0, offset - limit)));
                prev.put("limit", Integer.toString(limit));
                links.add(OgcLinks.link(base + OgcLinks.query(ctx, prev), "prev", OgcLinks.GEOJSON, "The previous page"));
            }
            links.add(OgcLinks.link(root + "/collections/" + info.id(), "collection", OgcLinks.JSON, info.title()));
            return featureCollection(page, links).getBytes(StandardCharsets.UTF_8);
        });
    }

    void item(Context ctx) {
        Params.onlyKnown(ctx, OgcRoutes.FORMAT);
        OgcFormat.check(ctx);
        Snapshot s = store.current();
        Catalog.Info info = info(s, ctx.pathParam("collectionId"));
        String id = ctx.pathParam("featureId");
        if (!FEATURE_ID.matcher(id).matches()) throw ApiException.notFound("no feature with that id in " + info.id());
        Catalog.Item item = s.layers().catalog().item(info.id(), id)
                .orElseThrow(() -> ApiException.notFound("no feature with that id in " + info.id()));
        String root = OgcLinks.root(ctx);
        send(ctx, s, OgcLinks.GEOJSON, () -> {
            String base = root + "/collections/" + info.id();
            List<Map<String, Object>> links = List.of(
                    OgcLinks.link(base + "/items/" + id, "self", OgcLinks.GEOJSON, "This feature"),
                    OgcLinks.link(base, "collection", OgcLinks.JSON, info.title()));
            String json = item.json();
            String withLinks = json.substring(0, json.length() - 1) + ",\"links\":" + new String(JsonResponses.bytes(links),
                    StandardCharsets.UTF_8) + "}";
            return withLinks.getBytes(StandardCharsets.UTF_8);
        });
    }

    private static Catalog.Info info(Snapshot s, String id) {
        return s.layers().catalog().collection(id)
                .orElseThrow(() -> ApiException.notFound("no collection '" + (Catalog.IDS.contains(id) ? id : "…")
                        + "'; there are " + String.join(", ", Catalog.IDS)));
    }

    static Map<String, Object> describe(String root, Catalog.Info i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("title", i.title());
        m.put("description", i.description());
        Map<String, Object> extent = new LinkedHashMap<>();
        if (i.bbox() != null) {
            extent.put("spatial", Map.of("bbox", List.of(round(i.bbox())), "crs", CRS84));
        }
        if (i.start() != null) {
            List<String> interval = new ArrayList<>();
            interval.add(rfc3339(i.start()));
            interval.add(i.end() == null ? null : rfc3339(i.end()));
            Map<String, Object> temporal = new LinkedHashMap<>();
            temporal.put("interval", List.of(interval));
            temporal.put("trs", GREGORIAN);
            extent.put("temporal", temporal);
        }
        m.put("extent", extent);
        m.put("itemType", "feature");
        m.put("crs", List.of(CRS84));
        String base = root + "/collections/" + i.id();
        m.put("links", List.of(
                OgcLinks.link(base, "self", OgcLinks.JSON, i.title()),
                OgcLinks.link(base + "/items", "items", OgcLinks.GEOJSON, i.title() + " as GeoJSON")));
        return m;
    }

    static String rfc3339(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static List<Double> round(double[] b) {
        List<Double> out = new ArrayList<>(4);
        for (double v : b) out.add(Math.round(v * 1e6) / 1e6);
        return out;
    }

    /** A FeatureCollection of prepared features, with the counts and links the standard asks for. */
    private static String featureCollection(Catalog.Page page, List<Map<String, Object>> links) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setCodec(Json.mapper());
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            if (page.matched() != null) g.writeNumberField("numberMatched", page.matched());
            g.writeNumberField("numberReturned", page.items().size());
            g.writeFieldName("links");
            g.writeObject(links);
            g.writeFieldName("features");
            g.writeStartArray();
            for (Catalog.Item it : page.items()) g.writeRawValue(it.json());
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void send(Context ctx, Snapshot s, String type, java.util.function.Supplier<byte[]> body) {
        ConditionalGet.send(ctx, s.version() + "|" + OgcLinks.root(ctx), type, body);
    }
}
