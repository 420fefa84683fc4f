package org.saytara.layers;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saytara.extract.Event;
import org.saytara.geojson.GeoJsonValidator;
import org.saytara.timeline.GoldEvents;
import org.saytara.timeline.Timeline;

/**
 * The written files, opened by a real GIS reader: GDAL's ogrinfo (Debian package gdal-bin). The
 * check is required, not skipped when GDAL is missing: the issue asks that a GIS reader opens
 * the downloads, so a machine without it must say so.
 */
class LayerFilesTest {
    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @TempDir
    static Path out;
    private static List<Path> written;
    private static Layers layers;

    @BeforeAll
    static void write() throws IOException {
        List<Event> events = GoldEvents.load();
        layers = Layers.of(Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        written = LayerFiles.write(layers, out);
    }

    @Test
    void oneFilePerFramePlusTimelineAndCsv() throws IOException {
        assertEquals(layers.frames().size() + 4, written.size());
        assertTrue(Files.size(out.resolve("timeline.gpkg")) > 10_000);
        assertTrue(Files.readString(out.resolve("timeline.kml")).contains("<TimeSpan>"));
        assertTrue(Files.exists(out.resolve("layers-2016-12-10.geojson")));
        assertTrue(Files.exists(out.resolve("timeline.geojson")));
        assertTrue(Files.exists(out.resolve("events.csv")));
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
        GeoJsonValidator.assertValid(Files.readString(out.resolve("layers-2016-12-10.geojson")));
        assertEquals(layers.eventsCsv(), Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void ogrinfoOpensAFrameAndTheTimeline() throws Exception {
        assertTrue(Files.isExecutable(OGRINFO), "ogrinfo missing: apt-get install -y gdal-bin");
        for (String name : List.of("layers-2016-12-10.geojson", "timeline.geojson")) {
            String report = ogrinfo(out.resolve(name));
            assertFalse(report.contains("ERROR"), report);
            assertTrue(report.contains("Feature Count:"), report);
        }
        String timeline = ogrinfo(out.resolve("timeline.geojson"));
        assertTrue(timeline.contains("start: Date"), "OGR reads start as a date: " + timeline);
    }

    static String ogrinfo(Path file) throws Exception {
        Process p = new ProcessBuilder(OGRINFO.toString(), "-ro", "-al", "-so", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo hung on " + file);
        assertEquals(0, p.exitValue(), output);
        return output;
    }
}
