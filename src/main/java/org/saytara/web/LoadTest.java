package org.saytara.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.saytara.json.Json;

/**
 * Load on loopback: many concurrent clients fetch one day's layers from the API, then the very
 * same bytes as a static file from the same server, then the API again while articles are being
 * posted. Prints requests/s, p50/p99 and errors per phase, and the p99 ratio of API to static file.
 *
 * <p>Bounded: each phase stops after {@code requests} requests or {@code seconds}, whichever comes
 * first. It starts its own server over a temporary copy of the corpus and removes it afterwards;
 * nothing is written into the corpus it was given.
 *
 * <pre>java -cp target/saytara.jar org.saytara.web.LoadTest [--corpus corpus] [--requests 20000]
 *     [--clients 64] [--seconds 60] [--post-every-ms 250] [--out docs/bench-server.md]</pre>
 */
public final class LoadTest {
    private static final Path WRK = Path.of("/usr/bin/wrk");

    public record Options(Path corpus, int requests, int clients, int seconds, int postEveryMs, Path out) {
        public static Options parse(String[] args) {
            Path corpus = Path.of("corpus");
            int requests = 20_000, clients = 64, seconds = 60, postEveryMs = 250;
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--corpus" -> corpus = Path.of(value);
                    case "--requests" -> requests = Integer.parseInt(value);
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--post-every-ms" -> postEveryMs = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            return new Options(corpus, requests, clients, seconds, postEveryMs, out);
        }
    }

