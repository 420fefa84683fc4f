package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saytara.json.Json;
import org.saytara.store.TestDatabases;

/**
 * A server in a child JVM takes a burst of reviews from several clients and is killed with
 * SIGKILL (no shutdown hook runs) in the middle of it. Started again on the same database, it must
 * hold every review it had answered 201 to, each as acknowledged.
 */
class KillDuringReviewsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CLIENTS = 4;
    /** Acknowledged reviews before the kill; the clients keep posting while it happens. */
    private static final int BEFORE_KILL = 40;

    @TempDir
    Path dir;

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void noAcknowledgedReviewIsLost(String kind) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(TestServer.SEED_CORPUS)) {
            for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        try (TestDatabases.Db db = TestDatabases.fresh(kind, dir)) {
            int port = freePort();
            Process server = start(corpus, db.spec(), port, "first");
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger refusedOrLost = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            try {
                String base = "http://127.0.0.1:" + port;
                List<String> ids = new ArrayList<>();
                Json.mapper().readTree(get(base + "/api/events").body()).path("events").forEach(e -> ids.add(e.path("id").asText()));
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger next = new AtomicInteger();
                for (int c = 0; c < CLIENTS; c++) {
                    Thread t = new Thread(() -> {
                        while (!stop.get()) {
                            int n = next.getAndIncrement();
                            String event = ids.get(n % ids.size());
                            String action = n % 3 == 0 ? "reject" : "confirm";
                            try {
                                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events/" + event + "/review"))
                                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + action + "\",\"note\":\"burst " + n + "\"}"))
                                        .build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 201) {
                                    JsonNode body = Json.mapper().readTree(r.body());
                                    acknowledged.put(body.path("id").asLong(), event + " " + action + " burst " + n);
                                } else {
                                    refusedOrLost.incrementAndGet();
                                }
                            } catch (IOException e) {
                                refusedOrLost.incrementAndGet();   // the server died under this request: not acknowledged
                                if (!server.isAlive()) return;
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }, "review-client-" + c);
                    t.start();
                    clients.add(t);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (acknowledged.size() < BEFORE_KILL && System.nanoTime() < deadline) Thread.sleep(5);
                assertTrue(acknowledged.size() >= BEFORE_KILL, "only " + acknowledged.size() + " reviews in 120 s");
                server.destroyForcibly();          // SIGKILL, mid-burst
                server.waitFor();
                stop.set(true);
                for (Thread t : clients) t.join(30_000);
            } finally {
                server.destroyForcibly();
            }

            Process again = start(corpus, db.spec(), port, "second");
            try {
                JsonNode trail = Json.mapper().readTree(get("http://127.0.0.1:" + port + "/api/reviews").body());
                Map<Long, String> stored = new java.util.HashMap<>();
                for (JsonNode r : trail.path("reviews")) {
                    stored.put(r.path("id").asLong(), r.path("event_id").asText() + " " + r.path("action").asText() + " " + r.path("note").asText());
                }
                for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
                    assertEquals(a.getValue(), stored.get(a.getKey()), "acknowledged review " + a.getKey() + " after the kill");
                }
                assertTrue(stored.size() >= acknowledged.size());
                System.out.printf("kill -9 (%s): %d reviews acknowledged, %d stored, %d requests cut off or refused%n",
                        kind, acknowledged.size(), stored.size(), refusedOrLost.get());
            } finally {
                again.destroyForcibly();
                again.waitFor();
            }
        }
    }

    private Process start(Path corpus, String db, int port, String name) throws Exception {
        Path log = dir.resolve("server-" + name + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.saytara.cli.Main", "serve",
                "--corpus", corpus.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1",
                "--no-watch", "--tiles", "none", "--db", db)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new AssertionError("the server died at start:\n" + Files.readString(log));
            try {
                if (get("http://127.0.0.1:" + port + "/health").statusCode() == 200) return p;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start in 180 s:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
