package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review queue in Debian's headless Chromium: the most doubtful event first, its Arabic
 * evidence with the place marked (as text), confirm and reject by key, a correction through the
 * form with a place search, and the page marking what was reviewed. Like {@link BrowserTest}, no
 * request leaves the machine, and without Chromium it fails unless {@code -Dsaytara.browser=skip}.
 */
class ReviewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Path root;
    private static Path profileDir;
    private static TestServer app;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeFalse("skip".equals(System.getProperty("saytara.browser")),
                "browser tests left out with -Dsaytara.browser=skip");
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed: apt-get install -y chromium chromium-driver");
        root = Files.createTempDirectory("saytara-review-browser");
        app = TestServer.start(root, c -> c.withWebDir(Path.of("web")).withGeodataDir(Path.of("geodata"))
                .withTiles("/tiles-offline/{z}/{x}/{y}.png", "none"));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profileDir = Files.createTempDirectory("saytara-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profileDir, "--window-size=1366,900", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (app != null) app.close();
        for (Path dir : new Path[] {root, profileDir}) {
            if (dir == null) continue;
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void anAnalystWorksThroughTheQueueByKeyboard() throws IOException {
        driver.get(app.base + "/");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> "true".equals(js("return document.body.dataset.ready")));
        JsonNode queue = TestServer.json(app.get("/api/review-queue?limit=200"));
        List<String> order = new ArrayList<>();
        queue.path("events").forEach(i -> order.add(i.path("event").path("id").asText()));

        driver.findElement(By.id("open-review")).click();
        WebElement dialog = driver.findElement(By.id("review-dialog"));
        wait.until(d -> dialog.findElements(By.cssSelector(".rq-list li")).size() == order.size());
        List<String> shown = dialog.findElements(By.cssSelector(".rq-list li")).stream().map(li -> li.getAttribute("data-event-id")).toList();
        assertEquals(order, shown, "the page keeps the server's order, most doubtful first");

        // The first item: its reasons, and its Arabic sentence with the place marked, as text nodes only.
        WebElement head = dialog.findElement(By.cssSelector(".rq-head"));
        assertEquals(order.get(0), head.getAttribute("data-event-id"));
        WebElement evidence = dialog.findElement(By.cssSelector(".rq-evidence"));
        JsonNode first = queue.path("events").get(0).path("event");
        // textContent: the sentence exactly as written (getText would fold its line breaks).
        assertEquals(first.path("evidence").asText(), js("return arguments[0].textContent", evidence));
        assertEquals("rtl", evidence.getAttribute("dir"));
        List<WebElement> marks = evidence.findElements(By.tagName("mark"));
        assertEquals(1, marks.size());
        int offset = first.path("place_span").path("start").asInt() - first.path("evidence_span").path("start").asInt();
        int end = first.path("place_span").path("end").asInt() - first.path("evidence_span").path("start").asInt();
        assertEquals(first.path("evidence").asText().substring(offset, end), js("return arguments[0].textContent", marks.get(0)));
        assertEquals(0L, js("return arguments[0].querySelectorAll(':scope *:not(mark)').length", evidence));
        for (String reason : iterable(queue.path("events").get(0).path("reasons"))) {
            assertFalse(dialog.findElements(By.cssSelector(".rq-head .badge.doubt")).isEmpty(), reason);
        }
        screenshot("review-queue.png");

        // c confirms the first, x rejects the second: each is stored, and the queue moves on.
        dialog.sendKeys("c");
        wait.until(d -> reviews().path("count").asInt() == 1);
        wait.until(d -> order.get(1).equals(currentId()));
        dialog.sendKeys("x");
        wait.until(d -> reviews().path("count").asInt() == 2);
        JsonNode trail = reviews().path("reviews");
        assertEquals(order.get(0), trail.get(0).path("event_id").asText());
        assertEquals("confirm", trail.get(0).path("action").asText());
        assertEquals(order.get(1), trail.get(1).path("event_id").asText());
        assertEquals("reject", trail.get(1).path("action").asText());
        assertEquals("confirmed", dialog.findElement(By.cssSelector(".rq-list li[data-event-id='" + order.get(0) + "']")).getAttribute("data-status"));

        // e opens the correction form: find a place by a few Arabic letters, set the gainer, Ctrl+Enter.
        String corrected = currentId();
        dialog.sendKeys("e");
        WebElement search = wait.until(d -> dialog.findElement(By.name("place-search")));
        assertEquals(search, driver.switchTo().activeElement(), "the place search has the focus");
        search.sendKeys("تدم");
        WebElement tadmur = wait.until(d -> dialog.findElement(By.cssSelector(".rq-places button[data-place-id=tadmur]")));
        tadmur.click();
        new Select(dialog.findElement(By.name("gaining_side"))).selectByValue("opposition");
        search.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        try {
            wait.until(d -> reviews().path("count").asInt() == 3);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no correction stored; the queue says: "
                    + dialog.findElement(By.cssSelector(".rq-status")).getText(), e);
        }
        JsonNode correction = reviews().path("reviews").get(2);
        assertEquals(corrected, correction.path("event_id").asText());
        assertEquals("correct", correction.path("action").asText());
        assertEquals("tadmur", correction.path("set").path("place").asText());
        assertEquals("opposition", correction.path("set").path("gaining_side").asText());
        assertEquals("local", correction.path("reviewer").asText());

        // Back on the map: the events of the confirmed change carry their mark in the panel.
        dialog.findElement(By.cssSelector(".close")).click();
        JsonNode confirmed = TestServer.json(app.get("/api/events")).path("events");
        String date = null;
        for (JsonNode e : confirmed) if (e.path("id").asText().equals(order.get(0))) date = e.path("date").asText();
        driver.get("about:blank");
        driver.get(app.base + "/#date=" + date);
        wait.until(d -> "true".equals(js("return document.body.dataset.ready")));
        WebElement item = wait.until(d -> d.findElement(By.cssSelector("#events li.event[data-event-id='" + order.get(0) + "']")));
        assertEquals("confirmed", item.findElement(By.cssSelector(".badge.reviewed")).getText().toLowerCase());
        assertNoConsoleErrors();
    }

    private static String currentId() {
        List<WebElement> heads = driver.findElements(By.cssSelector("#review-dialog .rq-head"));
        return heads.isEmpty() ? null : heads.get(0).getAttribute("data-event-id");
    }

    private static JsonNode reviews() {
        return TestServer.json(app.get("/api/reviews"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<String> iterable(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("/tiles-offline/")) {
                errors.add(e.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
