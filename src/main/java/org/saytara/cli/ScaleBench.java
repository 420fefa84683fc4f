package org.saytara.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.json.Json;

/**
 * {@code bench --scale}: archives of the sizes asked for, made from the real texts of a corpus
 * folder (each copy re-dated a few days from the last, in files of 1,000 JSONL lines), each served
 * by a fresh {@code serve} process as a user would start it. Reports for each size the time to
 * {@code /health}, the time of each stage inside (read, extract, timeline, first layer, preparing for posts), memory
 * (peak resident set of the process, heap in use after a full GC), events, places, frames, and
 * how long a POSTed article takes to show in {@code /api/events} and in its frame's layer.
 */
final class ScaleBench {
    static final String HELP = """
            Usage: saytara bench --scale [--corpus DIR] [--sizes 2000,5000,20000,100000] [--posts 20]
                                 [--heap 3g] [--jvm "OPTIONS"] [--work DIR] [--keep] [--geodata DIR]

            For each size, writes an archive of that many articles made from the texts of DIR
            (copy k of a text is published 3*k days before the original, wrapping after two
            years), in 1,000-line .jsonl files under --work (default: a temporary folder, deleted
            after unless --keep), starts `serve --no-watch` on it in a new JVM with -Xmx HEAP
            (and the space-separated --jvm options, e.g. GC flags or a flight recording),
            then POSTs --posts articles one after the other and times each until its event is in
            /api/events?place=… and in /api/layers/{its date}. Prints a Markdown table.
            """;

    private static final Pattern SERVING = Pattern.compile("on http://([^/]+)/");
    private static final int LINES_PER_FILE = 1000;
    private static final int DAYS_PER_COPY = 3;

    private ScaleBench() {}

