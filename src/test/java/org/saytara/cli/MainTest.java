package org.saytara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saytara.json.Json;

/** The command line as a user meets it: help, exit codes, and the files the commands write. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "extract", "layers", "import-gazetteer", "import-geonames", "bench", "load-test"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: saytara " + command), out::toString);
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("extract", "--corpus", "corpus", "--colour", "red"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"), err::toString);
        assertEquals(2, run("extract"));
    }

    @Test
    void extractWritesTheEventsOfTheCorpusAsAJsonArray(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("events.json");
        assertEquals(0, run("extract", "--corpus", "corpus", "--out", file.toString(), "--quiet"));
        JsonNode events = Json.mapper().readTree(file.toFile());
        assertTrue(events.isArray() && events.size() > 20, "events: " + events.size());
        JsonNode first = events.get(0);
        for (String field : new String[] {"id", "article", "kind", "place", "actor_gaining", "actor_losing", "controller_after",
                "claimed", "claimed_by", "date", "date_min", "date_max", "date_precision", "date_text", "evidence",
                "evidence_span", "outlet", "confidence"}) {
            assertTrue(first.has(field), "missing " + field);
        }
    }

    @Test
    void anotherProfileIsReadFromItsFolderAndABrokenOneStopsTheCommand(@TempDir Path tmp) throws Exception {
        Path libya = Path.of("src/test/resources/profiles/libya");
        Path file = tmp.resolve("events.json");
        assertEquals(0, run("extract", "--corpus", libya.resolve("corpus").toString(), "--geodata", libya.resolve("geodata").toString(),
                "--profile", libya.resolve("profile").toString(), "--out", file.toString(), "--quiet"));
        JsonNode events = Json.mapper().readTree(file.toFile());
        assertTrue(events.toString().contains("\"controller_after\":\"gna\""), events.toString());

        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        try (Stream<Path> files = Files.list(libya.resolve("profile"))) {
            for (Path f : files.toList()) Files.copy(f, broken.resolve(f.getFileName()));
        }
        Files.writeString(broken.resolve("actors.tsv"), Files.readString(broken.resolve("actors.tsv")).replace("actor\tlna\tlna", "actor\tlna\thaftar"));
        assertEquals(1, run("extract", "--corpus", libya.resolve("corpus").toString(), "--geodata", libya.resolve("geodata").toString(),
                "--profile", broken.toString(), "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("actors.tsv:11: unknown side 'haftar'"), err::toString);
    }

    @Test
    void aMissingCorpusFolderIsAClearError(@TempDir Path tmp) {
        assertEquals(1, run("extract", "--corpus", tmp.resolve("nope").toString(), "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope"), err::toString);
    }

    @Test
    void layersWritesAFilePerFrameTheTimelineAndTheCsv(@TempDir Path tmp) throws Exception {
        assertEquals(0, run("layers", "--corpus", "corpus", "--out", tmp.toString(), "--quiet"));
        try (Stream<Path> files = Files.list(tmp)) {
            long frames = files.filter(p -> p.getFileName().toString().startsWith("layers-")).count();
            assertTrue(frames > 3, "frames: " + frames);
        }
        assertTrue(Files.size(tmp.resolve("timeline.geojson")) > 0);
        assertTrue(Files.readString(tmp.resolve("events.csv")).lines().count() > 20);
    }

    @Test
    void layersAppliesTheReviewsOfADatabase(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        String db = tmp.resolve("reviews.db").toString();
        assertEquals(0, run("layers", "--corpus", "corpus", "--out", out.toString(), "--quiet"));
        String csv = Files.readString(out.resolve("events.csv"));
        int idColumn = java.util.Arrays.asList(csv.lines().findFirst().orElseThrow().split(",")).indexOf("event_id");
        String id = csv.lines().skip(1).findFirst().orElseThrow().split(",")[idColumn];
        try (org.saytara.store.ReviewDatabase rdb = org.saytara.store.ReviewDatabase.open(db, tmp)) {
            rdb.append(new org.saytara.review.Review(0, id, null, org.saytara.review.ReviewAction.REJECT, null, null, null,
                    "lina", java.time.Instant.now(), "not a change of control"));
        }
        assertEquals(0, run("layers", "--corpus", "corpus", "--out", out.toString(), "--db", db));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(1 rejected by review), reviews: 1"), err::toString);
        String reviewed = Files.readString(out.resolve("events.csv"));
        assertTrue(csv.contains(id) && !reviewed.contains(id), "the rejected event is left out of the download");
        assertEquals(csv.lines().count() - 1, reviewed.lines().count());
    }
}
