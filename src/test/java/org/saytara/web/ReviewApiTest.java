package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.web.ServerReadTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saytara.store.TestDatabases;

/**
 * Reviews through the API, on SQLite and on PostgreSQL: each action and what it does to the
 * events, the layers, the downloads and the timeline; the audit trail; restarts; orphans;
 * refusals; reviewers named by token; and, on PostgreSQL, the PostGIS tables.
 */
class ReviewApiTest {
    @TempDir
    Path dir;

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static HttpResponse<String> post(TestServer t, String path, String json, String... headers) {
        return t.post(path, "application/json", json, headers);
    }

    private static List<JsonNode> events(TestServer t, String query) {
        JsonNode body = TestServer.json(t.get("/api/events" + query));
        List<JsonNode> out = new ArrayList<>();
        body.path("events").forEach(out::add);
        assertEquals(body.path("count").asInt(), out.size());
        return out;
    }

    private static JsonNode event(TestServer t, String id, String query) {
        return events(t, query).stream().filter(e -> e.path("id").asText().equals(id)).findFirst().orElse(null);
    }

    /** The changes-layer feature of an event on its date, or null. */
    private static JsonNode change(TestServer t, JsonNode event) {
        JsonNode layer = TestServer.json(t.get("/api/layers/" + event.path("date").asText() + "?layer=changes"));
        for (JsonNode f : layer.path("features")) {
            if (f.path("properties").path("event_id").asText().equals(event.path("id").asText())) return f.path("properties");
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void reviewsApplyEverywhereAndSurviveRestartsAndReExtraction(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.fresh(kind, dir)) {
            String confirmed, rejected, corrected, rejectedPlace, orphanArticle;
            try (TestServer t = TestServer.start(dir, c -> c.withDb(db.spec()))) {
                List<JsonNode> all = events(t, "");
                assertTrue(all.stream().allMatch(e -> e.has("review") && e.path("review").isNull()), "nobody reviewed yet");
                // A capture at a place only one event names: rejecting it must take the place off the map.
                Map<String, Integer> perPlace = new HashMap<>();
                all.forEach(e -> perPlace.merge(e.path("place").path("id").asText(), 1, Integer::sum));
                JsonNode lone = all.stream().filter(e -> perPlace.get(e.path("place").path("id").asText()) == 1)
                        .findFirst().orElseThrow(() -> new AssertionError("the seeds have a place named once"));
                rejected = lone.path("id").asText();
                rejectedPlace = lone.path("place").path("id").asText();
                // From another article: that article is taken away below to orphan this review alone.
                JsonNode toConfirm = all.stream().filter(e -> !e.path("article").asText().equals(lone.path("article").asText()))
                        .findFirst().orElseThrow();
                confirmed = toConfirm.path("id").asText();
                orphanArticle = toConfirm.path("article").asText();
                JsonNode toCorrect = all.stream().filter(e -> e.path("kind").asText().equals("capture")
                        && !e.path("controller_after").asText().equals("opposition")
                        && !e.path("id").asText().equals(rejected) && !e.path("article").asText().equals(orphanArticle))
                        .findFirst().orElseThrow();
                corrected = toCorrect.path("id").asText();

                // Confirm: 201, the review, its Location; the event carries the mark.
                HttpResponse<String> r = post(t, "/api/events/" + confirmed + "/review", "{\"action\":\"confirm\",\"note\":\"two outlets agree\"}");
                assertEquals(201, r.statusCode(), r.body());
                JsonNode review = TestServer.json(r);
                assertEquals("/api/reviews/" + review.path("id").asLong(), r.headers().firstValue("Location").orElseThrow());
                for (String field : List.of("id", "event_id", "action", "before", "after", "reviewer", "at", "note")) {
                    assertTrue(review.has(field), field + " in " + review);
                }
                assertEquals(confirmed, review.path("event_id").asText());
                assertEquals("confirm", review.path("action").asText());
                assertEquals("local", review.path("reviewer").asText());
                assertEquals("two outlets agree", review.path("note").asText());
                assertEquals(review.path("before"), review.path("after"));
                JsonNode mark = event(t, confirmed, "").path("review");
                assertEquals("confirmed", mark.path("status").asText());
                assertEquals("local", mark.path("by").asText());
                assertEquals(review.path("at").asText(), mark.path("at").asText());

                // Reject: gone from the events, the layers, the downloads and the timeline, unless asked for.
                assertNotNull(change(t, lone));
                assertEquals(201, post(t, "/api/events/" + rejected + "/review", "{\"action\":\"reject\",\"note\":\"a landmark, not a place\"}").statusCode());
                assertEquals(null, event(t, rejected, ""));
                assertEquals("rejected", event(t, rejected, "?include=rejected").path("review").path("status").asText());
                assertEquals(null, change(t, lone));
                String withRejected = t.get("/api/layers/" + lone.path("date").asText() + "?layer=changes&include=rejected").body();
                org.saytara.geojson.GeoJsonValidator.assertValid(withRejected);
                assertTrue(withRejected.contains("\"event_id\":\"" + rejected + "\"") && withRejected.contains("\"review_status\":\"rejected\""));
                assertFalse(t.get("/api/events.csv").body().contains(rejected));
                assertTrue(t.get("/api/events.csv?include=rejected").body().contains(rejected));
                assertEquals(0, TestServer.json(t.get("/api/places/" + rejectedPlace)).path("history").size());
                JsonNode article = TestServer.json(t.get("/api/articles/" + lone.path("article").asText()));
                assertTrue(StreamSupport.stream(article.path("events").spliterator(), false)
                        .anyMatch(e -> e.path("id").asText().equals(rejected) && e.path("review").path("status").asText().equals("rejected")),
                        "the reader still shows it, marked");

                // Correct: the fields change, the layers follow, provenance says who.
                String set = "{\"action\":\"correct\",\"set\":{\"gaining_side\":\"opposition\",\"date\":\"2016-11-30\"}}";
                JsonNode correction = TestServer.json(post(t, "/api/events/" + corrected + "/review", set));
                assertEquals("opposition", correction.path("after").path("gaining_side").asText());
                assertEquals("opposition", correction.path("set").path("gaining_side").asText());
                JsonNode c = event(t, corrected, "");
                assertEquals("opposition", c.path("controller_after").asText());
                assertEquals("2016-11-30", c.path("date").asText());
                assertEquals("corrected", c.path("review").path("status").asText());
                JsonNode feature = change(t, c);
                assertEquals("corrected", feature.path("review_status").asText());
                assertEquals("local", feature.path("reviewed_by").asText());
                assertEquals("opposition", feature.path("controller_after").asText());
                String place = c.path("place").path("name_ar").asText();
                assertEquals("opposition", Seed.control(t, "2016-11-30", java.util.Set.of(place)));

                // A pin holds a place over its dates; taking it off gives the reports back.
                assertEquals("isis", Seed.control(t, "2016-12-13", Seed.TADMUR));
                HttpResponse<String> pinned = post(t, "/api/places/tadmur/pins",
                        "{\"control\":\"government\",\"from\":\"2016-12-12\",\"to\":\"2016-12-14\",\"note\":\"held the citadel\"}");
                assertEquals(201, pinned.statusCode(), pinned.body());
                long pinId = TestServer.json(pinned).path("id").asLong();
                JsonNode tadmur = Seed.place(t, "2016-12-13", Seed.TADMUR);
                assertEquals("government", tadmur.path("side").asText());
                assertEquals("local", tadmur.path("pinned_by").asText());
                assertEquals("held the citadel", tadmur.path("pin_note").asText());
                assertEquals("isis", Seed.control(t, "2016-12-15", Seed.TADMUR), "the pin's last day was the 14th");
                assertEquals(1, TestServer.json(t.get("/api/places/tadmur/pins")).path("count").asInt());
                assertEquals(1, TestServer.json(t.get("/api/places/tadmur")).path("pins").size());
                assertTrue(t.get("/api/timeline.geojson").body().contains("\"pinned_by\":\"local\""));
                HttpResponse<String> off = t.send("DELETE", "/api/places/tadmur/pins/" + pinId, null);
                assertEquals(200, off.statusCode(), off.body());
                assertEquals("unpin", TestServer.json(off).path("action").asText());
                assertEquals("isis", Seed.control(t, "2016-12-13", Seed.TADMUR));
                assertEquals(404, t.send("DELETE", "/api/places/tadmur/pins/" + pinId, null).statusCode());

                // The audit trail, as JSON and CSV.
                JsonNode trail = TestServer.json(t.get("/api/reviews"));
                assertEquals(5, trail.path("count").asInt());
                assertEquals(List.of("confirm", "reject", "correct", "pin", "unpin"), StreamSupport.stream(
                        trail.path("reviews").spliterator(), false).map(x -> x.path("action").asText()).toList());
                String csv = t.get("/api/reviews.csv").body();
                assertEquals(6, csv.split("\r\n").length, csv);
                assertTrue(csv.startsWith("id,at,reviewer,action,event_id,place_id,orphaned,note,set,before,after\r\n"));
                assertEquals(1, TestServer.json(t.get("/api/reviews?event=" + rejected)).path("count").asInt());

                if (db.postgres()) {
                    t.server.store().flushMapTables();
                    try (Connection conn = db.connect(); Statement st = conn.createStatement()) {
                        assertEquals("rejected", one(st, "SELECT review_status FROM events WHERE id = '" + rejected + "'"));
                        assertEquals("opposition", one(st, "SELECT controller_after FROM events WHERE id = '" + corrected + "'"));
                        assertEquals("2016-11-30", one(st, "SELECT date::text FROM events WHERE id = '" + corrected + "'"));
                        assertEquals(String.valueOf(t.server.snapshot().allEvents().size()), one(st, "SELECT count(*) FROM events"));
                        assertEquals("0", one(st, "SELECT count(*) FROM control_periods WHERE event_ids LIKE '%" + rejected + "%'"));
                        assertEquals("isis", one(st, "SELECT side FROM control_periods WHERE place_id = 'tadmur'"
                                + " AND start_date <= DATE '2016-12-13' AND (end_date IS NULL OR end_date > DATE '2016-12-13')"));
                        assertEquals("38.284", one(st, "SELECT round(ST_X(geom)::numeric, 3)::text FROM places WHERE id = 'tadmur'"));
                        assertEquals(t.server.snapshot().version(), one(st, "SELECT version FROM map_state"));
                    }
                }
            }

            // A restart on the same database: every review applies again.
            try (TestServer t = TestServer.restart(dir, c -> c.withDb(db.spec()))) {
                assertEquals(5, TestServer.json(t.get("/api/reviews")).path("count").asInt());
                assertEquals(null, event(t, rejected, ""));
                assertEquals("opposition", event(t, corrected, "").path("controller_after").asText());
                assertEquals("confirmed", event(t, confirmed, "").path("review").path("status").asText());

                // The article of a reviewed event goes away: the review is kept, marked orphaned.
                Path corpus = dir.resolve("corpus");
                Path hidden = Files.createDirectories(dir.resolve("aside"));
                List<Path> moved = new ArrayList<>();
                try (var files = Files.list(corpus)) {
                    for (Path f : files.filter(f -> f.getFileName().toString().startsWith(orphanArticle + ".")).toList()) {
                        moved.add(Files.move(f, hidden.resolve(f.getFileName())));
                    }
                }
                assertFalse(moved.isEmpty());
                assertEquals(200, post(t, "/api/reload", "").statusCode());
                JsonNode orphans = TestServer.json(t.get("/api/reviews?orphaned=true"));
                assertEquals(1, orphans.path("count").asInt(), "orphans: " + orphans.path("count"));
                assertEquals(confirmed, orphans.path("reviews").get(0).path("event_id").asText());
                assertEquals(5, TestServer.json(t.get("/api/reviews")).path("count").asInt(), "never dropped");
                assertEquals(1, TestServer.json(t.get("/api/review-queue")).path("orphaned").asInt());
                for (Path f : moved) Files.move(f, corpus.resolve(f.getFileName()));
                assertEquals(200, post(t, "/api/reload", "").statusCode());
                assertEquals(0, TestServer.json(t.get("/api/reviews?orphaned=true")).path("count").asInt());
                assertEquals("confirmed", event(t, confirmed, "").path("review").path("status").asText(), "applies again");
            }
        }
    }

    @Test
    void badReviewsAreRefusedWithAClearErrorAndNothingIsStored() {
        try (TestServer t = TestServer.start(dir)) {
            String id = events(t, "").get(0).path("id").asText();
            String path = "/api/events/" + id + "/review";
            Map<String, String> refusals = new java.util.LinkedHashMap<>();
            refusals.put("{\"action\":\"approve\"}", "'action' must be confirm, reject or correct");
            refusals.put("{}", "'action' must be confirm, reject or correct");
            refusals.put("{\"action\":\"correct\"}", "'correct' needs 'set'");
            refusals.put("{\"action\":\"confirm\",\"set\":{\"claimed\":true}}", "'set' belongs only to 'correct'");
            refusals.put("{\"action\":\"correct\",\"set\":{\"gaining_side\":\"wagner\"}}", "'set.gaining_side' is not a side code");
            refusals.put("{\"action\":\"correct\",\"set\":{\"place\":\"no-such-place\"}}", "'set.place' is not a place id");
            refusals.put("{\"action\":\"correct\",\"set\":{\"date_min\":\"2016-12-10\",\"date_max\":\"2016-12-01\"}}", "'set.date_min' is after 'set.date_max'");
            refusals.put("{\"action\":\"correct\",\"set\":{\"date\":\"yesterday\"}}", "'set.date' must be a date as YYYY-MM-DD");
            refusals.put("{\"action\":\"confirm\",\"reviewer\":\"someone else\"}", "unknown field 'reviewer'");
            refusals.put("{\"action\":\"confirm\",\"note\":42}", "'note' must be a string");
            refusals.put("[1,2]", "send a JSON object");
            refusals.put("{\"action\":", "not valid JSON");
            refusals.forEach((body, message) -> {
                JsonNode e = assertError(post(t, path, body), 400);
                assertTrue(e.path("error").asText().contains(message), body + " → " + e);
            });
            assertError(post(t, "/api/events/no-such-event/review", "{\"action\":\"confirm\"}"), 404);
            assertError(t.post(path, "text/plain", "{\"action\":\"confirm\"}"), 415);
            assertError(post(t, "/api/places/no-such-place/pins", "{\"control\":\"isis\",\"from\":\"2016-12-01\"}"), 404);
            assertError(post(t, "/api/places/tadmur/pins", "{\"control\":\"isis\",\"from\":\"2016-12-01\",\"to\":\"2016-11-01\"}"), 400);
            assertError(t.send("DELETE", "/api/places/tadmur/pins/99", null), 404);
            assertError(t.get("/api/events?include=everything"), 400);
            assertEquals(0, TestServer.json(t.get("/api/reviews")).path("count").asInt());
        }
    }

    @Test
    void namedTokensNameTheReviewerAndAreRequired() throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens.tsv"),
                "# reviewers of the Palmyra desk\nلينا حداد\tlina-0123456789abcdef\nomar\tomar-0123456789abcdef\n");
        try (TestServer t = TestServer.start(dir, c -> c.withTokensFile(tokens))) {
            String path = "/api/events/" + events(t, "").get(0).path("id").asText() + "/review";
            assertError(post(t, path, "{\"action\":\"confirm\"}"), 401);
            assertError(post(t, path, "{\"action\":\"confirm\"}", "Authorization", "Bearer omar-0123456789abcdeX"), 401);
            JsonNode r = TestServer.json(post(t, path, "{\"action\":\"confirm\"}", "Authorization", "Bearer lina-0123456789abcdef"));
            assertEquals("لينا حداد", r.path("reviewer").asText());
            r = TestServer.json(post(t, path, "{\"action\":\"reject\"}", "Authorization", "Bearer omar-0123456789abcdef"));
            assertEquals("omar", r.path("reviewer").asText());
            assertEquals("omar", event(t, r.path("event_id").asText(), "?include=rejected").path("review").path("by").asText());
        }
    }

    @Test
    void theQueuePutsDoubtfulEventsFirstAndLeavesReviewedOnesOut() {
        try (TestServer t = TestServer.start(dir)) {
            JsonNode q = TestServer.json(t.get("/api/review-queue"));
            int count = q.path("count").asInt();
            assertEquals(events(t, "").size(), count);
            double last = Double.MAX_VALUE;
            for (JsonNode item : q.path("events")) {
                double doubt = item.path("doubt").asDouble();
                assertTrue(doubt <= last, "sorted by doubt: " + q);
                last = doubt;
                if (item.path("event").path("claimed").asBoolean()) {
                    assertTrue(StreamSupport.stream(item.path("reasons").spliterator(), false).anyMatch(x -> x.asText().equals("claimed")));
                }
            }
            assertTrue(q.path("events").get(0).path("reasons").size() > 0, "the seeds have doubtful events");
            String first = q.path("events").get(0).path("event").path("id").asText();
            assertEquals(201, post(t, "/api/events/" + first + "/review", "{\"action\":\"confirm\"}").statusCode());
            JsonNode after = TestServer.json(t.get("/api/review-queue?limit=1"));
            assertEquals(count - 1, after.path("count").asInt());
            assertEquals(1, after.path("reviewed").asInt());
            assertEquals(1, after.path("events").size());
            assertFalse(after.path("events").get(0).path("event").path("id").asText().equals(first));
        }
    }

    @Test
    void aReviewProcessesItsEventsArticleAloneAndKeepsTheRestShared() {
        try (TestServer t = TestServer.start(dir)) {
            Snapshot before = t.server.snapshot();
            org.saytara.extract.Event target = before.eventsAt("tadmur").get(0);
            assertEquals(201, post(t, "/api/events/" + target.id() + "/review", "{\"action\":\"reject\"}").statusCode());
            Snapshot after = t.server.snapshot();
            assertFalse(after.version().equals(before.version()));
            // Other articles keep their very event objects; places the article does not name keep their histories.
            java.util.Set<String> named = new java.util.HashSet<>();
            for (org.saytara.extract.Event e : before.eventsOfArticle(target.article())) named.add(e.place().id());
            int sharedEvents = 0, sharedPlaces = 0;
            for (org.saytara.corpus.ArticleInfo a : before.articles()) {
                if (a.id().equals(target.article())) continue;
                List<org.saytara.extract.Event> was = before.eventsOfArticle(a.id()), now = after.eventsOfArticle(a.id());
                assertEquals(was.size(), now.size());
                for (int i = 0; i < was.size(); i++) assertTrue(was.get(i) == now.get(i), a.id());
                sharedEvents += was.size();
            }
            for (org.saytara.timeline.PlaceHistory h : before.timeline().histories()) {
                String id = h.place().id();
                if (named.contains(id) || before.gazetteer().byId(id).map(p -> p.parentId() != null).orElse(true)) continue;
                assertTrue(h == after.timeline().history(id).orElseThrow(), id);
                sharedPlaces++;
            }
            assertTrue(sharedEvents > 0 && sharedPlaces > 0, sharedEvents + " events, " + sharedPlaces + " places shared");
            assertTrue(after.event(target.id()).review().rejected());
            assertFalse(after.eventsAt("tadmur").stream().anyMatch(e -> e.id().equals(target.id())));
        }
    }

    @Test
    void placeSearchFindsArabicAndEnglishNames() {
        try (TestServer t = TestServer.start(dir)) {
            JsonNode ar = TestServer.json(t.get("/api/places?q=" + java.net.URLEncoder.encode("تدم", java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals("tadmur", ar.path("places").get(0).path("id").asText(), ar.toString());
            JsonNode en = TestServer.json(t.get("/api/places?q=PALM&limit=5"));
            assertTrue(en.path("count").asInt() >= 1 && en.path("count").asInt() <= 5, en.toString());
            assertEquals(0, TestServer.json(t.get("/api/places?q=zzzzqqq")).path("count").asInt());
            assertError(t.get("/api/places?q=a&limit=0"), 400);
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
