package org.saytara.web;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.gazetteer.Place;
import org.saytara.pipeline.Analysis;

/** What the page needs before drawing anything: health, map setup, the frames, the basemap. */
final class MetaRoutes {
    private final SnapshotStore store;
    private final ServerConfig config;
    private final byte[] basemap;
    private final String basemapVersion;

    /** @param basemap the countries GeoJSON, or null when the gazetteer folder has none */
    MetaRoutes(SnapshotStore store, ServerConfig config, byte[] basemap) {
        this.store = store;
        this.config = config;
        this.basemap = basemap;
        this.basemapVersion = basemap == null ? null : sha256Hex(basemap);
    }

    void health(Context ctx) {
        Snapshot s = store.current();
        ctx.header("Cache-Control", "no-store");
        JsonResponses.send(ctx, 200, new Health("ok", s.articles().size(), s.events().size(),
                s.gazetteer().places().size(), s.analysis().stages()));
    }

    void meta(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot s = store.current();
        ConditionalGet.send(ctx, s.version(), JsonResponses.JSON, () -> {
            List<LocalDate> frames = s.timeline().frames();
            return JsonResponses.bytes(new Meta(bounds(s), frames.isEmpty() ? null : frames.get(0),
                    frames.isEmpty() ? null : frames.get(frames.size() - 1), config.tileUrl(),
                    config.tileAttribution(), s.articles().size(), s.events().size()));
        });
    }

    void frames(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot s = store.current();
        ConditionalGet.send(ctx, s.version(), JsonResponses.JSON, () -> s.renders().get("frames",
                () -> JsonResponses.bytes(Map.of("frames", s.layers().frameSummaries()))));
    }

    void basemap(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        if (basemap == null) throw ApiException.notFound("no basemap is installed");
        ConditionalGet.send(ctx, basemapVersion, LayerRoutes.GEOJSON, () -> basemap);
    }

    /**
     * [[south, west], [north, east]] around the places the reports mention, or around the whole
     * gazetteer before any report has been read; null only for an empty gazetteer.
     */
    static double[][] bounds(Snapshot s) {
        Collection<Place> places = s.timeline().histories().stream()
                .map(h -> s.gazetteer().byId(h.place().id()).orElse(null))
                .filter(p -> p != null).toList();
        if (places.isEmpty()) places = s.gazetteer().places();
        if (places.isEmpty()) return null;
        double south = 90, west = 180, north = -90, east = -180;
        for (Place p : places) {
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
        }
        return new double[][] {{south, west}, {north, east}};
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** @param loadMs how long each stage of the last full read of the corpus took (for operators and {@code bench --scale}) */
    record Health(String status, int articles, int events, int places, Analysis.Stages loadMs) {}

    record Meta(double[][] bounds, LocalDate firstFrame, LocalDate lastFrame, String tileUrl,
                String tileAttribution, int articles, int events) {}
}
