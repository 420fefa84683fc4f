package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Every GET route and every refusal, against one server over the seed corpus that no test changes. */
class ServerReadTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.start(dir);
        // A link out of the page folder: must never be followed.
        Files.createSymbolicLink(t.web.resolve("leak"), Path.of("/etc"));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    /** A refusal: the status, a JSON {"error": "..."} body, nothing internal in it. */
    static JsonNode assertError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode body = TestServer.json(r);
        assertTrue(body.path("error").isTextual(), r.body());
        assertEquals(1, body.size(), r.body());
        assertNoLeak(r.body());
        return body;
    }

    static HttpResponse<String> assertErrorResponse(HttpResponse<String> r, int status) {
        assertError(r, status);
        return r;
    }

    static void assertNoLeak(String body) {
        for (String internal : List.of("Exception", "org.saytara", "io.javalin", "jetty", ".java", "/tmp", "/work", "/etc",
                "\tat ", "root:")) {
            assertFalse(body.contains(internal), "leaks '" + internal + "': " + body);
        }
    }

    static void assertSecurityHeaders(HttpResponse<?> r) {
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.startsWith("default-src 'self'; img-src 'self' https://tile.openstreetmap.org;"), csp);
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null));
    }

    private static JsonNode okJson(String path) {
        HttpResponse<String> r = t.get(path);
        assertEquals(200, r.statusCode(), path + " " + r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(null));
        assertSecurityHeaders(r);
        return TestServer.json(r);
    }

    private static String okGeoJson(String path) {
        HttpResponse<String> r = t.get(path);
        assertEquals(200, r.statusCode(), path + " " + r.body());
        assertEquals("application/geo+json", r.headers().firstValue("Content-Type").orElse(null));
        assertSecurityHeaders(r);
        GeoJsonValidator.assertValid(r.body());
        return r.body();
    }

    // --- routes -------------------------------------------------------------------------------

    @Test
    void health() {
        HttpResponse<String> r = t.get("/health");
        assertEquals(200, r.statusCode());
        JsonNode h = TestServer.json(r);
        assertEquals("ok", h.path("status").asText());
        assertEquals(TestServer.articleFiles(TestServer.SEED_CORPUS), h.path("articles").asInt());
        assertTrue(h.path("events").asInt() > 0, r.body());
        assertTrue(h.path("places").asInt() > 0, r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void meta() {
        JsonNode m = okJson("/api/meta");
        JsonNode b = m.path("bounds");
        assertEquals(2, b.size());
        double south = b.get(0).get(0).asDouble(), west = b.get(0).get(1).asDouble();
        double north = b.get(1).get(0).asDouble(), east = b.get(1).get(1).asDouble();
        assertTrue(south <= north && west <= east, b.toString());
        // Everything the seed corpus reports lies in Syria.
        assertTrue(south > 32 && north < 38 && west > 35 && east < 43, b.toString());
        assertTrue(m.path("first_frame").asText().compareTo(m.path("last_frame").asText()) <= 0);
        assertEquals(ServerConfig.OSM_TILES, m.path("tile_url").asText());
        assertTrue(m.path("tile_attribution").asText().contains("OpenStreetMap"));
        assertEquals(t.server.snapshot().events().size(), m.path("events").asInt());
    }

    @Test
    void sidesAndActorsComeFromTheProfile() {
        JsonNode sides = okJson("/api/sides");
        assertEquals("syria", sides.path("profile").asText());
        assertEquals("government", sides.path("state").asText());
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode s : sides.path("sides")) {
            ids.add(s.path("id").asText());
            assertTrue(s.path("colour").asText().matches("#[0-9a-f]{6}"), s.toString());
            assertFalse(s.path("label_en").asText().isBlank() || s.path("label_ar").asText().isBlank(), s.toString());
        }
        assertEquals(List.of("government", "opposition", "hts", "turkey", "sdf", "isis"), ids);
        JsonNode actors = okJson("/api/actors");
        assertEquals(actors.path("count").asInt(), actors.path("actors").size());
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode a : actors.path("actors")) byId.put(a.path("id").asText(), a);
        assertEquals("turkey", byId.get("turkey").path("side").asText());
        assertEquals("government", byId.get("russia").path("side").asText());
        assertEquals("hts", byId.get("hts").path("side").asText());
        assertTrue(byId.get("coalition").path("side").isNull(), "the coalition has no side");
        assertTrue(byId.get("turkey").path("forms").toString().contains("الجيش التركي"));
        assertEquals(sides.path("sides").get(3).path("colour").asText(), byId.get("sna").path("colour").asText());
        assertError(t.get("/api/sides?lang=ar"), 400);
        // every side of the profile is a filter, none of the old camps' synonyms is
        assertEquals(200, t.get("/api/events?side=turkey").statusCode());
        assertTrue(assertError(t.get("/api/events?side=regime"), 400).path("error").asText().contains("hts, turkey"));
    }

    @Test
    void frames() {
        JsonNode frames = okJson("/api/frames").path("frames");
        assertTrue(frames.size() > 1, frames.toString());
        String previous = "";
        for (JsonNode f : frames) {
            String date = f.path("date").asText();
            assertTrue(date.compareTo(previous) > 0, "frames in order: " + frames);
            previous = date;
            assertTrue(f.has("summary") && f.path("changes").asInt() >= 0, f.toString());
        }
    }

    @Test
    void layersOfADateHoldAllThreeLayersAndValidate() throws Exception {
        JsonNode fc = org.saytara.json.Json.mapper().readTree(okGeoJson("/api/layers/2016-12-12"));
        assertEquals("FeatureCollection", fc.path("type").asText());
        Set<String> layers = new HashSet<>();
        for (JsonNode f : fc.path("features")) layers.add(f.path("properties").path("layer").asText());
        assertTrue(layers.containsAll(Set.of("places", "areas")), layers.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"places", "areas", "changes"})
    void oneLayer(String layer) throws Exception {
        JsonNode fc = org.saytara.json.Json.mapper().readTree(okGeoJson("/api/layers/2016-12-11?layer=" + layer));
        for (JsonNode f : fc.path("features")) assertEquals(layer, f.path("properties").path("layer").asText());
    }

    /**
     * A page holding one date's collection asks for the next with {@code since}: the places it
     * already holds, with those the answer names replaced, are the places of the next date, and
     * the other layers come whole.
     */
    @Test
    void sinceSendsOnlyThePlacesDrawnOtherwise() throws Exception {
        var mapper = org.saytara.json.Json.mapper();
        // Tadmur is the government's in April and ISIS's in December 2016: at least it differs.
        JsonNode before = mapper.readTree(okGeoJson("/api/layers/2016-04-10"));
        JsonNode after = mapper.readTree(okGeoJson("/api/layers/2016-12-12"));
        JsonNode delta = mapper.readTree(okGeoJson("/api/layers/2016-12-12?since=2016-04-10"));
        assertEquals("2016-04-10", delta.path("since").asText());
        java.util.Map<String, JsonNode> places = new java.util.TreeMap<>();
        for (JsonNode f : before.path("features")) {
            if (f.path("properties").path("layer").asText().equals("places")) places.put(f.path("properties").path("id").asText(), f);
        }
        int sent = 0;
        java.util.List<JsonNode> others = new java.util.ArrayList<>();
        for (JsonNode f : delta.path("features")) {
            if (f.path("properties").path("layer").asText().equals("places")) {
                places.put(f.path("properties").path("id").asText(), f);
                sent++;
            } else {
                others.add(f);
            }
        }
        java.util.Map<String, JsonNode> expected = new java.util.TreeMap<>();
        java.util.List<JsonNode> expectedOthers = new java.util.ArrayList<>();
        for (JsonNode f : after.path("features")) {
            if (f.path("properties").path("layer").asText().equals("places")) expected.put(f.path("properties").path("id").asText(), f);
            else expectedOthers.add(f);
        }
        assertEquals(expected, places);
        assertEquals(expectedOthers, others);
        assertTrue(sent > 0 && sent < expected.size(), sent + " of " + expected.size() + " places sent");
        assertTrue(delta.path("features").toString().contains("\"tadmur\""), "Tadmur changed hands between the two dates");
        JsonNode same = mapper.readTree(okGeoJson("/api/layers/2016-12-12?since=2016-12-12&layer=places"));
        assertEquals(0, same.path("features").size(), "nothing differs from the same date");
        assertEquals(400, t.get("/api/layers/2016-12-12.geojson?since=2016-04-10").statusCode());
        assertEquals(400, t.get("/api/layers/2016-12-12?since=2016-13-01").statusCode());
    }

    @Test
    void anyDateWorksNotOnlyFrames() {
        okGeoJson("/api/layers/1999-01-01");
        okGeoJson("/api/layers/2030-06-30");
        okGeoJson("/api/layers/0000-01-01");
        okGeoJson("/api/layers/9999-12-31.geojson");
        assertEquals(200, t.get("/api/events?from=0000-01-01&to=9999-12-31").statusCode());
    }

    @Test
    void layerDownloadIsTheSameCollectionAsAnAttachment() {
        HttpResponse<String> inline = t.get("/api/layers/2016-12-12");
        HttpResponse<String> download = t.get("/api/layers/2016-12-12.geojson");
        assertEquals(200, download.statusCode());
        assertEquals("application/geo+json", download.headers().firstValue("Content-Type").orElse(null));
        assertEquals("attachment; filename=\"saytara-2016-12-12.geojson\"",
                download.headers().firstValue("Content-Disposition").orElse(null));
        assertEquals(inline.body(), download.body());
        assertTrue(inline.headers().firstValue("Content-Disposition").isEmpty());
    }

    @Test
    void timelineExportHasStartAndEndOnEveryFeature() throws Exception {
        JsonNode fc = org.saytara.json.Json.mapper().readTree(okGeoJson("/api/timeline.geojson"));
        assertTrue(fc.path("features").size() > 0);
        for (JsonNode f : fc.path("features")) {
            JsonNode p = f.path("properties");
            assertTrue(p.path("start").isTextual(), f.toString());
            assertTrue(p.has("end"), f.toString());
        }
    }

    @Test
    void eventsAndTheirFilters() {
        JsonNode all = okJson("/api/events");
        int count = all.path("count").asInt();
        assertEquals(count, all.path("events").size());
        assertEquals(t.server.snapshot().events().size(), count);
        JsonNode first = all.path("events").get(0);
        String place = first.path("place").path("id").asText();

        JsonNode atPlace = okJson("/api/events?place=" + place);
        assertTrue(atPlace.path("count").asInt() >= 1);
        for (JsonNode e : atPlace.path("events")) assertEquals(place, e.path("place").path("id").asText());

        JsonNode captures = okJson("/api/events?kind=capture");
        for (JsonNode e : captures.path("events")) assertEquals("capture", e.path("kind").asText());

        JsonNode isis = okJson("/api/events?side=isis");
        assertTrue(isis.path("count").asInt() > 0);
        for (JsonNode e : isis.path("events")) {
            assertTrue(List.of(e.path("controller_after").asText(), e.path("actor_gaining").asText(),
                    e.path("actor_losing").asText()).contains("isis"), e.toString());
        }

        JsonNode december = okJson("/api/events?from=2016-12-01&to=2016-12-31");
        assertTrue(december.path("count").asInt() > 0 && december.path("count").asInt() < count);
        for (JsonNode e : december.path("events")) assertTrue(e.path("date").asText().startsWith("2016-12"), e.toString());

        int claimed = okJson("/api/events?claimed=true").path("count").asInt();
        int unclaimed = okJson("/api/events?claimed=false").path("count").asInt();
        assertEquals(count, claimed + unclaimed);

        JsonNode combined = okJson("/api/events?side=isis&kind=capture&from=2016-12-01");
        for (JsonNode e : combined.path("events")) assertEquals("capture", e.path("kind").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"side=daesh", "kind=battle", "from=2016-13-45", "to=12/12/2016", "claimed=yes",
            "place=..%2F..%2Fetc%2Fpasswd", "place=nowhere-at-all", "from=2016-12-31&to=2016-01-01", "sides=isis",
            "kind=capture&kind=withdrawal"})
    void badEventFiltersAre400NamingTheParameter(String query) {
        JsonNode body = assertError(t.get("/api/events?" + query), 400);
        String name = query.substring(0, query.indexOf('='));
        assertTrue(body.path("error").asText().contains("'" + name + "'")
                || body.path("error").asText().contains("'to'"), body.toString());
    }

    @Test
    void eventsCsv() {
        HttpResponse<String> r = t.get("/api/events.csv");
        assertEquals(200, r.statusCode());
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(null));
        assertEquals("attachment; filename=\"saytara-events.csv\"", r.headers().firstValue("Content-Disposition").orElse(null));
        long rows = r.body().lines().filter(l -> !l.isBlank()).count();
        assertTrue(rows >= t.server.snapshot().events().size() + 1, "header plus a row per event: " + rows);
    }

    @Test
    void placesReportedAndAll() {
        JsonNode reported = okJson("/api/places");
        JsonNode all = okJson("/api/places?all=true");
        assertEquals(reported.path("count").asInt(), reported.path("places").size());
        assertTrue(reported.path("count").asInt() > 0);
        assertTrue(all.path("count").asInt() >= reported.path("count").asInt());
        assertEquals(t.server.snapshot().gazetteer().places().size(), all.path("count").asInt());
        assertError(t.get("/api/places?all=maybe"), 400);
    }

    @Test
    void onePlaceWithHistoryAndEvents() {
        String id = t.server.snapshot().events().get(0).place().id();
        JsonNode p = okJson("/api/places/" + id);
        assertEquals(id, p.path("id").asText());
        assertTrue(p.path("history").size() > 0, p.toString());
        for (JsonNode period : p.path("history")) {
            assertTrue(period.path("from").isTextual() && period.path("control").isTextual(), period.toString());
        }
        assertTrue(p.path("events").size() > 0);
        for (JsonNode e : p.path("events")) assertEquals(id, e.path("place").path("id").asText());
    }

    @Test
    void articlesListAndOneWithEvidenceSpans() {
        JsonNode list = okJson("/api/articles");
        assertEquals(TestServer.articleFiles(TestServer.SEED_CORPUS), list.path("count").asInt());
        String id = list.path("articles").get(0).path("id").asText();
        JsonNode a = okJson("/api/articles/" + id);
        assertEquals(id, a.path("id").asText());
        String text = a.path("text").asText();
        assertFalse(text.isEmpty());
        assertFalse(a.has("origin"), "file names stay on the server");
        assertTrue(a.path("events").size() > 0, a.toString());
        for (JsonNode e : a.path("events")) {
            JsonNode span = e.path("evidence_span");
            String evidence = text.substring(span.path("start").asInt(), span.path("end").asInt());
            assertEquals(e.path("evidence").asText(), evidence);
            JsonNode place = e.path("place_span");
            assertTrue(place.path("start").asInt() >= 0 && place.path("end").asInt() <= text.length());
        }
    }

    @Test
    void basemap() {
        String body = okGeoJson("/api/basemap.geojson");
        assertTrue(body.contains("\"Syria\""), "Syria is on the basemap");
    }

    // --- seed corpus facts -------------------------------------------------------------------

    @Test
    void seedCorpusControlOnKeyDates() throws Exception {
        assertEquals("government", Seed.control(t, "2016-04-10", Seed.TADMUR));
        assertEquals("isis", Seed.control(t, "2016-12-12", Seed.TADMUR));
        assertEquals("government", Seed.control(t, "2016-04-10", Seed.QARYATAYN));
        JsonNode t4 = Seed.place(t, "2016-12-13", Seed.T4);
        assertFalse("isis".equals(t4.path("side").asText()) && !t4.path("contested").asBoolean()
                && !t4.path("claimed").asBoolean(), "T4 must not be plainly ISIS-held: " + t4);
        assertEquals("isis", Seed.control(t, "2016-12-13", Seed.MAHR));
        assertEquals("isis", Seed.control(t, "2016-12-13", Seed.HUWAYSIS));
        String jazal = Seed.control(t, "2016-12-13", Seed.JAZAL);
        assertTrue(jazal.equals("isis") || jazal.equals("contested"), jazal);
    }

    // --- caching -----------------------------------------------------------------------------

    @Test
    void etagAnd304() {
        HttpResponse<String> first = t.get("/api/layers/2016-12-12?layer=places");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "strong: " + etag);
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> again = t.get("/api/layers/2016-12-12?layer=places", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertEquals(200, t.get("/api/layers/2016-12-12?layer=places", "If-None-Match", "\"other\"").statusCode());
        assertNotEquals(etag, t.get("/api/layers/2016-12-12?layer=areas").headers().firstValue("ETag").orElseThrow());
        assertNotEquals(etag, t.get("/api/layers/2016-12-13?layer=places").headers().firstValue("ETag").orElseThrow());
        for (String path : List.of("/api/meta", "/api/frames", "/api/events", "/api/events.csv", "/api/places",
                "/api/timeline.geojson", "/api/articles", "/api/basemap.geojson", "/api/sides", "/api/actors")) {
            HttpResponse<String> r = t.get(path);
            String tag = r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertEquals(304, t.get(path, "If-None-Match", tag).statusCode(), path);
        }
    }

    // --- refusals ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/api/layers/2016-13-45", "/api/layers/2016-02-30", "/api/layers/16-12-12",
            "/api/layers/2016-12-12.json", "/api/layers/2016-12-12?layer=roads", "/api/layers/2016-12-12?when=now",
            "/api/places/a%20b", "/api/articles/%3Cscript%3E", "/api/places/..%2F..%2Fetc%2Fpasswd"})
    void malformedParametersAre400(String path) {
        assertError(t.get(path), 400);
    }

    @Test
    void unknownIdsAndRoutesAre404() {
        assertError(t.get("/api/places/no-such-place"), 404);
        assertError(t.get("/api/articles/no-such-article"), 404);
        assertError(t.get("/api/nothing-here"), 404);
        assertError(t.get("/no/such/file.js"), 404);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> get = t.get("/api/layers/2016-12-12");
        HttpResponse<String> head = t.method("HEAD", "/api/layers/2016-12-12");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals("application/geo+json", head.headers().firstValue("Content-Type").orElse(null));
        assertEquals(400, t.method("HEAD", "/api/layers/2016-13-45").statusCode());
        assertEquals(404, t.method("HEAD", "/api/places/nowhere").statusCode());
    }

    @Test
    void compressedBodiesVaryOnAcceptEncoding() {
        HttpResponse<byte[]> gz = t.getBytes("/api/layers/2016-12-12", "Accept-Encoding", "gzip");
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", gz.headers().firstValue("Vary").orElse(null));
    }

    @Test
    void wrongMethodsAre405() {
        HttpResponse<String> delete = assertErrorResponse(t.method("DELETE", "/api/articles"), 405);
        assertEquals(Set.of("GET", "HEAD", "POST"), Set.of(delete.headers().firstValue("Allow").orElse("").split(",")));
        assertError(t.method("PUT", "/api/layers/2016-12-12"), 405);
        assertError(t.post("/api/frames", "application/json", "{}"), 405);
    }

    @Test
    void oversizedQueryStringsAreRefused() {
        assertError(t.get("/api/events?place=" + "a".repeat(3000)), 414);
        // Past Jetty's own limit the refusal comes from Jetty, in the same JSON shape.
        String huge = t.rawGet("/api/events?place=" + "a".repeat(20_000));
        assertEquals(414, TestServer.rawStatus(huge), huge);
        assertTrue(TestServer.rawBody(huge).contains("\"error\""), huge);
        String bigHeader = t.raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(431, TestServer.rawStatus(bigHeader), bigHeader);
        assertTrue(TestServer.rawBody(bigHeader).contains("\"error\""), bigHeader);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd", "/%252e%252e/%252e%252e/etc/passwd",
            "/%c0%ae%c0%ae/etc/passwd", "/webjars/../../../../etc/passwd", "/webjars/leaflet/1.9.4/dist/../../../../../../etc/passwd",
            "/webjars/leaflet/1.9.4/dist/%2e%2e/%2e%2e/%2e%2e/%2e%2e/META-INF/MANIFEST.MF", "/index.html/../../pom.xml",
            "/leak/passwd", "/leak/", "/;/../etc/passwd", "/api/places/..%2F..%2Fetc%2Fpasswd",
            "/api/places/../../etc/passwd", "/api/articles/..%2f..%2f..%2fpom.xml", "/api/articles/%2e%2e",
            "/api/layers/..%2F..%2Fetc%2Fpasswd", "/api/layers/../../etc/passwd.geojson", "/api/layers/2016-12-12%00.geojson",
            "/corpus/000_7c178ebcb6b4351f.txt", "/pom.xml", "/org/saytara/web/Server.class", "/WEB-INF/web.xml",
            "/geodata/countries.geojson", "/META-INF/MANIFEST.MF"})
    void pathTraversalServesNothingOutsideThePageAndWebJars(String path) {
        String response = t.rawGet(path);
        int status = TestServer.rawStatus(response);
        assertTrue(status == 400 || status == 404, path + " -> " + response);
        String body = TestServer.rawBody(response);
        assertTrue(body.contains("\"error\""), path + " -> " + body);
        assertNoLeak(body);
    }

    // --- the page ----------------------------------------------------------------------------

    @Test
    void servesThePageAndLeafletWithSecurityHeaders() {
        HttpResponse<String> page = t.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Saytara test page"));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertSecurityHeaders(page);
        HttpResponse<String> leaflet = t.get("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertEquals(200, leaflet.statusCode());
        assertTrue(leaflet.body().contains("Leaflet 1.9.4"));
        assertSecurityHeaders(leaflet);
        assertEquals(200, t.get("/webjars/leaflet/1.9.4/dist/leaflet.css").statusCode());
    }

    @Test
    void errorResponsesCarrySecurityHeadersToo() {
        assertSecurityHeaders(t.get("/api/layers/2016-13-45"));
        assertSecurityHeaders(t.get("/api/places/nowhere"));
    }
}
