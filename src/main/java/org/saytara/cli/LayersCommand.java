package org.saytara.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.saytara.review.ReviewProcessor;
import org.saytara.review.Reviews;
import org.saytara.review.Vocabulary;
import org.saytara.store.ReviewDatabase;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.layers.LayerFiles;
import org.saytara.pipeline.Analysis;
import org.saytara.pipeline.Pipeline;

/** {@code layers --corpus DIR --out DIR}: the map as files, for people who want files, not a server. */
final class LayersCommand {
    static final String HELP = """
            Usage: saytara layers --corpus DIR --out DIR [--geodata DIR] [--profile DIR] [--db PATH|URL] [--quiet]

            Writes into the output folder one GeoJSON FeatureCollection per frame
            (layers-YYYY-MM-DD.geojson: places, control areas and the changes of that date),
            timeline.geojson (every period of control with start and end, for QGIS's temporal
            controller, Leaflet.timeline or kepler.gl), timeline.gpkg (the same as a GeoPackage,
            dates typed DATE), timeline.kml (TimeSpans, for Google Earth) and events.csv (one row
            per event, ACLED's columns first).
            Analysts' reviews apply, as in the server: from --db (as serve takes it), else from
            DIR/.saytara/reviews.db when that file exists.
            """ + ProfileArg.HELP;

    private LayersCommand() {}

    static int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("corpus", "out", "geodata", "db", ProfileArg.NAME), Set.of("quiet", "help"));
        if (args.flag("help")) {
            out.print(HELP);
            return 0;
        }
        if (args.get("corpus") == null) throw new Args.UsageException("--corpus DIR is required");
        if (args.get("out") == null) throw new Args.UsageException("--out DIR is required");
        long t0 = System.nanoTime();
        Profile profile = ProfileArg.load(args);
        Gazetteer gazetteer = Gazetteer.load(Geodata.locate(args.get("geodata")));
        Path corpusDir = Path.of(args.get("corpus"));
        Reviews reviews = reviews(args.get("db"), corpusDir);
        // The same pipeline, with the same reviews, as the server's: the files show the map it serves.
        Analysis analysis = Pipeline.create(gazetteer, profile)
                .withProcessor(new ReviewProcessor(reviews, Vocabulary.of(gazetteer, profile)))
                .open(corpusDir);
        List<Path> written = LayerFiles.write(analysis.layers(), Path.of(args.get("out")));
        if (!args.flag("quiet")) {
            analysis.problems().forEach(p -> err.println((p.skipped() ? "skipped: " : "warning: ") + p));
            err.printf("articles read: %d, skipped: %d, events: %d (%d rejected by review), reviews: %d, frames: %d,"
                            + " files written: %d to %s, time: %.1f s%n",
                    analysis.articles().size(), analysis.skipped().size(), analysis.events().size(),
                    analysis.rejected().size(), reviews.all().size(), analysis.timeline().frames().size(), written.size(),
                    args.get("out"), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    /** The reviews of --db, or of the corpus's own database when it has one; none otherwise (nothing is created). */
    static Reviews reviews(String db, Path corpusDir) {
        if (db == null && !Files.isRegularFile(corpusDir.resolve(ReviewDatabase.DEFAULT_FILE))) return Reviews.NONE;
        try (ReviewDatabase rdb = ReviewDatabase.open(db, corpusDir)) {
            return Reviews.of(rdb.load());
        }
    }
}
