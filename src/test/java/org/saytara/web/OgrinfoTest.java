package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real GIS reader opens what the API hands out: GDAL's ogrinfo (Debian gdal-bin) on the
 * downloads (GeoJSON, GeoPackage, KML), and GDAL's OAPIF driver, a real OGC API – Features client,
 * on {@code /ogc}: not just our own validator.
 */
class OgrinfoTest {
    static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(OGRINFO), "gdal-bin is not installed (apt-get install -y gdal-bin)");
        t = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (t != null) t.close();
    }

    /** Runs ogrinfo with these arguments; fails unless it ends well. */
    static String ogrinfo(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(OGRINFO.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ogrinfo finished");
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("ERROR"), out);
        return out;
    }

    private String oapif() {
        return "OAPIF:" + t.base + "/ogc";
    }

    private static long count(String ogrinfoOutput) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfoOutput);
        assertTrue(m.find(), ogrinfoOutput);
        return Long.parseLong(m.group(1));
    }

    /** Features of a layer listed in full (-al without -so): their ids, in order. */
    private static List<String> ids(String ogrinfoOutput) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  id \\(String\\) = (.+)$").matcher(ogrinfoOutput);
        while (m.find()) out.add(m.group(1).trim());
        return out;
    }

    @Test
    void gdalsOapifDriverListsTheSixCollections() throws Exception {
        String out = ogrinfo("-ro", "-q", oapif());
        for (String c : List.of("places", "areas", "fronts", "changes", "events", "timeline")) {
            assertTrue(out.contains(": " + c + " ("), c + " in\n" + out);
        }
        assertTrue(out.contains("areas (title: Territory) (Multi Polygon)"), out);
        assertTrue(out.contains("fronts (title: Front lines) (Line String)"), out);
    }

    @Test
    void gdalSeesTheTimelinesStartAndEndAsDatesAndPagesThroughAll() throws Exception {
        String summary = ogrinfo("-ro", "-so", oapif(), "timeline");
        assertTrue(summary.contains("start: Date"), summary);
        assertTrue(summary.contains("end: Date"), summary);
        long total = count(summary);
        // Pages of 3: GDAL follows the next links to the end and sees every period once.
        List<String> paged = ids(ogrinfo("-ro", "-al", "-oo", "PAGE_SIZE=3", oapif(), "timeline"));
        assertEquals(total, paged.size());
        assertEquals(total, new java.util.HashSet<>(paged).size());
    }

    @Test
    void gdalsSpatialFilterBecomesBboxAndItsDateFilterDatetime() throws Exception {
        long all = count(ogrinfo("-ro", "-so", oapif(), "places"));
        String box = ogrinfo("-ro", "-so", "-spat", "38.2", "34.5", "38.4", "34.7", oapif(), "places");
        long inBox = count(box);
        assertTrue(inBox > 0 && inBox < all, inBox + " of " + all);
        // A where clause on the start date: GDAL sends it as datetime=2016-12-01T/.. and the server
        // answers with the periods that reach into December, as the standard defines datetime (overlap).
        long periods = count(ogrinfo("-ro", "-so", oapif(), "timeline"));
        String december = ogrinfo("-ro", "-al", oapif(), "timeline", "-where", "start >= '2016-12-01'");
        List<String> ids = ids(december);
        assertFalse(ids.isEmpty(), december);
        assertTrue(ids.size() < periods, ids.size() + " of " + periods);
        Matcher ends = Pattern.compile("(?m)^  end \\(Date\\) = (.*)$").matcher(december);
        int seen = 0;
        while (ends.find()) {
            String end = ends.group(1).trim();
            assertTrue(end.equals("(null)") || end.compareTo("2016/12/01") > 0, "a period ending " + end + " is not in December");
            seen++;
        }
        assertEquals(ids.size(), seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/timeline.gpkg", "/api/layers/2016-12-12.gpkg"})
    void gdalReadsTheGeoPackagesWithTypedDates(String path) throws Exception {
        HttpResponse<byte[]> r = t.getBytes(path);
        assertEquals(200, r.statusCode());
        assertEquals("application/geopackage+sqlite3", r.headers().firstValue("Content-Type").orElse(""));
        Path file = dir.resolve("download-" + Math.abs(path.hashCode()) + ".gpkg");
        Files.write(file, r.body());
        String out = ogrinfo("-ro", "-al", "-so", file.toString());
        if (path.contains("timeline")) {
            for (String layer : List.of("periods", "places", "changes", "events")) assertTrue(out.contains("Layer name: " + layer), out);
            String periods = out.substring(out.indexOf("Layer name: periods"));
            assertTrue(periods.contains("start: Date"), periods);
            assertTrue(periods.contains("end: Date"), periods);
            assertTrue(count(periods) > 5);
            assertTrue(out.contains("date_min: Date"), out);
        } else {
            for (String layer : List.of("areas", "fronts", "places", "changes")) assertTrue(out.contains("Layer name: " + layer), out);
            String areas = out.substring(out.indexOf("Layer name: areas"));
            assertTrue(areas.contains("Geometry: Multi Polygon"), areas);
            assertTrue(areas.contains("area_km2: Real"), areas);
            assertTrue(count(areas) > 0);
            assertTrue(out.substring(out.indexOf("Layer name: fronts")).contains("Geometry: Multi Line String"), out);
        }
    }

    @Test
    void theKmlDownloadIsReadAsKml() throws Exception {
        HttpResponse<byte[]> r = t.getBytes("/api/timeline.kml");
        assertEquals(200, r.statusCode());
        Path file = dir.resolve("timeline.kml");
        Files.write(file, r.body());
        String kml = Files.readString(file);
        assertTrue(kml.contains("<TimeSpan><begin>2016-"), kml.substring(0, Math.min(2000, kml.length())));
        String out = ogrinfo("-ro", "-so", file.toString(), "Control periods");
        assertTrue(count(out) > 5, out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/layers/2016-12-12.geojson", "/api/timeline.geojson", "/api/layers/2016-04-10.geojson?layer=areas"})
    void ogrinfoReadsTheDownload(String path) throws Exception {
        HttpResponse<byte[]> r = t.getBytes(path);
        assertEquals(200, r.statusCode());
        Path file = dir.resolve("download-" + Math.abs(path.hashCode()) + ".geojson");
        Files.write(file, r.body());
        Process p = new ProcessBuilder(OGRINFO.toString(), "-ro", "-al", "-so", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Feature Count:"), out);
        assertTrue(!out.contains("ERROR") && !out.contains("Warning"), out);
        long features = Long.parseLong(out.replaceAll("(?s).*Feature Count: (\\d+).*", "$1"));
        assertTrue(features > 0, out);
    }
}
