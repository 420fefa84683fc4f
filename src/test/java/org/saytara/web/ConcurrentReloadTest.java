package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saytara.geojson.GeoJsonValidator;

/**
 * Readers hammer the layers while articles are posted and the corpus reloaded. Every read must
 * succeed and be one whole snapshot: the same ETag always comes with the very same bytes, and every
 * body is a valid collection.
 */
class ConcurrentReloadTest {
    @TempDir
    Path dir;

    @Test
    void readersSeeOldOrNewNeverAMixAndNeverAnError() throws Exception {
        int readers = 8;
        int posts = 12;
        try (TestServer t = TestServer.start(dir, c -> c.withLimits(Limits.defaults().withWritesPerMinute(1000)))) {
            List<String> failures = new CopyOnWriteArrayList<>();
            Map<String, String> bodyByEtag = new ConcurrentHashMap<>();
            Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
            try {
                for (int i = 0; i < readers; i++) {
                    String path = List.of("/api/layers/2016-12-25", "/api/layers/2016-12-25?layer=places",
                            "/api/timeline.geojson").get(i % 3);
                    pool.submit(() -> {
                        while (writing.get()) {
                            HttpResponse<String> r = t.get(path);
                            reads.incrementAndGet();
                            if (r.statusCode() != 200) {
                                failures.add(path + " -> " + r.statusCode() + " " + r.body());
                                continue;
                            }
                            String etag = r.headers().firstValue("ETag").orElse("none");
                            String previous = bodyByEtag.putIfAbsent(path + " " + etag, r.body());
                            if (previous != null && !previous.equals(r.body())) {
                                failures.add(path + ": two bodies under one ETag " + etag);
                            } else if (previous == null) {
                                List<String> problems = GeoJsonValidator.problems(r.body());
                                if (!problems.isEmpty()) failures.add(path + ": " + problems.get(0));
                            }
                            versionsSeen.add(path + " " + etag);
                        }
                    });
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int i = 0; i < posts; i++) {
                            HttpResponse<String> r = t.postJson(ServerWriteTest.article(ServerWriteTest.CAPTURE_TEXT + " رقم " + i));
                            if (r.statusCode() != 201) failures.add("post " + i + " -> " + r.statusCode() + " " + r.body());
                            if (i % 4 == 3) {
                                HttpResponse<String> reload = t.post("/api/reload", "application/json", "");
                                if (reload.statusCode() != 200) failures.add("reload -> " + reload.statusCode());
                            }
                        }
                    } finally {
                        writing.set(false);
                    }
                });
                writer.get(120, TimeUnit.SECONDS);
            } finally {
                writing.set(false);
                pool.shutdown();
                assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of(), failures);
            assertTrue(reads.get() > readers * 2, "readers ran: " + reads.get());
            assertTrue(versionsSeen.size() > 3, "readers saw snapshots change under them: " + versionsSeen.size());
            assertEquals(TestServer.articleFiles(TestServer.SEED_CORPUS) + posts,
                    TestServer.json(t.get("/health")).path("articles").asInt());
        }
    }
}
