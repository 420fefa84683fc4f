package org.saytara.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.pipeline.EventProcessor;
import org.saytara.pipeline.Pipeline;
import org.saytara.store.ReviewDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the page, the WebJars, and the JSON/GeoJSON API listed in the README, all read
 * from one {@link Snapshot} per request.
 */
public final class Server {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Javalin app;
    private final SnapshotStore store;
    private final CorpusWatcher watcher;
    private final BundledFolder bundledGeodata;

    private Server(Javalin app, SnapshotStore store, CorpusWatcher watcher, BundledFolder bundledGeodata) {
        this.app = app;
        this.store = store;
        this.watcher = watcher;
        this.bundledGeodata = bundledGeodata;
    }

    /**
     * Loads the profile, the gazetteer and the corpus, then listens. Fails before listening when the
     * profile or the gazetteer is broken or a folder is missing: a server that starts must serve a
     * correct map.
     */
    public static Server start(ServerConfig config) {
        return start(config, EventProcessor.NONE);
    }

    /**
     * As {@link #start(ServerConfig)}, with every article's events passed through {@code processor}
     * before the analysts' reviews apply (benchmarks feed made-up events this way; see
     * {@link EventProcessor}).
     */
    public static Server start(ServerConfig config, EventProcessor processor) {
        if (!Files.isDirectory(config.corpusDir())) {
            throw new IllegalArgumentException("corpus folder not found: " + config.corpusDir());
        }
        if (config.webDir() != null && !Files.isDirectory(config.webDir())) {
            throw new IllegalArgumentException("web folder not found: " + config.webDir());
        }
        Map<String, String> namedTokens = config.tokensFile() == null ? Map.of() : ReviewerTokens.read(config.tokensFile());
        Profile profile = Profile.loadOrBundled(config.profileDir());
        BundledFolder bundled = config.geodataDir() == null ? BundledFolder.of("/geodata") : null;
        ReviewDatabase db = null;
        try {
            Path geodata = bundled != null ? bundled.path() : config.geodataDir();
            Gazetteer gazetteer = Gazetteer.load(geodata);
            db = ReviewDatabase.open(config.db(), config.corpusDir());
            SnapshotStore store = SnapshotStore.open(config.corpusDir(), Pipeline.create(gazetteer, profile).withProcessor(processor), db);
            Javalin app = createApp(config, namedTokens, store, readBasemap(geodata));
            app.start(config.host(), config.port());
            CorpusWatcher watcher = config.watchCorpus()
                    ? CorpusWatcher.start(config.corpusDir(), config.limits().reloadDebounce(), names -> store.reload(names),
                            store::isOwnFile).orElse(null)
                    : null;
            LOG.info("Saytara serving on http://{}:{}/ (writes: {})", config.host(), app.port(),
                    config.token() != null || !namedTokens.isEmpty() ? "bearer token"
                            : config.bindsLoopback() ? "loopback only" : "disabled");
            return new Server(app, store, watcher, bundled);
        } catch (RuntimeException e) {
            if (db != null) db.close();
            if (bundled != null) bundled.close();
            throw e;
        }
    }

    /** The port actually bound; differs from the configured one when that was 0. */
    public int port() {
        return app.port();
    }

    /** The snapshot being served now. */
    public Snapshot snapshot() {
        return store.current();
    }

    SnapshotStore store() {
        return store;
    }

    public void stop() {
        if (watcher != null) watcher.close();
        app.stop();
        store.close();
        if (bundledGeodata != null) bundledGeodata.close();
    }

