package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus checks seen from the API: at start, on POST /api/reload, and through the watcher. */
class CorpusIntegrityServerTest {
    private static final String TEXT = "سيطرت قوات النظام يوم الأحد على مدينة تدمر بعد معارك عنيفة مع تنظيم الدولة.";

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @Test
    void aLinkToAFileOutsideTheCorpusIsNeverServed() throws Exception {
        Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\nتدمر\n");
        Path corpus = dir.resolve("corpus");
        try (TestServer t = TestServer.start(dir, c -> c.withWatchCorpus(true)
                .withLimits(Limits.defaults().withReloadDebounce(Duration.ofMillis(200))))) {
            int before = TestServer.json(t.get("/health")).path("articles").asInt();
            Files.createSymbolicLink(corpus.resolve("passwd.txt"), secret);
            Files.writeString(corpus.resolve("by-hand.txt"), TEXT);
            // The watcher reloads for the two new entries; the good one is served, the link is not.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (t.get("/api/articles/by-hand").statusCode() != 200 && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals(200, t.get("/api/articles/by-hand").statusCode(), "the watcher reloaded");
            assertEquals(404, t.get("/api/articles/passwd").statusCode());
            assertEquals(before + 1, TestServer.json(t.get("/health")).path("articles").asInt());
            assertTrue(t.server.snapshot().problems().stream()
                    .anyMatch(p -> p.file().equals("passwd.txt") && p.skipped() && p.reason().contains("outside")));
            // Nor through a reload by hand, nor in any list.
            assertEquals(200, t.post("/api/reload", "application/json", "").statusCode());
            assertEquals(404, t.get("/api/articles/passwd").statusCode());
            assertFalse(t.get("/api/articles").body().contains("root:x"));
            assertFalse(t.get("/api/events").body().contains("root:x"));
        }
        // And not at the next start either.
        try (TestServer t = TestServer.restart(dir)) {
            assertEquals(404, t.get("/api/articles/passwd").statusCode());
        }
    }

    @Test
    void aStartClearsWhatACrashedPostLeftAndSaysSo() throws Exception {
        String id;
        try (TestServer t = TestServer.start(dir)) {
            id = TestServer.json(t.postJson(ServerWriteTest.article(TEXT))).path("article").path("id").asText();
        }
        Path corpus = dir.resolve("corpus");
        // As if killed between the fsync and the rename of the text, with a stray sidecar temp too.
        String textTemp = "." + id + ".txt.tmp-" + UUID.randomUUID();
        Files.move(corpus.resolve(id + ".txt"), corpus.resolve(textTemp));
        String jsonTemp = "." + id + ".json.tmp-" + UUID.randomUUID();
        Files.writeString(corpus.resolve(jsonTemp), "{\"id\":");
        try (TestServer t = TestServer.restart(dir)) {
            assertEquals(200, t.get("/api/articles/" + id).statusCode(), "the complete text was recovered");
            var problems = t.server.snapshot().problems();
            assertTrue(problems.stream().anyMatch(p -> p.file().equals(textTemp) && p.reason().contains("recovered")),
                    problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.file().equals(jsonTemp) && p.reason().contains("removed")),
                    problems.toString());
            try (var files = Files.list(corpus)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp-")));
            }
        }
    }

    @Test
    void aPostedCopyOfATextAlreadyInTheCorpusIsAConflict() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            String seed = Files.list(dir.resolve("corpus")).filter(f -> f.toString().endsWith(".txt")).sorted()
                    .findFirst().map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).orElseThrow();
            var m = ServerWriteTest.article(seed);
            m.remove("published");
            ServerReadTest.assertError(t.postJson(m), 409);
        }
    }
}
