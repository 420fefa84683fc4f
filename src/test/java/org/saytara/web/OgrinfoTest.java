package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real GIS reader opens what the API hands out: GDAL's ogrinfo (Debian gdal-bin) on the
 * downloads, not just our own validator.
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