    private static Javalin createApp(ServerConfig config, Map<String, String> namedTokens, SnapshotStore store,
                                     byte[] basemap) {
        Limits limits = config.limits();
        SecurityHeaders security = new SecurityHeaders(config.tileUrl());
        WriteGuard guard = new WriteGuard(config.token(), namedTokens, config.bindsLoopback(),
                new RateLimiter(limits.writesPerMinute()));
        WriteGuard reviewGuard = new WriteGuard(config.token(), namedTokens, config.bindsLoopback(),
                new RateLimiter(limits.reviewsPerMinute()));
        ReviewRoutes reviews = new ReviewRoutes(store, reviewGuard);
        MetaRoutes meta = new MetaRoutes(store, config, basemap);
        ProfileRoutes profile = new ProfileRoutes(store.profile());
        LayerRoutes layers = new LayerRoutes(store);
        EventRoutes events = new EventRoutes(store);
        PlaceRoutes places = new PlaceRoutes(store);
        UnlocatedRoutes unlocated = new UnlocatedRoutes(store);
        ArticleRoutes articles = new ArticleRoutes(store, guard, limits);
        AdminRoutes admin = new AdminRoutes(store, guard);
        DownloadRoutes downloads = new DownloadRoutes(store);
        CompareRoutes compare = new CompareRoutes(store);
        LabelRoutes labels = new LabelRoutes();
        OgcRoutes ogc = new OgcRoutes(store);
        OgcCollectionRoutes ogcCollections = new OgcCollectionRoutes(store);

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = limits.maxBodyBytes();
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            // The page first: its files are asked for on every visit, and a miss there costs a stat,
            // while a miss in the WebJar costs a lookup inside a jar.
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                if (config.webDir() != null) {
                    files.directory = config.webDir().toAbsolutePath().normalize().toString();
                    files.location = Location.EXTERNAL;
                } else {
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                }
                // No aliases: a symlink inside web/ must not lead outside it.
                files.aliasCheck = null;
            });
            cfg.staticFiles.enableWebjars();
        });

        app.before(ctx -> {
            security.apply(ctx);
            String query = ctx.queryString();
            if (query != null && query.length() > limits.maxQueryChars()) {
                throw new ApiException(414, "query string longer than " + limits.maxQueryChars() + " characters");
            }
        });

        read(app, "/health", meta::health);
        read(app, "/api/meta", meta::meta);
        read(app, "/api/frames", meta::frames);
        read(app, "/api/basemap.geojson", meta::basemap);
        read(app, "/api/sides", profile::sides);
        read(app, "/api/actors", profile::actors);
        read(app, "/api/layers/{date}.gpkg", downloads::frameGpkg);
        read(app, "/api/layers/{date}", layers::layers);
        read(app, "/api/timeline.geojson", layers::timeline);
        read(app, "/api/timeline.gpkg", downloads::timelineGpkg);
        read(app, "/api/timeline.kml", downloads::timelineKml);
        read(app, "/api/compare", compare::compare);
        read(app, "/api/labels", labels::labels);
        read(app, "/api/events", events::events);
        read(app, "/api/events.csv", events::csv);
        read(app, "/api/places", places::list);
        read(app, "/api/places/{id}", places::one);
        read(app, "/api/unlocated", unlocated::list);
        read(app, "/api/articles", articles::list);
        read(app, "/api/articles/{id}", articles::one);
        app.post("/api/articles", articles::add);
        app.post("/api/reload", admin::reload);
        app.post("/api/events/{id}/review", reviews::review);
        read(app, "/api/reviews", reviews::list);
        read(app, "/api/reviews.csv", reviews::csv);
        read(app, "/api/reviews/{id}", reviews::one);
        read(app, "/api/review-queue", reviews::queue);
        read(app, "/api/places/{id}/pins", reviews::pins);
        app.post("/api/places/{id}/pins", reviews::pin);
        app.delete("/api/places/{id}/pins/{pin}", reviews::unpin);
        // OGC API – Features (Part 1 Core, GeoJSON, OpenAPI 3.0): QGIS, ArcGIS and GDAL open /ogc.
        read(app, "/ogc", ogc::landing);
        read(app, "/ogc/conformance", ogc::conformance);
        read(app, "/ogc/api", ogc::api);
        read(app, "/ogc/collections", ogcCollections::collections);
        read(app, "/ogc/collections/{collectionId}", ogcCollections::collection);
        read(app, "/ogc/collections/{collectionId}/items", ogcCollections::items);
        read(app, "/ogc/collections/{collectionId}/items/{featureId}", ogcCollections::item);

        app.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            JsonResponses.error(ctx, e.status(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            // Javalin lists the methods a path does take; RFC 9110 wants them in Allow on a 405.
            String allowed = e.getDetails().get("availableMethods");
            if (e.getStatus() == 405 && allowed != null) ctx.header("Allow", allowed.replaceAll("[\\[\\] ]", ""));
            javalinRefusal(ctx, e.getStatus());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            JsonResponses.error(ctx, 500, "internal error; the server log has the details");
        });
        // Javalin's own 404 (no route, no static file) and 405 arrive here without our body.
        app.error(404, ctx -> {
            if (!isJson(ctx)) JsonResponses.error(ctx, 404, "not found");
        });
        app.error(405, ctx -> {
            if (!isJson(ctx)) JsonResponses.error(ctx, 405, "method not allowed");
        });
        return app;
    }

    /** A GET route, and HEAD on it with the same status and headers (Jetty drops the body). */
    private static void read(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private static void javalinRefusal(Context ctx, int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        String reason = known == HttpStatus.UNKNOWN ? "request refused" : known.getMessage().toLowerCase(Locale.ROOT);
        JsonResponses.error(ctx, status, reason);
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(JsonResponses.JSON);
    }

    private static byte[] readBasemap(Path geodata) {
        Path file = geodata.resolve("countries.geojson");
        if (!Files.isRegularFile(file)) {
            LOG.warn("no countries.geojson in the gazetteer folder; /api/basemap.geojson will answer 404");
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the basemap", e);
        }
    }
}
