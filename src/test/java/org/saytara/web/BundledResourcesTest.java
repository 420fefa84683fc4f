package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no --web and no --geodata, the page and the gazetteer come from the classpath, as in the jar. */
class BundledResourcesTest {
    @TempDir
    Path dir;

    @Test
    void servesThePageAndBasemapFromTheClasspath() {
        try (TestServer t = TestServer.start(dir, c -> c.withWebDir(null).withGeodataDir(null))) {
            boolean pageBundled = BundledResourcesTest.class.getResource("/web/index.html") != null;
            HttpResponse<String> page = t.get("/");
            assertEquals(pageBundled ? 200 : 404, page.statusCode(), page.body());
            // The gazetteer is on the same classpath as the page, but only web/ is served.
            assertEquals(404, t.get("/geodata/places.geojson").statusCode());
            assertEquals(404, t.get("/web/index.html").statusCode());
            int traversal = TestServer.rawStatus(t.rawGet("/../geodata/places.geojson"));
            assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
            assertEquals(200, t.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
            HttpResponse<String> basemap = t.get("/api/basemap.geojson");
            assertEquals(200, basemap.statusCode());
            assertTrue(basemap.body().contains("\"FeatureCollection\""));
            assertTrue(TestServer.json(t.get("/health")).path("places").asInt() > 0);
        }
    }
}
