package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.web.ServerReadTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding articles: the happy path, every refusal, the write rules, the rate, and reloads. */
class ServerWriteTest {
    @TempDir
    Path dir;

    /** A report of a capture the seed corpus does not have, so its events are new. */
    static Map<String, Object> article(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "قوات النظام تستعيد السيطرة على القريتين");
        m.put("outlet", "test outlet");
        m.put("url", "https://example.org/news/1");
        m.put("published", "2016-12-20");
        m.put("text", text);
        return m;
    }

    static final String CAPTURE_TEXT = "سيطرت قوات النظام يوم الأحد على مدينة تدمر بعد معارك عنيفة مع تنظيم الدولة.";

    @Test
    void postedArticleIsWrittenExtractedAndServed() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            int before = TestServer.articleFiles(t.corpus);
            String layerTag = t.get("/api/layers/2016-12-25").headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> r = t.postJson(article(CAPTURE_TEXT));
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(null));
            JsonNode body = TestServer.json(r);
            String id = body.path("article").path("id").asText();
            assertEquals("/api/articles/" + id, r.headers().firstValue("Location").orElse(null));
            assertEquals(CAPTURE_TEXT, body.path("article").path("text").asText());
            assertTrue(body.path("events").size() > 0, "the capture of Tadmur is found: " + body);

            // On disk, complete, no temporary files left behind.
            assertEquals(before + 1, TestServer.articleFiles(t.corpus));
            assertEquals(CAPTURE_TEXT, Files.readString(t.corpus.resolve(id + ".txt"), StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.list(t.corpus)) {
                // Only the review database's folder is hidden there.
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")
                        && !f.getFileName().toString().equals(".saytara")));
            }

            // Served at once, without a restart; cached layers were invalidated.
            JsonNode served = TestServer.json(t.get("/api/articles/" + id));
            assertEquals(body.path("events").size(), served.path("events").size());
            assertEquals(before + 1, TestServer.json(t.get("/health")).path("articles").asInt());
            HttpResponse<String> layer = t.get("/api/layers/2016-12-25", "If-None-Match", layerTag);
            assertEquals(200, layer.statusCode());
            assertNotEquals(layerTag, layer.headers().firstValue("ETag").orElseThrow());
            assertEquals("government", Seed.control(t, "2016-12-25", Seed.TADMUR));

            // The same article again is a conflict, not a copy.
            assertError(t.postJson(article(CAPTURE_TEXT)), 409);
            assertEquals(before + 1, TestServer.articleFiles(t.corpus));
        }
    }

    @Test
    void markupInEveryFieldComesBackAsPlainJsonData() {
        try (TestServer t = TestServer.start(dir)) {
            Map<String, Object> m = article("<script>alert(1)</script><img src=x onerror=alert(2)> " + CAPTURE_TEXT);
            m.put("title", "<b onmouseover=alert(3)>عنوان</b>");
            m.put("outlet", "\"><svg onload=alert(4)>");
            m.put("url", "https://example.org/?q=%3Cscript%3Ealert(5)%3C/script%3E");
            HttpResponse<String> r = t.postJson(m);
            assertEquals(201, r.statusCode(), r.body());
            String id = TestServer.json(r).path("article").path("id").asText();
            HttpResponse<String> got = t.get("/api/articles/" + id);
            assertEquals("application/json", got.headers().firstValue("Content-Type").orElse(null));
            assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(null));
            JsonNode a = TestServer.json(got);
            assertEquals(m.get("title"), a.path("title").asText());
            assertEquals(m.get("outlet"), a.path("outlet").asText());
            assertEquals(m.get("url"), a.path("url").asText());
            assertTrue(a.path("text").asText().startsWith("<script>alert(1)</script>"));
        }
    }

    @Test
    void refusalsOfPostedArticles() {
        try (TestServer t = TestServer.start(dir, c -> c.withLimits(Limits.defaults().withWritesPerMinute(1000)))) {
            int before = TestServer.articleFiles(t.corpus);
            assertError(t.post("/api/articles", "text/plain", CAPTURE_TEXT), 415);
            assertError(t.post("/api/articles", "application/x-www-form-urlencoded", "text=x"), 415);
            assertError(t.post("/api/articles", null, "{\"text\":\"x\"}"), 415);
            assertError(t.post("/api/articles", "application/json; charset=iso-8859-1", "{\"text\":\"x\"}"), 415);
            assertError(t.post("/api/articles", "application/jsonp", "{\"text\":\"x\"}"), 415);
            // Accepted spellings of the one encoding JSON has reach the body checks (400 here: no text).
            assertError(t.post("/api/articles", "Application/JSON; charset=\"UTF-8\"", "{}"), 400);
            assertError(t.post("/api/articles", "application/json", "{\"text\":"), 400);
            assertError(t.post("/api/articles", "application/json", "[]"), 400);
            assertError(t.post("/api/articles", "application/json", ""), 400);
            assertError(t.postJson(Map.of("title", "no text")), 400);
            Map<String, Object> badDate = article(CAPTURE_TEXT);
            badDate.put("published", "2016-13-45");
            JsonNode e = assertError(t.postJson(badDate), 400);
            assertTrue(e.path("error").asText().contains("'published'"), e.toString());
            Map<String, Object> badUrl = article(CAPTURE_TEXT);
            badUrl.put("url", "javascript:alert(1)");
            assertError(t.postJson(badUrl), 400);
            Map<String, Object> longTitle = article(CAPTURE_TEXT);
            longTitle.put("title", "ع".repeat(5000));
            assertError(t.postJson(longTitle), 400);

            // Over 1 MB of text: 413, however it is sent.
            assertError(t.postJson(article("ت".repeat(600_000))), 413);
            // Over the body limit: 413 before the JSON is even read.
            assertError(t.post("/api/articles", "application/json", "{\"text\":\"" + "a".repeat(5 << 20) + "\"}"), 413);
            String chunked = t.raw("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + Integer.toHexString(5 << 20) + "\r\n" + "a".repeat(5 << 20) + "\r\n0\r\n\r\n");
            assertEquals(413, TestServer.rawStatus(chunked), chunked.substring(0, Math.min(200, chunked.length())));

            assertEquals(before, TestServer.articleFiles(t.corpus), "nothing refused reached the corpus");
        }
    }

    @Test
    void loopbackServerWithoutTokenRefusesForeignHostNames() {
        try (TestServer t = TestServer.start(dir)) {
            String body = "{\"text\":\"" + CAPTURE_TEXT + "\"}";
            int length = body.getBytes(StandardCharsets.UTF_8).length;
            String response = t.raw("POST /api/articles HTTP/1.1\r\nHost: attacker.example:7070\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n" + body);
            assertEquals(403, TestServer.rawStatus(response), response);
            assertEquals(403, TestServer.rawStatus(t.raw("POST /api/reload HTTP/1.1\r\nHost: attacker.example\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n")));
        }
    }

    @Test
    void withATokenWritesNeedItAndReadsStayOpen() {
        try (TestServer t = TestServer.start(dir, c -> c.withToken("correct horse battery staple"))) {
            HttpResponse<String> missing = t.postJson(article(CAPTURE_TEXT));
            assertError(missing, 401);
            assertEquals("Bearer", missing.headers().firstValue("WWW-Authenticate").orElse(null));
            assertError(t.postJson(article(CAPTURE_TEXT), "Authorization", "Bearer wrong"), 401);
            assertError(t.post("/api/reload", "application/json", ""), 401);
            assertEquals(200, t.get("/api/layers/2016-12-12").statusCode());
            assertEquals(200, t.get("/api/articles").statusCode());
            HttpResponse<String> ok = t.postJson(article(CAPTURE_TEXT), "Authorization", "Bearer correct horse battery staple");
            assertEquals(201, ok.statusCode(), ok.body());
            assertEquals(200, t.post("/api/reload", "application/json", "",
                    "Authorization", "Bearer correct horse battery staple").statusCode());
        }
    }

    @Test
    void writesOverTheRateAre429() {
        try (TestServer t = TestServer.start(dir, c -> c.withLimits(Limits.defaults().withWritesPerMinute(3)))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(201, t.postJson(article(CAPTURE_TEXT + " " + i)).statusCode());
            }
            HttpResponse<String> limited = t.postJson(article(CAPTURE_TEXT + " 4"));
            assertError(limited, 429);
            assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
            assertError(t.post("/api/reload", "application/json", ""), 429);
            // Reads are not rate limited.
            for (int i = 0; i < 20; i++) assertEquals(200, t.get("/api/frames").statusCode());
        }
    }

    @Test
    void reloadPicksUpFilesDroppedByHand() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            int before = TestServer.json(t.get("/health")).path("articles").asInt();
            dropArticle(t.corpus, "by-hand-1");
            assertEquals(before, TestServer.json(t.get("/health")).path("articles").asInt(), "not watching");
            HttpResponse<String> r = t.post("/api/reload", "application/json", "");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(before + 1, TestServer.json(r).path("articles").asInt());
            assertEquals(before + 1, TestServer.json(t.get("/health")).path("articles").asInt());
            assertEquals(200, t.get("/api/articles/by-hand-1").statusCode());
        }
    }

    @Test
    void watcherPicksUpFilesDroppedByHand() throws Exception {
        try (TestServer t = TestServer.start(dir, c -> c.withWatchCorpus(true)
                .withLimits(Limits.defaults().withReloadDebounce(Duration.ofMillis(200))))) {
            // A posted article is published at once; its own files in the folder cause no second load.
            int loads = t.server.store().loads();
            assertEquals(201, t.postJson(article(CAPTURE_TEXT)).statusCode());
            Snapshot afterPost = t.server.snapshot();
            Thread.sleep(1500);
            assertEquals(loads, t.server.store().loads(), "no reload for the server's own writes");
            assertSame(afterPost, t.server.snapshot());

            int before = TestServer.json(t.get("/health")).path("articles").asInt();
            dropArticle(t.corpus, "by-hand-2");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int now = before;
            while (now == before && System.nanoTime() < deadline) {
                Thread.sleep(100);
                now = TestServer.json(t.get("/health")).path("articles").asInt();
            }
            assertEquals(before + 1, now, "the watcher reloaded the corpus");
            assertEquals(loads + 1, t.server.store().loads());
            assertFalse(TestServer.json(t.get("/api/articles/by-hand-2")).path("events").isEmpty());
        }
    }

    @Test
    void aFailedReloadKeepsServingTheLastGoodStateAndSaysNothingInternal() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            JsonNode before = TestServer.json(t.get("/health"));
            String layers = t.get("/api/layers/2016-12-12").body();
            try (Stream<Path> files = Files.walk(t.corpus)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
            }
            JsonNode error = assertError(t.post("/api/reload", "application/json", ""), 500);
            assertFalse(error.toString().contains(t.corpus.getFileName().toString()), error.toString());
            assertEquals(before, TestServer.json(t.get("/health")));
            assertEquals(layers, t.get("/api/layers/2016-12-12").body());
        }
    }

    /** Writes an article the way a person would: a text file and its sidecar. */
    private static void dropArticle(Path corpus, String id) throws Exception {
        Files.writeString(corpus.resolve(id + ".json"),
                "{\"id\":\"" + id + "\",\"published\":\"2016-12-20\",\"language\":\"ar\"}", StandardCharsets.UTF_8);
        // Its own text: the same text as an article already loaded would count once.
        Files.writeString(corpus.resolve(id + ".txt"), CAPTURE_TEXT + " (" + id + ")", StandardCharsets.UTF_8);
    }
}
