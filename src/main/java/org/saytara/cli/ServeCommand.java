package org.saytara.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.saytara.web.Server;
import org.saytara.web.ServerConfig;

/** {@code serve}: the map and the API, on http://127.0.0.1:7070 unless told otherwise. */
final class ServeCommand {
    static final String HELP = """
            Usage: saytara serve [--corpus DIR] [--port 7070] [--host 127.0.0.1] [--geodata DIR]
                                 [--profile DIR] [--web DIR] [--tiles URL|none] [--tiles-attribution TEXT]
                                 [--no-watch] [--db PATH|jdbc:postgresql://HOST/DB] [--tokens FILE]

            Serves the map and the HTTP API for the articles in DIR (default: corpus/).
            Articles can be added while it runs: POST /api/articles, the form in the page, or a
            file dropped into DIR (watched; --no-watch turns that off, POST /api/reload reloads).
            Writes are accepted from anywhere only with a token: set SAYTARA_TOKEN and send it as
            "Authorization: Bearer <token>"; without one, only a server bound to loopback takes them.
            --tiles sets the basemap tile URL template (OpenStreetMap by default); "none" uses only
            the bundled offline basemap (Natural Earth outlines and gazetteer towns).
            --web serves the page from a folder instead of the jar, for editing it live.
            --db says where analysts' reviews are kept: by default an SQLite file beside the corpus
            (DIR/.saytara/reviews.db); a path for another SQLite file; a jdbc:postgresql:// URL for
            PostgreSQL with PostGIS, which then also holds the map as tables QGIS can open (user and
            password in the URL, or in SAYTARA_DB_USER and SAYTARA_DB_PASSWORD).
            --tokens names the reviewers: a file of NAME<TAB>TOKEN lines; a write sent with a token is
            recorded under its name (on loopback without a token, as "local").
            """ + ProfileArg.HELP;

    private ServeCommand() {}

    static int run(List<String> argv, PrintStream out, PrintStream err) throws InterruptedException {
        Args args = new Args(argv, Set.of("corpus", "port", "host", "geodata", "web", "tiles", "tiles-attribution", "db", "tokens", ProfileArg.NAME),
                Set.of("help", "no-watch"));
        if (args.flag("help")) {
            out.print(HELP);
            return 0;
        }
        ServerConfig config = ServerConfig.defaults()
                .withCorpusDir(Path.of(args.get("corpus", "corpus")))
                .withGeodataDir(Geodata.locateOnDisk(args.get("geodata")))
                .withHost(args.get("host", "127.0.0.1"))
                .withPort(args.intValue("port", 7070))
                .withWatchCorpus(!args.flag("no-watch"))
                .withProfileDir(ProfileArg.dir(args))
                .withDb(args.get("db"));
        if (args.get("tokens") != null) config = config.withTokensFile(Path.of(args.get("tokens")));
        if (args.get("web") != null) config = config.withWebDir(Path.of(args.get("web")));
        String tiles = args.get("tiles");
        if (tiles != null) {
            config = tiles.equals("none")
                    ? config.withTiles(null, null)
                    : config.withTiles(tiles, args.get("tiles-attribution", ""));
        }
        Server server = Server.start(config);
        var snapshot = server.snapshot();
        snapshot.problems().forEach(p -> err.println((p.skipped() ? "skipped: " : "warning: ") + p));
        out.printf("Saytara is serving %s (%d articles, %d events) on http://%s:%d/ (Ctrl-C to stop)%n", config.corpusDir(),
                snapshot.articles().size(), snapshot.events().size(), config.host(), server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "saytara-shutdown"));
        stopped.await();
        return 0;
    }
}
