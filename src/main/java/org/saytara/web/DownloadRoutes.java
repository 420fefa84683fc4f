package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

/**
 * The map as files for desktop GIS: GeoPackages ({@code /api/timeline.gpkg}, {@code /api/layers/{date}.gpkg},
 * dates typed DATE for QGIS's Temporal Controller) and KML with TimeSpans for Google Earth.
 */
final class DownloadRoutes {
    static final String GEOPACKAGE = "application/geopackage+sqlite3";
    static final String KML = "application/vnd.google-earth.kml+xml";

    private final SnapshotStore store;

    DownloadRoutes(SnapshotStore store) {
        this.store = store;
    }

    /** {@code GET /api/timeline.gpkg}: periods, places, changes and reports. */
    void timelineGpkg(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot s = store.current();
        ctx.header("Content-Disposition", "attachment; filename=\"saytara-timeline.gpkg\"");
        ConditionalGet.send(ctx, s.version(), GEOPACKAGE, () -> s.renders().get("timeline.gpkg", () -> s.layers().timelineGeoPackage()));
    }

    /** {@code GET /api/layers/{date}.gpkg}: one frame's places, territory, fronts and reports. */
    void frameGpkg(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        LocalDate date = Params.date("date", ctx.pathParam("date"));
        Snapshot s = store.current();
        ctx.header("Content-Disposition", "attachment; filename=\"saytara-" + date + ".gpkg\"");
        ConditionalGet.send(ctx, s.version(), GEOPACKAGE, () -> s.renders().get("gpkg " + date, () -> s.layers().frameGeoPackage(date)));
    }

    /** {@code GET /api/timeline.kml}: control periods and reports with TimeSpans. */
    void timelineKml(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot s = store.current();
        ctx.header("Content-Disposition", "attachment; filename=\"saytara-timeline.kml\"");
        ConditionalGet.send(ctx, s.version(), KML, () -> s.renders().get("timeline.kml",
                () -> s.layers().timelineKml().getBytes(StandardCharsets.UTF_8)));
    }
}