    record Row(int articles, int sources, long megabytes, double readyS, JsonNode load, long rssMb, long heapMb,
               int events, int places, int frames, double postP50, double postP95, int posts) {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path source = Path.of(args.get("corpus", "corpus"));
        Corpus texts = Corpus.load(source);
        if (texts.articles().isEmpty()) throw new Args.UsageException("no articles in " + source + " to build archives from");
        List<Integer> sizes = new ArrayList<>();
        for (String s : args.get("sizes", "2000,5000,20000,100000").split(",")) sizes.add(Integer.parseInt(s.trim()));
        int posts = args.intValue("posts", 20);
        String heap = args.get("heap", "3g");
        List<String> jvm = args.get("jvm") == null || args.get("jvm").isBlank() ? List.of()
                : List.of(args.get("jvm").trim().split("\\s+"));
        boolean keep = args.flag("keep");
        Path work = args.get("work") != null ? Path.of(args.get("work")) : Files.createTempDirectory("saytara-scale");
        List<Row> rows = new ArrayList<>();
        try {
            for (int size : sizes) {
                Path dir = work.resolve("archive-" + size);
                long bytes = writeArchive(texts.articles(), size, dir);
                err.printf(Locale.ROOT, "%d articles written (%.0f MB); starting serve%n", size, bytes / 1e6);
                Row row = measure(dir, size, texts.articles().size(), bytes, posts, heap, jvm, args.get("geodata"), texts.articles(), err);
                rows.add(row);
                if (!keep) deleteTree(dir);
            }
        } finally {
            if (!keep && args.get("work") == null) deleteTree(work);
        }
        out.println("Wall time (CPU time in brackets; extraction's CPU is summed over its threads). Load average at the end: "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.println();
        out.println("| articles (texts) | MB | ready | read | read + extract | timeline | first layer | prepare | RSS peak | heap after GC | events | places | frames | POST→visible p50 | p95 |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            JsonNode l = r.load();
            out.printf(Locale.ROOT, "| %,d (%,d) | %d | %.1f s | %s | %s, %d threads | %s | %s | %s | %,d MB | %,d MB | %,d | %,d | %,d | %.0f ms | %.0f ms |%n",
                    r.articles(), r.sources(), r.megabytes(), r.readyS(), stage(l, "read"), stage(l, "extract"),
                    l.path("threads").asInt(), stage(l, "timeline"), stage(l, "layers"), stage(l, "prepare"), r.rssMb(), r.heapMb(), r.events(),
                    r.places(), r.frames(), r.postP50(), r.postP95());
        }
        return 0;
    }

    private static String stage(JsonNode load, String name) {
        return String.format(Locale.ROOT, "%.1f s (%.1f s)", load.path(name + "_ms").asLong() / 1e3, load.path(name + "_cpu_ms").asLong() / 1e3);
    }

    /** Copies of the texts, re-dated, {@value #LINES_PER_FILE} per file; returns the bytes written. */
    static long writeArchive(List<Article> texts, int size, Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        long bytes = 0;
        BufferedWriter w = null;
        try {
            for (int n = 0; n < size; n++) {
                if (n % LINES_PER_FILE == 0) {
                    if (w != null) w.close();
                    w = Files.newBufferedWriter(dir.resolve(String.format("archive-%05d.jsonl", n / LINES_PER_FILE)), StandardCharsets.UTF_8);
                }
                Article a = texts.get(n % texts.size());
                int copy = n / texts.size();
                ObjectNode o = Json.mapper().createObjectNode();
                o.put("id", a.id() + "-c" + copy);
                o.put("title", a.title());
                o.put("outlet", a.outlet());
                o.put("url", a.url());
                LocalDate published = a.published() == null ? null : a.published().minusDays((long) copy * DAYS_PER_COPY % 730);
                o.put("published", published == null ? null : published.toString());
                o.put("language", a.language());
                o.put("text", a.text());
                String line = Json.mapper().writeValueAsString(o);
                w.write(line);
                w.write('\n');
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        } finally {
            if (w != null) w.close();
        }
        return bytes;
    }

    private static Row measure(Path dir, int size, int sources, long bytes, int posts, String heap, List<String> jvm, String geodata,
                               List<Article> texts, PrintStream err) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = Path.of(ScaleBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", classpath, "org.saytara.cli.Main", "serve",
                "--corpus", dir.toString(), "--port", "0", "--no-watch", "--tiles", "none"));
        if (geodata != null) cmd.addAll(List.of("--geodata", geodata));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String host = awaitServing(p, err);
            double ready = (System.nanoTime() - t0) / 1e9;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://" + host;
            JsonNode health = Json.mapper().readTree(get(http, base + "/health"));
            long rss = rssMb(p.pid(), "VmHWM");
            long heapUsed = heapAfterGcMb(p.pid());
            JsonNode places = Json.mapper().readTree(get(http, base + "/api/places"));
            JsonNode frames = Json.mapper().readTree(get(http, base + "/api/frames"));
            double[] latencies = postAndWait(http, base, texts, posts, err);
            double p50 = percentile(latencies, 50), p95 = percentile(latencies, 95);
            return new Row(size, sources, bytes / 1_000_000, ready, health.path("load_ms"), rss, heapUsed,
                    health.path("events").asInt(), places.path("count").asInt(), frames.path("frames").size(), p50, p95, posts);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    /** Reads the child's output until it says where it serves (its log goes to our standard error). */
    private static String awaitServing(Process p, PrintStream err) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.contains("corpus loaded") || line.startsWith("Saytara")) err.println("  serve: " + line);
            Matcher m = SERVING.matcher(line);
            if (line.startsWith("Saytara is serving") && m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        // Keep the pipe from filling; pass on the server's timing of each post's steps.
                        String l;
                        while ((l = r.readLine()) != null) if (l.contains(" added with ")) err.println("  serve: " + l);
                    } catch (IOException ignored) {
                        // The process ended.
                    }
                }, "bench-drain");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("serve stopped before it was ready (exit " + p.exitValue() + ")");
    }

    /**
     * POSTs real texts (each with a line of its own, so none is a duplicate) and times each from
     * the request until its first event is in /api/events for its place and in the layer of its date.
     */
    private static double[] postAndWait(HttpClient http, String base, List<Article> texts, int posts, PrintStream err) throws Exception {
        List<Double> out = new ArrayList<>();
        int tried = 0;
        for (int i = 0; out.size() < posts && tried < posts * 20; i++, tried++) {
            Article a = texts.get(i % texts.size());
            ObjectNode body = Json.mapper().createObjectNode();
            body.put("title", a.title());
            body.put("outlet", a.outlet());
            body.put("published", a.published() == null ? "2016-12-11" : a.published().toString());
            body.put("text", a.text() + "\n\n(bench " + System.nanoTime() + ")");
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body))).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
            while (r.statusCode() == 429) {
                // The server's write limit per client: wait as told, and time the accepted request only.
                long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(5L);
                Thread.sleep(wait * 1000);
                t0 = System.nanoTime();
                r = http.send(post, HttpResponse.BodyHandlers.ofString());
            }
            if (r.statusCode() != 201) throw new IOException("POST answered " + r.statusCode() + ": " + r.body());
            JsonNode events = Json.mapper().readTree(r.body()).path("events");
            JsonNode first = null;
            for (JsonNode e : events) if (!e.path("date").isNull() && !e.path("place").path("id").isMissingNode()) first = e;
            if (first == null) continue;
            String id = first.path("id").asText(), place = first.path("place").path("id").asText(), date = first.path("date").asText();
            // Where the time goes, for the slow posts: the POST itself, then the first look at the events and the layer.
            long posted = System.nanoTime(), listedAt = 0, layerAt = 0;
            while (true) {
                String listed = get(http, base + "/api/events?place=" + URLEncoder.encode(place, StandardCharsets.UTF_8)
                        + "&from=" + date + "&to=" + date);
                if (listedAt == 0) listedAt = System.nanoTime();
                String layer = get(http, base + "/api/layers/" + date);
                if (layerAt == 0) layerAt = System.nanoTime();
                if (listed.contains("\"" + id + "\"") && layer.contains("\"" + id + "\"")) break;
                if (System.nanoTime() - t0 > 60_000_000_000L) throw new IOException("event " + id + " not visible after 60 s");
            }
            out.add((System.nanoTime() - t0) / 1e6);
            err.printf(Locale.ROOT, "  post %d visible after %.0f ms (POST %.0f ms, events %.0f ms, layer %.0f ms; %s, %s)%n",
                    out.size(), out.get(out.size() - 1), (posted - t0) / 1e6, (listedAt - posted) / 1e6, (layerAt - listedAt) / 1e6,
                    place, date);
        }
        err.printf(Locale.ROOT, "  %d POSTs timed%n", out.size());
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(url + " answered " + r.statusCode());
        return r.body();
    }

    private static double percentile(double[] xs, int pct) {
        if (xs.length == 0) return Double.NaN;
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(pct / 100.0 * s.length) - 1)];
    }

    /** A line of /proc/PID/status in MB (Linux). */
    private static long rssMb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use after a full collection, through jcmd (part of the JDK); -1 without it. */
    private static long heapAfterGcMb(long pid) {
        try {
            run("jcmd", Long.toString(pid), "GC.run");
            String info = run("jcmd", Long.toString(pid), "GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            Collections.reverse(all);
            for (Path q : all) Files.deleteIfExists(q);
        }
    }
}
