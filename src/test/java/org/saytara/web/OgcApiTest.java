package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saytara.geojson.GeoJsonValidator;

/** OGC API – Features, Part 1 Core, over HTTP in-process: what the standard's requirements ask. */
class OgcApiTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (t != null) t.close();
    }

    private static JsonNode json(String path, String type) {
        HttpResponse<String> r = t.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals(type, r.headers().firstValue("Content-Type").orElse("").replace(" ", ""), path);
        return TestServer.json(r);
    }

    private static String path(String href) {
        URI u = URI.create(href);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static JsonNode link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) if (l.path("rel").asText().equals(rel)) return l;
        return null;
    }

    @Test
    void landingPageLinksTheApiConformanceAndCollectionsWithTheirTypes() {
        JsonNode landing = json("/ogc", "application/json");
        assertEquals("application/json", link(landing, "self").path("type").asText());
        assertEquals("application/vnd.oai.openapi+json;version=3.0", link(landing, "service-desc").path("type").asText());
        assertTrue(link(landing, "service-desc").path("href").asText().endsWith("/ogc/api"));
        assertTrue(link(landing, "conformance").path("href").asText().endsWith("/ogc/conformance"));
        assertTrue(link(landing, "data").path("href").asText().endsWith("/ogc/collections"));
        JsonNode conformance = json(path(link(landing, "conformance").path("href").asText()), "application/json");
        Set<String> classes = new HashSet<>();
        conformance.path("conformsTo").forEach(c -> classes.add(c.asText()));
        assertTrue(classes.containsAll(Set.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30")), classes.toString());
    }

    @Test
    void theOpenApiDocumentGivesThePageSizeLimitsOnEveryItemsPath() {
        JsonNode api = json("/ogc/api", "application/vnd.oai.openapi+json;version=3.0");
        assertTrue(api.path("openapi").asText().startsWith("3.0"));
        JsonNode paths = api.path("paths");
        for (String p : List.of("/", "/conformance", "/collections", "/collections/{collectionId}",
                "/collections/{collectionId}/items", "/collections/{collectionId}/items/{featureId}", "/collections/timeline/items")) {
            assertTrue(paths.has(p), p);
        }
        JsonNode limit = null;
        for (JsonNode param : paths.path("/collections/timeline/items").path("get").path("parameters")) {
            if (param.path("name").asText().equals("limit")) limit = param.path("schema");
        }
        assertEquals(10_000, limit.path("maximum").asInt());
        assertEquals(100, limit.path("default").asInt());
        assertEquals(1, limit.path("minimum").asInt());
    }

    @Test
    void theSixCollectionsDescribeTheirExtentInCrs84AndRfc3339() {
        JsonNode cs = json("/ogc/collections", "application/json");
        List<String> ids = new ArrayList<>();
        for (JsonNode c : cs.path("collections")) {
            ids.add(c.path("id").asText());
            assertEquals("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.path("extent").path("spatial").path("crs").asText());
            assertEquals(4, c.path("extent").path("spatial").path("bbox").get(0).size());
            String start = c.path("extent").path("temporal").path("interval").get(0).get(0).asText();
            assertTrue(start.matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"), start);
            JsonNode items = link(c, "items");
            assertEquals("application/geo+json", items.path("type").asText());
        }
        assertEquals(List.of("places", "areas", "fronts", "changes", "events", "timeline"), ids);
        assertEquals(404, t.get("/ogc/collections/roads").statusCode());
    }

    @Test
    void itemsComeInPagesLinkedByNextUntilAllAreSeen() {
        int total = json("/ogc/collections/timeline/items?limit=10000", "application/geo+json").path("numberMatched").asInt();
        assertTrue(total > 5, "the seed corpus has periods: " + total);
        Set<String> seen = new HashSet<>();
        String next = "/ogc/collections/timeline/items?limit=4";
        int pages = 0;
        while (next != null) {
            JsonNode page = json(next, "application/geo+json");
            GeoJsonValidator.assertValid(page.toString());
            assertTrue(page.path("numberReturned").asInt() <= 4);
            assertEquals(page.path("features").size(), page.path("numberReturned").asInt());
            for (JsonNode f : page.path("features")) assertTrue(seen.add(f.path("id").asText()), "no feature twice");
            JsonNode n = link(page, "next");
            next = n == null ? null : path(n.path("href").asText());
            assertTrue(++pages < 100);
        }
        assertEquals(total, seen.size());
        assertEquals((total + 3) / 4, pages);
    }

    @Test
    void datetimeTakesAnInstantAnIntervalAndOpenEnds() {
        // Tadmur: the government's until ISIS took it in December 2016.
        JsonNode april = json("/ogc/collections/timeline/items?datetime=2016-04-10T12:00:00Z", "application/geo+json");
        assertEquals("government", periodOf(april, "tadmur").path("side").asText());
        JsonNode december = json("/ogc/collections/timeline/items?datetime=2016-12-12T00:00:00Z", "application/geo+json");
        assertEquals("isis", periodOf(december, "tadmur").path("side").asText());
        for (JsonNode f : december.path("features")) {
            JsonNode p = f.path("properties");
            assertTrue(p.path("start").asText().compareTo("2016-12-12") <= 0);
            assertTrue(p.path("end").isNull() || p.path("end").asText().compareTo("2016-12-12") > 0, f.toString());
        }
        int all = json("/ogc/collections/timeline/items?limit=10000", "application/geo+json").path("numberMatched").asInt();
        int before = json("/ogc/collections/timeline/items?limit=10000&datetime=../2016-06-01T00:00:00Z", "application/geo+json").path("numberMatched").asInt();
        int after = json("/ogc/collections/timeline/items?limit=10000&datetime=2016-06-01T00:00:00Z/..", "application/geo+json").path("numberMatched").asInt();
        int within = json("/ogc/collections/timeline/items?limit=10000&datetime=2016-12-10T00:00:00Z/2016-12-12T23:59:59Z", "application/geo+json").path("numberMatched").asInt();
        assertTrue(before > 0 && after > 0 && within > 0 && before < all && after < all, before + " " + after + " " + all);
        // The territory changes in December: its own stretch of dates, with an ISIS area.
        JsonNode areas = json("/ogc/collections/areas/items?datetime=2016-12-12", "application/geo+json");
        assertTrue(areas.path("features").size() > 0);
        for (JsonNode f : areas.path("features")) assertTrue(f.path("id").asText().startsWith("2016-12-12."), f.path("id").asText());
        assertEquals(400, t.get("/ogc/collections/timeline/items?datetime=yesterday").statusCode());
        assertEquals(400, t.get("/ogc/collections/timeline/items?datetime=2016-12-12T00:00:00Z/2016-01-01T00:00:00Z").statusCode());
    }

    @Test
    void bboxKeepsTheFeaturesInTheBox() {
        JsonNode all = json("/ogc/collections/places/items?limit=1000", "application/geo+json");
        JsonNode near = json("/ogc/collections/places/items?limit=1000&bbox=38.2,34.5,38.4,34.7", "application/geo+json");
        assertTrue(near.path("features").size() > 0 && near.path("features").size() < all.path("features").size());
        for (JsonNode f : near.path("features")) {
            double lon = f.path("geometry").path("coordinates").get(0).asDouble(), lat = f.path("geometry").path("coordinates").get(1).asDouble();
            assertTrue(lon >= 38.2 && lon <= 38.4 && lat >= 34.5 && lat <= 34.7, f.path("id").asText());
        }
        assertEquals(400, t.get("/ogc/collections/places/items?bbox=1,2,3").statusCode());
    }

    @Test
    void oneFeatureByItsIdWithLinks() {
        JsonNode first = json("/ogc/collections/events/items?limit=1", "application/geo+json").path("features").get(0);
        String id = first.path("id").asText();
        JsonNode one = json("/ogc/collections/events/items/" + id, "application/geo+json");
        assertEquals(id, one.path("id").asText());
        assertEquals("Feature", one.path("type").asText());
        assertTrue(link(one, "collection").path("href").asText().endsWith("/ogc/collections/events"));
        JsonNode area = json("/ogc/collections/areas/items?limit=1", "application/geo+json").path("features").get(0);
        assertEquals(area.path("id").asText(), json("/ogc/collections/areas/items/" + area.path("id").asText(), "application/geo+json").path("id").asText());
        assertEquals(404, t.get("/ogc/collections/events/items/no-such-event").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ogc/collections/places/items?limit=0", "/ogc/collections/places/items?limit=x",
            "/ogc/collections/places/items?offset=-1", "/ogc/collections/places/items?colour=red", "/ogc/collections?f=html"})
    void malformedOrUnknownParametersAre400(String path) {
        HttpResponse<String> r = t.get(path);
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(TestServer.json(r).path("error").asText().isBlank());
    }

    @Test
    void aLimitAboveTheMaximumIsLoweredNotRefused() {
        assertEquals(200, t.get("/ogc/collections/places/items?limit=999999").statusCode());
    }

    private static JsonNode periodOf(JsonNode fc, String placeId) {
        for (JsonNode f : fc.path("features")) {
            if (f.path("properties").path("place_id").asText().equals(placeId)) return f.path("properties");
        }
        throw new AssertionError("no period of " + placeId);
    }
}
