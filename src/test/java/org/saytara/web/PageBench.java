package org.saytara.web;

import org.saytara.extract.SyriaSides;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.gazetteer.PlaceType;
import org.saytara.pipeline.EventProcessor;

/**
 * The page at the size of a year of the whole war, in headless Chromium: a benchmark with a plain
 * {@code main}, not a timed unit test (README, "Benchmarks").
 *
 * <p>The server runs as {@code serve} does, over a folder of synthetic articles; an
 * {@link EventProcessor} (the hook reviews use) gives each article its events, seeded, so runs
 * compare: {@code places} places spread over Syria and {@code articles} articles of 3 events each
 * over 6.5 years (one frame per day or so), captures, fighting and withdrawals, dated to the day.
 * Then it measures the first draw (navigation to the first frame drawn) and slider steps (a key
 * press until the markers, areas and panel of the next frame are on screen and painted), paced as
 * a reader steps (every 400 ms) and as a held key (back to back).
 *
 * <pre>
 * mvn -q -B -o test-compile
 * mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.saytara.web.PageBench 1200 2600 150
 * </pre>
 */
public final class PageBench {
    private static final String[] GAINERS = {"isis", "regime", "opposition", "sdf"};

    private PageBench() {}

    public static void main(String[] args) throws Exception {
        int places = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2600;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        Path corpus = Files.createTempDirectory("saytara-page-bench");
        Path profile = Files.createTempDirectory("saytara-page-bench-chromium");
        LocalDate start = LocalDate.of(2012, 1, 1);
        try (Writer w = Files.newBufferedWriter(corpus.resolve("bench.jsonl"), StandardCharsets.UTF_8)) {
            for (int a = 0; a < articles; a++) {
                LocalDate published = start.plusDays(a * 2400L / articles);
                w.write("{\"id\":\"pb-" + a + "\",\"outlet\":\"Bench\",\"published\":\"" + published
                        + "\",\"text\":\"نص مقال اختبار رقم " + a + "\"}\n");
            }
        }
        List<PlaceRef> refs = new ArrayList<>();
        Random random = new Random(20161211);
        PlaceType[] types = {PlaceType.VILLAGE, PlaceType.VILLAGE, PlaceType.VILLAGE, PlaceType.TOWN, PlaceType.CITY, PlaceType.HILL};
        for (int i = 0; i < places; i++) {
            refs.add(new PlaceRef("pb-place-" + i, "قرية " + i, "Village " + i, 32.4 + random.nextDouble() * 4.8,
                    35.8 + random.nextDouble() * 5.7, types[random.nextInt(types.length)], 0));
        }
        long started = System.nanoTime();
        Server server = Server.start(ServerConfig.defaults().withCorpusDir(corpus).withGeodataDir(Path.of("geodata"))
                .withWebDir(Path.of("web")).withHost("127.0.0.1").withPort(0).withToken(null).withWatchCorpus(false)
                .withTiles(null, null), articleEvents(refs, start, articles));
        ChromeDriver driver = null;
        try {
            System.out.printf(Locale.ROOT, "server ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            var s = server.snapshot();
            System.out.printf(Locale.ROOT, "corpus: %d articles, %d events, %d places, %d frames%n", s.articles().size(),
                    s.events().size(), s.timeline().histories().size(), s.timeline().frames().size());
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile, "--window-size=1366,900");
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                    .usingAnyFreePort().build(), options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            JavascriptExecutor js = driver;
            String base = "http://127.0.0.1:" + server.port() + "/";
            List<LocalDate> frames = s.timeline().frames();
            String from = frames.get(frames.size() / 3).toString();
            double[] firstDraws = new double[3];
            for (int i = 0; i < firstDraws.length; i++) {
                driver.get("about:blank");
                driver.get(base + "#date=" + from);
                firstDraws[i] = ((Number) js.executeAsyncScript(FIRST_DRAW)).doubleValue();
                System.out.println("  load " + (i + 1) + ", requests until the first draw (start-end ms, kB): " + js.executeScript(FIRST_REQUESTS));
            }
            js.executeScript("performance.setResourceTimingBufferSize(100000)");
            System.out.printf(Locale.ROOT, "first draw: %s ms%n", Arrays.toString(Arrays.stream(firstDraws).map(Math::round).toArray()));
            report("steps every 400 ms (ms)", measure(js, "ArrowRight", steps, 400));
            report("steps back to back (ms)", measure(js, "ArrowRight", steps, 0));
            report("steps backwards every 400 ms (ms)", measure(js, "ArrowLeft", steps / 2, 400));
        } finally {
            if (driver != null) driver.quit();
            server.stop();
            deleteTree(corpus);
            deleteTree(profile);
        }
    }

    /** Milliseconds from navigation start to the first frame drawn (the page marks it). */
    private static final String FIRST_DRAW = """
            const done = arguments[arguments.length - 1];
            const check = () => {
              const m = performance.getEntriesByName('saytara-first-draw')[0];
              if (m) requestAnimationFrame(() => done(performance.now() > 0 ? m.startTime : 0));
              else setTimeout(check, 5);
            };
            check();
            """;

