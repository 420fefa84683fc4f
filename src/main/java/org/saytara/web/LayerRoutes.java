package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saytara.geo.Utf8Pieces;

/** The map: {@code /api/layers/{date}}, its {@code .geojson} download, and the time-enabled export. */
final class LayerRoutes {
    static final String GEOJSON = "application/geo+json";
    private static final String DOWNLOAD_SUFFIX = ".geojson";
    private static final List<String> LAYER_NAMES = List.of("places", "areas", "fronts", "changes");

    private static final String KEY_PREFIX = "layers ";
    /** A delta body's key ends with this and the date it is counted from: it is right while both dates are. */
    private static final String SINCE = " since ";

    private final SnapshotStore store;

    LayerRoutes(SnapshotStore store) {
        this.store = store;
    }

    /**
     * {@code GET /api/layers/{date}[.geojson][?layer=places|areas|changes][&include=rejected][&since=date]};
     * with {@code include=rejected} the changes layer also shows the events analysts rejected,
     * marked; with {@code since} (not for a download) the places layer holds only the places drawn
     * otherwise than on that date, for a page that holds that date's collection already.
     */
    void layers(Context ctx) {
        String param = ctx.pathParam("date");
        boolean download = param.endsWith(DOWNLOAD_SUFFIX);
        LocalDate date = Params.date("date", download ? param.substring(0, param.length() - DOWNLOAD_SUFFIX.length()) : param);
        Params.onlyKnown(ctx, Set.of("layer", "include", "since"));
        String sinceParam = Params.single(ctx, "since");
        LocalDate since = sinceParam == null ? null : Params.date("since", sinceParam);
        if (since != null && download) throw ApiException.badRequest("'since' is for the page, not for a download: a download is a whole collection");
        Set<String> layers = layerNames(Params.single(ctx, "layer"));
        boolean rejected = EventFilter.includeRejected(ctx);
        Snapshot snapshot = store.current();
        if (download) {
            String suffix = layers.size() == LAYER_NAMES.size() ? "" : "-" + String.join("-", layers);
            ctx.header("Content-Disposition", "attachment; filename=\"saytara-" + date + suffix + ".geojson\"");
        }
        // The date comes first after the prefix: the bodies of dates a change does not touch are kept.
        String key = KEY_PREFIX + date + " " + layers + (rejected ? " +rejected" : "") + (since == null ? "" : SINCE + since);
        ConditionalGet.sendPieces(ctx, snapshot.version(), GEOJSON, () -> snapshot.renders().pieces(key, () -> body(snapshot, date, since, layers, rejected)));
    }

    /**
     * The body: without {@code include=rejected} (the page's requests) as UTF-8 pieces shared with
     * the features the layers keep, never one array or String of the whole (megabytes at 100,000
     * articles).
     */
    private static Utf8Pieces body(Snapshot snapshot, LocalDate date, LocalDate since, Set<String> layers, boolean rejected) {
        var l = snapshot.layers();
        if (!rejected) return since == null ? l.collectionPieces(date, layers) : l.collectionSincePieces(date, since, layers);
        return Utf8Pieces.of(since == null ? l.collection(date, layers, snapshot.rejectedEvents())
                : l.collectionSince(date, since, layers, snapshot.rejectedEvents()));
    }

    /** {@code GET /api/timeline.geojson}: every period of every place, with start and end. */
    void timeline(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot snapshot = store.current();
        ctx.header("Content-Disposition", "attachment; filename=\"saytara-timeline.geojson\"");
        ConditionalGet.send(ctx, snapshot.version(), GEOJSON, () -> snapshot.renders().get("timeline",
                () -> snapshot.layers().timelineGeoJson().getBytes(StandardCharsets.UTF_8)));
    }

    /** The date of a rendered layer body's cache key, or null for any other key. */
    static LocalDate dateOfKey(String key) {
        if (!key.startsWith(KEY_PREFIX)) return null;
        int end = key.indexOf(' ', KEY_PREFIX.length());
        return end < 0 ? null : LocalDate.parse(key.substring(KEY_PREFIX.length(), end));
    }

    /** The date a rendered body's places are counted from ({@code since}), or null for any other key. */
    static LocalDate sinceOfKey(String key) {
        int at = key.startsWith(KEY_PREFIX) ? key.lastIndexOf(SINCE) : -1;
        return at < 0 ? null : LocalDate.parse(key.substring(at + SINCE.length()));
    }

    /** One or more of places, areas, changes, comma separated; all three when absent. */
    static Set<String> layerNames(String value) {
        if (value == null) return new LinkedHashSet<>(LAYER_NAMES);
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",", -1)) {
            String n = name.trim();
            if (!LAYER_NAMES.contains(n)) {
                throw ApiException.badRequest("'layer' must be places, areas, fronts or changes (or a comma list of them)");
            }
            names.add(n);
        }
        // Keep the canonical order, so ?layer=areas,places and ?layer=places,areas share a body.
        Set<String> ordered = new LinkedHashSet<>();
        for (String n : LAYER_NAMES) if (names.contains(n)) ordered.add(n);
        return ordered;
    }
}
