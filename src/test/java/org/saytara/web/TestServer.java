package org.saytara.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.saytara.json.Json;

/**
 * A server on a free loopback port over a private copy of the seed corpus, with the HTTP calls the
 * tests make. The repository's corpus/ is only ever read.
 */
final class TestServer implements AutoCloseable {
    static final Path SEED_CORPUS = Path.of("corpus");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Server server;
    final Path corpus;
    final Path web;
    final String base;

    private TestServer(Server server, Path corpus, Path web) {
        this.server = server;
        this.corpus = corpus;
        this.web = web;
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** Copies the seed corpus into {@code dir}/corpus, makes a small page in {@code dir}/web, starts. */
    static TestServer start(Path dir, java.util.function.UnaryOperator<ServerConfig> adjust) {
        return start(dir, SEED_CORPUS, adjust);
    }

    /** As {@link #start(Path, java.util.function.UnaryOperator)}, with a copy of another corpus. */
    static TestServer start(Path dir, Path sourceCorpus, java.util.function.UnaryOperator<ServerConfig> adjust) {
        Path corpus = dir.resolve("corpus");
        Path web = dir.resolve("web");
        try {
            Files.createDirectories(corpus);
            try (Stream<Path> files = Files.list(sourceCorpus)) {
                for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
            }
            Files.createDirectories(web);
            Files.writeString(web.resolve("index.html"), "<!doctype html><title>Saytara test page</title>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerConfig config = ServerConfig.defaults().withCorpusDir(corpus).withWebDir(web).withPort(0)
                .withHost("127.0.0.1").withToken(null).withWatchCorpus(false);
        return new TestServer(Server.start(adjust.apply(config)), corpus, web);
    }

    static TestServer start(Path dir) {
        return start(dir, c -> c);
    }

    /** Starts again on what an earlier server left in {@code dir}: its corpus (and review database) as they are. */
    static TestServer restart(Path dir, java.util.function.UnaryOperator<ServerConfig> adjust) {
        Path corpus = dir.resolve("corpus");
        Path web = dir.resolve("web");
        ServerConfig config = ServerConfig.defaults().withCorpusDir(corpus).withWebDir(web).withPort(0)
                .withHost("127.0.0.1").withToken(null).withWatchCorpus(false);
        return new TestServer(Server.start(adjust.apply(config)), corpus, web);
    }

    static TestServer restart(Path dir) {
        return restart(dir, c -> c);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return CLIENT.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b.build());
    }

    HttpResponse<String> postJson(Object body, String... headers) {
        try {
            return post("/api/articles", "application/json", Json.mapper().writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any method, with a JSON body or none. */
    HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = request(path, headers).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) b.header("Content-Type", "application/json");
        return send(b.build());
    }

    HttpResponse<String> method(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Sends bytes exactly as given, for paths and headers that HttpClient would normalise or
     * refuse to send ({@code ../}, a foreign {@code Host}). Returns status line, headers and body.
     */
    String raw(String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw GET of a path as written, closing the connection after the response. */
    String rawGet(String path) {
        return raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    static int rawStatus(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    static String rawBody(String response) {
        int i = response.indexOf("\r\n\r\n");
        return i < 0 ? "" : response.substring(i + 4);
    }

    /** Articles in a corpus folder, counted the way the loader does: one per {@code .txt}. */
    static int articleFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return b;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