    /** What the first draw waited on: every request before the mark, with its start, end and size. */
    private static final String FIRST_REQUESTS = """
            const m = performance.getEntriesByName('saytara-first-draw')[0];
            return performance.getEntriesByType('resource').filter((r) => r.startTime < m.startTime)
                .map((r) => `${r.name.replace(location.origin, '')} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ${Math.round(r.decodedBodySize / 1000)}`)
                .join('; ') + ' | ' + performance.getEntriesByType('measure')
                .map((x) => `${x.name.slice(8)} ${Math.round(x.startTime)}+${Math.round(x.duration)}`).join(', ');
            """;

    /**
     * One step: an arrow key, then wait until the page says the next frame is drawn, then one more
     * animation frame so that the paint is counted too.
     */
    private static final String STEP = """
            const key = arguments[0], done = arguments[arguments.length - 1];
            const before = document.body.dataset.frameDate;
            const t0 = performance.now();
            const parts = () => Object.fromEntries(performance.getEntriesByType('measure')
                .filter((m) => m.name.startsWith('saytara-') && m.startTime >= t0).map((m) => [m.name.slice(8), m.duration]));
            const finish = () => requestAnimationFrame(() => done({ total: performance.now() - t0, ...parts() }));
            const drawn = () => document.body.dataset.ready === 'true' && document.body.dataset.frameDate !== before;
            const observer = new MutationObserver(() => {
              if (drawn()) { observer.disconnect(); finish(); }
            });
            observer.observe(document.body, { attributes: true, attributeFilter: ['data-ready', 'data-frame-date'] });
            document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            if (drawn()) { observer.disconnect(); finish(); }
            """;

    /** The layer requests the page made since the last call: server time (request to first byte), and size. */
    private static final String LAYER_REQUESTS = """
            const out = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/layers/'))
                .map((r) => [r.responseStart - r.requestStart, r.responseEnd - r.responseStart, r.decodedBodySize]);
            performance.clearResourceTimings();
            return out;
            """;

    /** Steps by one key, {@code pauseMs} apart; each step's total and the parts the page timed. */
    private static Map<String, double[]> measure(JavascriptExecutor js, String key, int steps, long pauseMs) throws InterruptedException {
        Map<String, double[]> out = new LinkedHashMap<>();
        js.executeScript(LAYER_REQUESTS);
        for (int i = 0; i < steps; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> step = (Map<String, Object>) js.executeAsyncScript(STEP, key);
            for (var e : step.entrySet()) {
                out.computeIfAbsent(e.getKey(), k -> new double[steps])[i] = ((Number) e.getValue()).doubleValue();
            }
            if (pauseMs > 0) Thread.sleep(pauseMs);
        }
        @SuppressWarnings("unchecked")
        List<List<Number>> requests = (List<List<Number>>) js.executeScript(LAYER_REQUESTS);
        if (!requests.isEmpty()) {
            out.put("request: server", requests.stream().mapToDouble(r -> r.get(0).doubleValue()).toArray());
            out.put("request: transfer", requests.stream().mapToDouble(r -> r.get(1).doubleValue()).toArray());
            out.put("request: kB", requests.stream().mapToDouble(r -> r.get(2).doubleValue() / 1000).toArray());
        }
        return out;
    }

    /** The total first (the figure of the budget), then where it went. */
    private static void report(String what, Map<String, double[]> parts) {
        System.out.printf(Locale.ROOT, "%s:%n", what);
        parts.forEach((name, ms) -> {
            double[] s = ms.clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "  %-18s n=%d p50 %.1f, p95 %.1f, max %.1f%n", name, s.length,
                    s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1], s[s.length - 1]);
        });
    }

    /** Three events per article, at places drawn with a seed from the article's number. */
    private static EventProcessor articleEvents(List<PlaceRef> refs, LocalDate start, int articles) {
        return (article, events) -> eventsOf(article.id(), article.published(), refs);
    }

    static List<Event> eventsOf(String articleId, LocalDate published, List<PlaceRef> refs) {
        int n = Integer.parseInt(articleId.substring(3));
        Random r = new Random(n * 7919L);
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            PlaceRef p = refs.get(r.nextInt(refs.size()));
            int roll = r.nextInt(20);
            EventKind kind = roll < 12 ? EventKind.CAPTURE : roll < 17 ? EventKind.CONTESTED : EventKind.WITHDRAWAL;
            String gainer = GAINERS[r.nextInt(GAINERS.length)];
            String loser = GAINERS[r.nextInt(GAINERS.length)];
            out.add(new Event(articleId + "-e0" + (k + 1), articleId, kind, p, kind == EventKind.CONTESTED ? null : gainer,
                    loser.equals(gainer) ? null : loser, kind == EventKind.CAPTURE ? SyriaSides.SYRIA.actors().sideOf(gainer) : null,
                    false, null, published, published, published, DatePrecision.DAY, null, "سيطرت القوات على " + p.nameAr(),
                    null, null, "Bench", 0.9));
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