    /** One phase's figures. Latencies in milliseconds. */
    public record Phase(String name, int requests, int errors, double seconds, double p50, double p99, double max,
                        int posts, int postErrors) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    public record Report(String url, int bytes, List<Phase> phases) {
        public Phase phase(String name) {
            return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Report report = run(options);
        String markdown = markdown(options, report);
        System.out.println(markdown);
        if (options.out() != null) Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
    }

    public static Report run(Options options) throws Exception {
        Path work = Files.createTempDirectory("saytara-load");
        try {
            Path corpus = work.resolve("corpus");
            Path web = work.resolve("web");
            Files.createDirectories(corpus);
            Files.createDirectories(web);
            try (Stream<Path> files = Files.list(options.corpus())) {
                for (Path f : files.toList()) if (Files.isRegularFile(f)) Files.copy(f, corpus.resolve(f.getFileName()));
            }
            // Configured as `serve` runs it, corpus watching included.
            ServerConfig config = ServerConfig.defaults().withCorpusDir(corpus).withWebDir(web).withPort(0)
                    .withHost("127.0.0.1").withToken(null).withWatchCorpus(true)
                    // The poster is one client posting faster than any person would; the limit is not what is measured.
                    .withLimits(Limits.defaults().withWritesPerMinute(1_000_000));
            Server server = Server.start(config);
            try {
                return measure(server, web, options);
            } finally {
                server.stop();
            }
        } finally {
            deleteTree(work);
        }
    }

    private static Report measure(Server server, Path web, Options options) throws Exception {
        // The client's own threads must not outlive the run, or the JVM would never exit.
        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        try {
            return measure(server, web, options,
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build());
        } finally {
            clientThreads.shutdownNow();
        }
    }

    private static Report measure(Server server, Path web, Options options, HttpClient client) throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        List<LocalDate> frames = server.snapshot().timeline().frames();
        LocalDate date = frames.isEmpty() ? LocalDate.of(2016, 12, 12) : frames.get(frames.size() - 1);
        String api = base + "/api/layers/" + date;
        HttpResponse<byte[]> sample = client.send(HttpRequest.newBuilder(URI.create(api)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (sample.statusCode() != 200) throw new IllegalStateException("the layer route answered " + sample.statusCode());
        Files.write(web.resolve("layer.geojson"), sample.body());
        String file = base + "/layer.geojson";

        List<Phase> phases = new ArrayList<>();
        // Warm both paths alike, so neither pays for the JIT in its measured phase.
        hammer(client, "warm-up", file, Math.min(3000, options.requests()), options.clients(), options.seconds(), null);
        hammer(client, "warm-up", api, Math.min(3000, options.requests()), options.clients(), options.seconds(), null);
        phases.add(hammer(client, "static file", file, options.requests(), options.clients(), options.seconds(), null));
        phases.add(hammer(client, "API layers", api, options.requests(), options.clients(), options.seconds(), null));
        try (Poster poster = new Poster(client, base + "/api/articles", options.postEveryMs())) {
            phases.add(hammer(client, "API layers while posting", api, options.requests(), options.clients(),
                    options.seconds(), poster));
        }
        if (Files.isExecutable(WRK)) {
            // A second, independent client: wrk's C event loop costs far less per request than Java's HttpClient.
            int wrkSeconds = Math.min(10, options.seconds());
            phases.add(wrk("wrk: static file", file, options.clients(), wrkSeconds, null));
            phases.add(wrk("wrk: API layers", api, options.clients(), wrkSeconds, null));
            try (Poster poster = new Poster(client, base + "/api/articles", options.postEveryMs())) {
                phases.add(wrk("wrk: API layers while posting", api, options.clients(), wrkSeconds, poster));
            }
        }
        return new Report("/api/layers/" + date, sample.body().length, phases);
    }

    /** {@code clients} threads fetch {@code url} until {@code total} requests or {@code seconds} have gone by. */
    private static Phase hammer(HttpClient client, String name, String url, int total, int clients, int seconds,
                                Poster poster) throws Exception {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        int postsBefore = poster == null ? 0 : poster.posts.get();
        int postErrorsBefore = poster == null ? 0 : poster.errors.get();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(get, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200 || r.body().length == 0) errors.incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                }));
            }
            for (Future<?> w : workers) w.get();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), total);
        long[] measured = Arrays.stream(latencies, 0, done).filter(l -> l > 0).sorted().toArray();
        return new Phase(name, measured.length, errors.get(), elapsed, percentile(measured, 50), percentile(measured, 99),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6,
                poster == null ? 0 : poster.posts.get() - postsBefore, poster == null ? 0 : poster.errors.get() - postErrorsBefore);
    }

    /** Runs wrk for {@code seconds} on two threads and reads its latency distribution. */
    private static Phase wrk(String name, String url, int clients, int seconds, Poster poster) throws Exception {
        int postsBefore = poster == null ? 0 : poster.posts.get();
        int postErrorsBefore = poster == null ? 0 : poster.errors.get();
        Process p = new ProcessBuilder(WRK.toString(), "-t2", "-c" + clients, "-d" + seconds + "s", "--timeout", "30s",
                "--latency", url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not stop");
        }
        if (p.exitValue() != 0) throw new IllegalStateException("wrk failed: " + out);
        int requests = (int) number(out, "(\\d+) requests in");
        double secs = number(out, "requests in ([\\d.]+)s");
        int errors = (int) number(out, "Non-2xx or 3xx responses: (\\d+)");
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) errors += Integer.parseInt(socket.group(g));
        }
        return new Phase(name, requests, errors, secs, millis(out, "50%"), millis(out, "99%"),
                millis(out, "Max") , poster == null ? 0 : poster.posts.get() - postsBefore,
                poster == null ? 0 : poster.errors.get() - postErrorsBefore);
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** A wrk latency ("50%  1.23ms", or the Max column of "Latency  avg  stdev  max") in milliseconds. */
    private static double millis(String out, String label) {
        Matcher m = label.equals("Max")
                ? Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)").matcher(out)
                : Pattern.compile(Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) return 0;
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** Posts an article every {@code everyMs} until closed, as an analyst's script would. */
    private static final class Poster implements AutoCloseable {
        final AtomicInteger posts = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Poster(HttpClient client, String url, int everyMs) {
            thread = new Thread(() -> {
                int n = 0;
                while (running.get()) {
                    try {
                        String text = "أعلنت مصادر ميدانية أن قوات النظام سيطرت على مدينة تدمر بعد معارك مع تنظيم الدولة. تقرير رقم "
                                + n++ + " " + System.nanoTime();
                        String body = Json.mapper().writeValueAsString(Map.of("title", "load test " + n,
                                "published", "2016-12-20", "text", text));
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        posts.incrementAndGet();
                        if (r.statusCode() != 201) errors.incrementAndGet();
                        Thread.sleep(everyMs);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "load-test-poster");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(60_000);
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public static String markdown(Options options, Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Server load test\n\n");
        md.append(String.format(Locale.ROOT, "Run %s on %d cores (%s, Java %s), loopback only, by `web.LoadTest`.%n%n",
                LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version")));
        md.append(String.format(Locale.ROOT, "Each phase: %d concurrent clients (Java HttpClient, HTTP/1.1, keep-alive), "
                        + "up to %d requests or %d s. Body: `%s`, %d bytes, the same bytes in every phase. "
                        + "The poster adds an article every %d ms, so the snapshot, its ETags and its rendered layers "
                        + "are replaced while the readers read.%n%n",
                options.clients(), options.requests(), options.seconds(), report.url(), report.bytes(), options.postEveryMs()));
        md.append("Rows starting with `wrk:` repeat the phases with wrk (2 threads, same connection count, 10 s) when "
                + "`/usr/bin/wrk` is installed. Client and server share the same cores, so the figures are a floor "
                + "for the server, not its ceiling.\n\n");
        md.append("| phase | requests | errors | req/s | p50 ms | p99 ms | max ms | articles posted (errors) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Phase p : report.phases()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.1f | %s |%n", p.name(), p.requests(),
                    p.errors(), p.perSecond(), p.p50(), p.p99(), p.max(), p.posts() == 0 ? "–" : p.posts() + " (" + p.postErrors() + ")"));
        }
        Phase file = report.phase("static file");
        Phase layers = report.phase("API layers");
        Phase posting = report.phase("API layers while posting");
        md.append(String.format(Locale.ROOT, "%np99 ratio, API layers / static file: **%.2f×** (target ≤ 1.5×); "
                + "while posting: **%.2f×**.%n", layers.p99() / file.p99(), posting.p99() / file.p99()));
        if (report.phases().stream().anyMatch(p -> p.name().equals("wrk: static file"))) {
            Phase wFile = report.phase("wrk: static file");
            md.append(String.format(Locale.ROOT, "With wrk as the client: **%.2f×**; while posting: **%.2f×**.%n",
                    report.phase("wrk: API layers").p99() / wFile.p99(),
                    report.phase("wrk: API layers while posting").p99() / wFile.p99()));
        }
        return md.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
