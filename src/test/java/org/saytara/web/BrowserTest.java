package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium driven by Selenium against the app
 * started in this JVM on a free port, over a temporary copy of the seed corpus.
 *
 * <p>Selenium Manager never runs: both the browser binary and the driver are given, and Selenium
 * 4.25 looks for neither when both are known (it has no switch to turn it off; with paths set it is
 * simply never reached). The tile URL points at a path of the app that does not exist, so no request
 * ever leaves the machine and the page shows its offline basemap.
 *
 * <p>Without Chromium these tests fail, on purpose; {@code -Dsaytara.browser=skip} leaves them out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Tiles from here 404 on our own server: the page must cope, and nothing goes outside. */
    private static final String OFFLINE_TILES = "/tiles-offline/{z}/{x}/{y}.png";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path corpusCopy;
    private static Path profileDir;
    private static Server server;
    private static ChromeDriver driver;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        Assumptions.assumeFalse("skip".equals(System.getProperty("saytara.browser")),
                "browser tests left out with -Dsaytara.browser=skip");
        assertTrue(Files.isExecutable(CHROMIUM),
                "Chromium is missing at " + CHROMIUM + ": apt-get install -y chromium chromium-driver "
                        + "(or run with -Dsaytara.browser=skip)");
        assertTrue(Files.isExecutable(CHROMEDRIVER),
                "chromedriver is missing at " + CHROMEDRIVER + ": apt-get install -y chromium-driver");

        corpusCopy = Files.createTempDirectory("saytara-browser-corpus");
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, corpusCopy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        server = Server.start(ServerConfig.defaults()
                .withCorpusDir(corpusCopy)
                .withGeodataDir(Path.of("geodata"))
                .withWebDir(Path.of("web"))
                .withHost("127.0.0.1")
                .withPort(0)
                .withToken(null)
                .withWatchCorpus(false)
                .withTiles(OFFLINE_TILES, "Test tiles (none)"));
        base = "http://127.0.0.1:" + server.port();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profileDir = Files.createTempDirectory("saytara-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profileDir,
                "--window-size=1366,900", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        deleteTree(corpusCopy);
        deleteTree(profileDir);
    }

    // ---------------------------------------------------------------- tests

    @Test
    @Order(1)
    void pageLoadsWithMarkersAndLegendAndNoConsoleErrors() {
        open("");
        // The latest frame where a place changed hands and some report says so (not a quiet day).
        String opening = null;
        for (JsonNode f : getJson("/api/frames").path("frames")) {
            if (f.path("changes").asInt() > 0 && f.path("reports").asInt() > 0) opening = f.path("date").asText();
        }
        assertNotNull(opening);
        assertNotEquals(getJson("/api/meta").get("last_frame").asText(), opening, "the seeds end on a quiet day");
        assertEquals(opening, bodyData("frameDate"), "opens on the latest frame with a change");
        assertFalse(driver.findElements(By.cssSelector("#events li.event")).isEmpty(), "and its changes are listed");
        List<Map<String, Object>> markers = markers();
        assertTrue(markers.size() >= 5, "place markers drawn: " + markers.size());
        assertEquals(1, markers.stream().filter(m -> "tadmur".equals(m.get("id"))).count(), "Tadmur is on the map");
        // Every place of the frame's layer is painted once, and those its changes name are marked changed.
        Set<String> places = new TreeSet<>();
        for (JsonNode f : getJson("/api/layers/" + opening + "?layer=places").path("features")) places.add(f.path("properties").path("id").asText());
        assertEquals(places, new TreeSet<>(markers.stream().map(m -> (String) m.get("id")).toList()), "the places of the frame, no more");
        assertEquals(markers.size(), places.size(), "each once");
        Set<String> changed = new TreeSet<>();
        for (JsonNode f : getJson("/api/layers/" + opening + "?layer=changes").path("features")) changed.add(f.path("properties").path("place_id").asText());
        assertFalse(changed.isEmpty());
        assertEquals(changed, new TreeSet<>(markers.stream().filter(m -> Boolean.TRUE.equals(m.get("changed"))).map(m -> (String) m.get("id")).toList()));
        // Those that changed pulse: a ring element each (the canvas paints one at rest for any beyond that).
        assertEquals(markers.stream().filter(m -> "animated".equals(m.get("pulse"))).count(),
                (long) driver.findElements(By.cssSelector(".pm-pulse .pm-ring")).size());
        assertTrue(driver.findElements(By.cssSelector(".pm-pulse .pm-ring")).size() >= 1, "changes pulse");
        WebElement legend = driver.findElement(By.id("legend"));
        assertTrue(legend.isDisplayed());
        // the legend lists the profile's sides, in its order, from the API; then "contested"
        List<String> sides = new ArrayList<>();
        for (JsonNode s : getJson("/api/sides").path("sides")) sides.add(s.path("id").asText());
        assertEquals(List.of("government", "opposition", "hts", "turkey", "sdf", "isis"), sides);
        List<String> expected = new ArrayList<>(sides);
        expected.add("contested");
        assertEquals(expected, legend.findElements(By.cssSelector("[data-legend-side]")).stream()
                .map(e -> e.getAttribute("data-legend-side")).toList());
        // and so does the side filter of the panel
        List<String> options = new Select(driver.findElement(By.id("filter-side"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty() && !v.equals("contested")).toList();
        assertEquals(sides, options);
        assertTrue(legend.getText().contains("Claimed only"));
        assertFalse(driver.findElements(By.cssSelector(".leaflet-overlay-pane path, .leaflet-areas-pane path")).isEmpty(),
                "control areas drawn");
        // The offline basemap (Natural Earth countries) is drawn since tiles cannot load.
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector(".leaflet-basemap-pane path")).isEmpty());
        // Date display and URL agree with the frame shown (the URL is written once the frame is painted).
        String shown = opening;
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("#date=" + shown));
        assertTrue(legend.findElement(By.id("legend-method")).getText().contains("Voronoi"), "the legend says how territory is estimated");
        assertEquals("ltr", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertFalse(driver.findElement(By.id("date-display")).getText().isBlank());
        assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void tadmurTurnsFromGovernmentToIsisWithTheSlider() {
        open("#date=2016-04-10");
        Map<String, Object> tadmur = marker("tadmur");
        assertEquals("government", tadmur.get("side"), "Tadmur in April 2016");
        assertEquals("city", tadmur.get("group"), "a city's shape");
        String governmentFill = fill("tadmur");
        assertEquals(cssColour("--side-government"), governmentFill);
        assertEquals(rgb(sideColour("government")), governmentFill, "the colour of the profile's sides.tsv");

        String december = firstFrameOnOrAfter("2016-12-12");
        int index = frameDates().indexOf(december);
        // Move the slider the way a hand does: change its value and fire `input`.
        js().executeScript("const s = document.getElementById('slider'); s.value = arguments[0];"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));", String.valueOf(index));
        waitForFrame(december);
        assertEquals("isis", marker("tadmur").get("side"), "Tadmur on " + december);
        String isisFill = fill("tadmur");
        assertEquals(cssColour("--side-isis"), isisFill);
        assertEquals(rgb(sideColour("isis")), isisFill);
        assertNotEquals(governmentFill, isisFill);
        assertTrue(driver.getCurrentUrl().endsWith("#date=" + december), driver.getCurrentUrl());

        // The back button returns to April, through the URL.
        driver.navigate().back();
        waitForFrame("2016-04-10");
        assertEquals("government", marker("tadmur").get("side"));
        assertEquals(governmentFill, fill("tadmur"));
        // A new frame paints again only where markers changed: after the slider and the Back button the
        // canvas holds the same pixels as the same frame painted whole on a fresh load.
        String stepped = canvasDigest();
        open("#date=2016-04-10");
        assertEquals(stepped, canvasDigest(), "the frame reached by steps and loaded afresh paint alike");

        // Loading a shared link with a December date shows ISIS directly.
        open("#date=2016-12-12&place=tadmur");
        assertEquals("isis", marker("tadmur").get("side"));
        assertEquals(isisFill, fill("tadmur"));
        assertEquals(true, marker("tadmur").get("selected"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#place-view table.history tbody tr")).size() >= 2);
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void aPlaceOpensFromTheMapByPointerAndByKeyboard() {
        open("#date=2016-12-12");
        Map<String, Object> tadmur = marker("tadmur");
        assertEquals(false, tadmur.get("selected"));
        assertFalse(driver.getCurrentUrl().contains("place="), driver.getCurrentUrl());
        int x = (int) Math.round(((Number) tadmur.get("clientX")).doubleValue());
        int y = (int) Math.round(((Number) tadmur.get("clientY")).doubleValue());
        // Pointing at the marker's pixel names it in a tooltip; clicking there opens it.
        new Actions(driver).moveToLocation(x, y).perform();
        WebElement tip = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".leaflet-tooltip .pm-tip")));
        assertEquals("Tadmur", tip.findElement(By.tagName("strong")).getText());
        assertTrue(driver.findElement(By.id("map")).getAttribute("class").contains("pm-pointer"), "a pointer over a place");
        new Actions(driver).moveToLocation(x, y).click().perform();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("place=tadmur"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#place-view h3")).getText().equals("Tadmur"));
        assertEquals(true, marker("tadmur").get("selected"));
        // A click on the map away from every marker opens nothing.
        new Actions(driver).moveToLocation(x, y + 120).click().perform();
        assertTrue(driver.getCurrentUrl().contains("place=tadmur"), driver.getCurrentUrl());

        // The keyboard: one stop on the map stands on a place (the selected one first), Tab walks on
        // to the next places in view, Enter opens the one it stands on.
        WebElement stop = driver.findElement(By.cssSelector("button.pm-key"));
        assertEquals("tadmur", stop.getAttribute("data-place-id"));
        assertEquals("Tadmur: " + sideLabelEn("isis"), stop.getAttribute("aria-label"));
        js().executeScript("arguments[0].focus();", stop);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver.switchTo().activeElement();
        String nextId = next.getAttribute("data-place-id");
        assertNotNull(nextId, "Tab moved to another place on the map: " + next.getTagName() + " " + next.getAttribute("class"));
        assertNotEquals("tadmur", nextId);
        Map<String, Object> other = marker(nextId);
        assertTrue(next.getAttribute("aria-label").startsWith(label(nextId).get("text") + ": "), next.getAttribute("aria-label"));
        assertEquals(nextId, next.getAttribute("data-place-id"));
        // It stands over that marker.
        org.openqa.selenium.Rectangle r = next.getRect();
        assertEquals(((Number) other.get("clientX")).doubleValue(), r.getX() + r.getWidth() / 2.0, 1.5);
        assertEquals(((Number) other.get("clientY")).doubleValue(), r.getY() + r.getHeight() / 2.0, 1.5);
        next.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("place=" + nextId));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#place-view h3")).getText().equals(label(nextId).get("text")));
        assertEquals(true, marker(nextId).get("selected"));
        assertEquals(false, marker("tadmur").get("selected"));
        assertNoConsoleErrors();
    }

    /** A side's English label as the profile gives it (GET /api/sides). */
    private static String sideLabelEn(String id) {
        for (JsonNode s : getJson("/api/sides").path("sides")) if (s.path("id").asText().equals(id)) return s.path("label_en").asText();
        throw new AssertionError("no side " + id);
    }

    @Test
    @Order(3)
    void keyboardSteps() {
        List<String> frames = frameDates();
        open("#date=" + frames.get(1));
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
        waitForFrame(frames.get(0));
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        waitForFrame(frames.get(1));
        // Typing in a field must not move time.
        driver.findElement(By.id("add-article")).click();
        WebElement title = driver.findElement(By.name("title"));
        title.sendKeys(org.openqa.selenium.Keys.ARROW_LEFT, " ");
        driver.findElement(By.cssSelector("#add-dialog .close")).click();
        assertEquals(frames.get(1), bodyData("frameDate"));
        assertEquals("false", bodyData("playing"));
    }

    @Test
    @Order(4)
    void playAdvancesThroughTheFramesAndStopsAtTheEnd() throws InterruptedException {
        List<String> frames = frameDates();
        assertTrue(frames.size() >= 3, "the seed corpus has several frames: " + frames);
        open("#date=" + frames.get(0));
        new Select(driver.findElement(By.id("speed"))).selectByValue("4");
        driver.findElement(By.id("play")).click();
        assertEquals("true", bodyData("playing"));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10L + frames.size()).toNanos();
        while (System.nanoTime() < deadline) {
            String date = bodyData("frameDate");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(date)) seen.add(date);
            if ("false".equals(bodyData("playing"))) break;
            Thread.sleep(40);
        }
        assertEquals("false", bodyData("playing"), "play stopped by itself; saw " + seen);
        assertEquals(frames.get(frames.size() - 1), bodyData("frameDate"), "stopped on the last frame");
        assertTrue(seen.size() >= 3, "saw the frames go by: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i - 1).compareTo(seen.get(i)) < 0, "frames only move forward: " + seen);
        }
        Thread.sleep(800);
        assertEquals(frames.get(frames.size() - 1), bodyData("frameDate"), "stays at the end");
        assertEquals("true", driver.findElement(By.id("slider")).getAttribute("value")
                .equals(String.valueOf(frames.size() - 1)) ? "true" : "false", "slider at the end");
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void downloadLinksReturnGeoJsonWithFeatures() throws Exception {
        open("#date=2016-12-12");
        driver.findElement(By.cssSelector(".downloads summary")).click();
        String frameHref = driver.findElement(By.id("dl-frame")).getAttribute("href");
        assertTrue(frameHref.endsWith("/api/layers/2016-12-12.geojson"), frameHref);
        for (String href : List.of(frameHref, driver.findElement(By.id("dl-timeline")).getAttribute("href"))) {
            HttpResponse<String> res = get(href);
            assertEquals(200, res.statusCode(), href);
            JsonNode doc = JSON.readTree(res.body());
            assertEquals("FeatureCollection", doc.path("type").asText(), href);
            assertTrue(doc.path("features").isArray() && doc.path("features").size() > 0, href + " has features");
            for (JsonNode f : doc.path("features")) {
                assertEquals("Feature", f.path("type").asText());
                assertTrue(f.path("geometry").has("coordinates"), href);
            }
        }
        HttpResponse<String> csv = get(driver.findElement(By.id("dl-csv")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().strip().lines().count() >= 2, "events CSV has a header and rows");
    }

    @Test
    @Order(6)
    void sidePanelShowsTheEvidenceOfAChangeAndTheArticle() {
        // A change whose sentence names its place (Tadmur's if there is one), found through the API
        // the page uses: the panel must mark that name.
        JsonNode change = null;
        String date = null;
        for (String d : frameDates()) {
            for (JsonNode f : getJson("/api/layers/" + d + "?layer=changes").path("features")) {
                JsonNode p = f.path("properties");
                boolean named = !p.path("name_ar").asText().isEmpty()
                        && p.path("evidence").asText().contains(p.path("name_ar").asText());
                if (named && (change == null || "tadmur".equals(p.path("place_id").asText()))) {
                    change = p;
                    date = d;
                }
            }
        }
        assertNotNull(change, "some change names its place in its sentence");
        open("#date=" + date);
        String id = change.path("event_id").asText();
        WebElement item = new WebDriverWait(driver, WAIT).until(d ->
                d.findElement(By.cssSelector("#events li.event[data-event-id='" + id + "']")));
        WebElement evidence = item.findElement(By.cssSelector(".ev-evidence"));
        assertEquals(change.path("evidence").asText().strip(), evidence.getText().strip());
        assertEquals("rtl", evidence.getAttribute("dir"));
        List<WebElement> marks = evidence.findElements(By.cssSelector("mark.place-mark"));
        assertEquals(1, marks.size(), "the place name is highlighted");
        String placeName = marks.get(0).getText();
        assertFalse(placeName.isBlank());
        assertTrue(change.path("evidence").asText().contains(placeName));
        assertFalse(item.findElement(By.cssSelector(".ev-summary")).getText().isBlank());

        // Filters: a side the event is not about hides it.
        Select side = new Select(driver.findElement(By.id("filter-side")));
        side.selectByValue("sdf");
        assertTrue(driver.findElements(By.cssSelector("#events li.event[data-event-id='" + id + "']")).isEmpty());
        side.selectByValue("");

        // The article opens with the evidence marked.
        driver.findElement(By.cssSelector("#events li.event[data-event-id='" + id + "'] .open-article")).click();
        WebElement reader = driver.findElement(By.id("reader"));
        new WebDriverWait(driver, WAIT).until(d -> !reader.findElements(By.cssSelector(".article-text mark.evidence.focus")).isEmpty());
        String focused = String.join("", reader.findElements(By.cssSelector(".article-text mark.focus"))
                .stream().map(WebElement::getText).toList());
        assertTrue(focused.contains(placeName), "the focused evidence holds the place name");
        reader.findElement(By.cssSelector(".close")).click();
        assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void theWholeInterfaceInArabicReadsRightToLeft() {
        open("#date=2016-12-12");
        driver.findElement(By.cssSelector("[data-lang-choice=ar]")).click();
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals("rtl", html.getAttribute("dir"));
        assertEquals("ar", html.getAttribute("lang"));
        Map<String, Object> label = label("tadmur");
        assertEquals("rtl", label.get("dir"));
        assertEquals("ar", label.get("lang"));
        assertEquals(getJson("/api/places/tadmur").path("name_ar").asText(), label.get("text"));
        assertEquals("shown", label.get("state"));
        // Panel, tabs, buttons, legend and dates: Arabic words, Levantine month names, Arabic-Indic digits.
        assertEquals("١٢ كانون الأول ٢٠١٦", driver.findElement(By.id("panel-title")).getText());
        assertTrue(driver.findElement(By.id("date-display")).getText().contains("كانون الأول"), driver.findElement(By.id("date-display")).getText());
        assertEquals("التغييرات", driver.findElement(By.cssSelector("#tab-events [data-i18n]")).getText());
        assertEquals("إضافة مقال", driver.findElement(By.id("add-article")).getText());
        assertEquals("مقارنة", driver.findElement(By.id("tab-compare")).getText());
        WebElement legend = driver.findElement(By.id("legend"));
        String isisAr = null;
        for (JsonNode side : getJson("/api/sides").path("sides")) {
            if (side.path("id").asText().equals("isis")) isisAr = side.path("label_ar").asText();
        }
        assertTrue(legend.getText().contains(isisAr), "sides named by the profile: " + legend.getText());
        assertTrue(legend.findElement(By.id("legend-method")).getText().contains("فورونوي"));
        assertEquals("الكل", new Select(driver.findElement(By.id("filter-side"))).getFirstSelectedOption().getText());
        // The summaries are written in Arabic, as the Arabic press writes them.
        List<WebElement> summaries = driver.findElements(By.cssSelector("#events .ev-summary"));
        assertFalse(summaries.isEmpty());
        String first = summaries.get(0).getText();
        assertTrue(first.contains(" — بحسب ") && first.matches(".*[٠-٩].*"), first);
        assertTrue(driver.findElement(By.id("panel-sub")).getText().matches(".*\\p{IsArabic}.*"), "the frame's line in Arabic");
        // Right to left: the panel stands left of the map.
        assertTrue(driver.findElement(By.id("panel")).getRect().getX() < driver.findElement(By.id("map")).getRect().getX());
        // The choice is kept: a reload opens in Arabic again.
        open("#date=2016-12-12");
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        assertEquals("ltr", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("ltr", label("tadmur").get("dir"));
        assertEquals("Tadmur", label("tadmur").get("text"));
        assertEquals("12 Dec 2016", driver.findElement(By.id("panel-title")).getText());
        assertEquals("Changes", driver.findElement(By.cssSelector("#tab-events [data-i18n]")).getText());
        assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void territoryFrontsAndTheComparisonAreDrawnUnderTheMarkers() {
        open("#date=2016-12-12");
        // The estimated territory: ISIS's land filled, contested land hatched, a front where two sides meet.
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector(".leaflet-areas-pane path.area.side-isis")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector(".leaflet-areas-pane path.area.side-contested[fill='url(#hatch-contested)']")).isEmpty(),
                "contested land hatched");
        JsonNode fronts = getJson("/api/layers/2016-12-12?layer=fronts").path("features");
        assertEquals(fronts.size(), driver.findElements(By.cssSelector(".leaflet-fronts-pane path.front")).size());
        // Labels never overlap: every two labels painted cover disjoint boxes (each box is the canvas's
        // measure of the text where it painted it), and each lies beside its own marker.
        List<List<Number>> boxes = new ArrayList<>();
        for (Map<String, Object> m : markers()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> label = (Map<String, Object>) m.get("label");
            if (!"shown".equals(label.get("state"))) {
                assertNull(label.get("box"), "a label not shown is not painted: " + m);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) label.get("box");
            assertNotNull(box, "a label shown is painted: " + m);
            double x = ((Number) m.get("x")).doubleValue(), y = ((Number) m.get("y")).doubleValue();
            assertTrue(box.get(0).doubleValue() >= x && box.get(0).doubleValue() <= x + 30, "to the right of its marker: " + m);
            assertTrue(box.get(1).doubleValue() < y && box.get(3).doubleValue() > y, "level with its marker: " + m);
            assertTrue(box.get(2).doubleValue() - box.get(0).doubleValue() > 2.5 * ((String) label.get("text")).length(), "as wide as its text: " + m);
            boxes.add(box);
        }
        assertTrue(boxes.size() >= 2, "some labels shown: " + boxes.size());
        assertEquals("shown", label("tadmur").get("state"), "a city's label wins the room over its suburbs'");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Number> a = boxes.get(i), b = boxes.get(j);
                boolean overlap = a.get(0).doubleValue() < b.get(2).doubleValue() - 1 && a.get(2).doubleValue() > b.get(0).doubleValue() + 1
                        && a.get(1).doubleValue() < b.get(3).doubleValue() - 1 && a.get(3).doubleValue() > b.get(1).doubleValue() + 1;
                assertFalse(overlap, "labels " + a + " and " + b + " overlap");
            }
        }
        // Approximate positions are faint: painted at half opacity, so the canvas holds half-transparent pixels there.
        Map<String, Object> approx = markers().stream().filter(m -> Boolean.TRUE.equals(m.get("approx")) && !Boolean.TRUE.equals(m.get("selected")))
                .findFirst().orElseThrow(() -> new AssertionError("no approximate place on 2016-12-12"));
        assertEquals(0.5, ((Number) approx.get("opacity")).doubleValue());
        int alpha = pixel(approx).get(3).intValue();
        assertTrue(alpha > 90 && alpha < 200, "half opacity at the centre of " + approx.get("id") + ": " + alpha);
        assertEquals(255, pixel(marker("tadmur")).get(3).intValue(), "a surveyed place is opaque");
        // Compare April with December: ISIS gained Tadmur and land, the government lost them.
        driver.findElement(By.id("tab-compare")).click();
        new Select(driver.findElement(By.id("compare-from"))).selectByValue(firstFrameOnOrAfter("2016-04-01"));
        new Select(driver.findElement(By.id("compare-to"))).selectByValue("2016-12-12");
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
        WebElement isis = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#compare-view .cmp-side[data-side=isis]")));
        assertTrue(Double.parseDouble(isis.findElement(By.cssSelector(".km2-gained")).getAttribute("data-value")) > 100);
        assertTrue(isis.findElement(By.cssSelector(".places-gained")).getText().contains("Tadmur"), isis.getText());
        WebElement gov = driver.findElement(By.cssSelector("#compare-view .cmp-side[data-side=government]"));
        assertTrue(Double.parseDouble(gov.findElement(By.cssSelector(".km2-lost")).getAttribute("data-value")) > 100);
        assertFalse(driver.findElements(By.cssSelector(".leaflet-areas-pane path.compare-gained.side-isis")).isEmpty(), "drawn on the map");
        assertFalse(driver.findElements(By.cssSelector(".leaflet-areas-pane path.compare-lost.side-government")).isEmpty());
        driver.findElement(By.id("compare-clear")).click();
        assertTrue(driver.findElements(By.cssSelector(".leaflet-areas-pane path.compare")).isEmpty());
        assertNoConsoleErrors();
    }

    @Test
    @Order(8)
    void screenshotsAtTwoDates() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        driver.manage().window().setSize(new Dimension(1366, 900));
        open("#date=2016-04-10");
        Path april = screenshot("map-2016-04-10.png");
        open("#date=2016-12-12&place=tadmur");
        Path december = screenshot("map-2016-12-12.png");
        // The README's screenshots are refreshed on request only, so a test run leaves the work tree clean:
        // mvn verify -Dsaytara.screenshot=update. The territory map is the one "Open in QGIS" shows.
        open("#date=2016-12-12");
        Path territory = screenshot("territory-2016-12-12.png");
        driver.findElement(By.cssSelector("[data-lang-choice=ar]")).click();
        Path territoryAr = screenshot("territory-2016-12-12-ar.png");
        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        if ("update".equals(System.getProperty("saytara.screenshot"))) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(december, Path.of("docs", "screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(territory, Path.of("docs", "territory.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(territoryAr, Path.of("docs", "territory-ar.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        // The same view on a phone: the panel goes below the map.
        driver.manage().window().setSize(new Dimension(412, 915));
        open("#date=2016-12-12");
        WebElement map = driver.findElement(By.id("map"));
        WebElement panel = driver.findElement(By.id("panel"));
        assertTrue(panel.getRect().getY() >= map.getRect().getY() + map.getRect().getHeight(), "panel below the map on a phone");
        screenshot("map-2016-12-12-phone.png");
        driver.manage().window().setSize(new Dimension(1366, 900));
        assertTrue(Files.size(april) > 10_000 && Files.size(december) > 10_000);
    }

    @Test
    @Order(9)
    void postedArticleWithHtmlIsShownInert() {
        open("");
        js().executeScript("window.__xss = undefined;");
        String hostile = "<script>window.__xss = 'script'</script>\n"
                + "<img src=x onerror=\"window.__xss = 'img'\">\n"
                + "سيطر تنظيم الدولة على مدينة تدمر بعد معارك عنيفة مع قوات النظام.";
        String title = "<img src=x onerror=\"window.__xss = 'title'\"> عنوان";
        driver.findElement(By.id("add-article")).click();
        js().executeScript("document.querySelector('#add-form input[name=title]').value = arguments[0];", title);
        driver.findElement(By.name("outlet")).sendKeys("<b>Outlet</b>");
        // Arabic through sendKeys depends on the driver's keyboard mapping: set the values directly.
        js().executeScript("document.querySelector('#add-form textarea[name=text]').value = arguments[0];", hostile);
        js().executeScript("document.querySelector('#add-form input[name=published]').value = '2016-12-12';");
        driver.findElement(By.cssSelector("#add-form button[type=submit]")).click();
        WebElement ok = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".add-result .ok, .add-result .error")));
        assertTrue(ok.getAttribute("class").contains("ok"), "article accepted: " + ok.getText());
        // The result sits at the foot of the dialog: scroll it into view, as a reader would.
        WebElement openAdded = driver.findElement(By.cssSelector(".add-result .open-added"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", openAdded);
        openAdded.click();
        WebElement reader = driver.findElement(By.id("reader"));
        new WebDriverWait(driver, WAIT).until(d -> !reader.findElements(By.cssSelector(".article-text")).isEmpty());

        String text = reader.findElement(By.cssSelector(".article-text")).getAttribute("textContent");
        assertTrue(text.contains("<script>window.__xss = 'script'</script>"), text);
        assertTrue(text.contains("<img src=x onerror="), text);
        assertTrue(reader.findElement(By.cssSelector(".reader-title")).getText().contains("<img src=x"), "title as text");
        assertTrue(reader.findElements(By.cssSelector("img, script")).isEmpty(), "no element made from article text");
        assertTrue(driver.findElements(By.cssSelector("body img[src=x]")).isEmpty());
        assertNull(js().executeScript("return window.__xss === undefined ? null : String(window.__xss);"),
                "no script from the article ran");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertNoConsoleErrors();
    }

    @Test
    @Order(10)
    void anotherProfileIsDrawnInItsOwnSidesAndColours() throws IOException {
        Path libya = Path.of("src/test/resources/profiles/libya");
        Path corpus = Files.createTempDirectory("saytara-browser-libya");
        try (Stream<Path> files = Files.list(libya.resolve("corpus"))) {
            for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        Server other = Server.start(ServerConfig.defaults().withCorpusDir(corpus).withGeodataDir(libya.resolve("geodata"))
                .withProfileDir(libya.resolve("profile")).withWebDir(Path.of("web")).withHost("127.0.0.1").withPort(0)
                .withToken(null).withWatchCorpus(false).withTiles(OFFLINE_TILES, "Test tiles (none)"));
        try {
            driver.get("about:blank");
            driver.get("http://127.0.0.1:" + other.port() + "/#date=2017-07-06");
            new WebDriverWait(driver, WAIT).until(d -> "true".equals(bodyData("ready")));
            assertEquals("gna", marker("sirte").get("side"));
            assertEquals("lna", marker("benghazi").get("side"));
            assertEquals("rgb(31, 119, 180)", fill("sirte"), "the GNA's colour in the Libya profile's sides.tsv");
            assertEquals("rgb(140, 86, 75)", fill("benghazi"), "the LNA's colour");
            assertEquals(List.of("gna", "lna", "isis", "contested"), driver.findElements(By.cssSelector("#legend [data-legend-side]"))
                    .stream().map(e -> e.getAttribute("data-legend-side")).toList());
            assertTrue(driver.findElement(By.id("legend")).getText().contains("Government of National Accord"));
            assertEquals(2, markers().size(), "only the places with events are drawn");
            // this gazetteer has no countries.geojson: the page goes without the offline basemap
            assertNoConsoleErrors("/api/basemap.geojson");
        } finally {
            other.stop();
            deleteTree(corpus);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A side's colour as the profile gives it (GET /api/sides). */
    private static String sideColour(String id) {
        for (JsonNode s : getJson("/api/sides").path("sides")) if (s.path("id").asText().equals(id)) return s.path("colour").asText();
        throw new AssertionError("no side " + id);
    }

    /** #rrggbb as a browser writes a computed colour. */
    private static String rgb(String hex) {
        return "rgb(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16) + ", "
                + Integer.parseInt(hex.substring(5, 7), 16) + ")";
    }

    /** Loads the page at a hash and waits until the frame is drawn. */
    private static void open(String hash) {
        // A blank page first: going to the same page with another hash would not reload it, and
        // the previous frame's "ready" flag would answer the wait below.
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(bodyData("ready")));
    }

    /** Waits until a frame is drawn and the URL names it (the page writes the URL once the frame is painted). */
    private static void waitForFrame(String date) {
        new WebDriverWait(driver, WAIT).until(d -> date.equals(bodyData("frameDate")) && "true".equals(bodyData("ready"))
                && d.getCurrentUrl().contains("date=" + date));
    }

    private static String bodyData(String key) {
        return (String) js().executeScript("return document.body.dataset[arguments[0]] ?? null;", key);
    }

    /**
     * The markers as the page last painted them on its canvas, bottom to top: the page's read-only
     * hook ({@code window.saytara.markers()}, docs/web.md), which records each marker as it is painted.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> markers() {
        return (List<Map<String, Object>>) js().executeScript("return window.saytara.markers();");
    }

    /** A place's marker as painted (waits for it). */
    private static Map<String, Object> marker(String placeId) {
        return new WebDriverWait(driver, WAIT).until(d -> markers().stream().filter(m -> placeId.equals(m.get("id"))).findFirst().orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> label(String placeId) {
        return (Map<String, Object>) marker(placeId).get("label");
    }

    /** The canvas pixel at a marker's centre, [r, g, b, a]: what the eye sees there. */
    @SuppressWarnings("unchecked")
    private static List<Number> pixel(Map<String, Object> marker) {
        return (List<Number>) js().executeScript("const c = document.querySelector('canvas.pm-canvas');"
                + "const r = c.getBoundingClientRect(), sx = c.width / r.width, sy = c.height / r.height;"
                + "return [...c.getContext('2d').getImageData(Math.floor((arguments[0] - r.left) * sx), Math.floor((arguments[1] - r.top) * sy), 1, 1).data];",
                marker.get("clientX"), marker.get("clientY"));
    }

    /** The size and a digest of every pixel of the markers' canvas. */
    private static String canvasDigest() {
        return (String) js().executeScript("const c = document.querySelector('canvas.pm-canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let h = 0, n = 0;"
                + "for (let i = 0; i < d.length; i++) { h = (Math.imul(h, 31) + d[i]) | 0; if (d[i]) n++; }"
                + "return `${c.width}x${c.height} ${n} ${h}`;");
    }

    /**
     * A marker's fill as rgb(): the colour the canvas filled it with (the page's record of the paint)
     * and the pixel at its centre on the canvas, which must agree, opaque.
     */
    private static String fill(String placeId) {
        Map<String, Object> m = marker(placeId);
        String painted = rgb((String) m.get("fill"));
        List<Number> px = pixel(m);
        assertEquals(255, px.get(3).intValue(), placeId + " painted opaque at its centre");
        assertEquals(painted, "rgb(" + px.get(0) + ", " + px.get(1) + ", " + px.get(2) + ")", placeId + ": the canvas pixel at its centre");
        return painted;
    }

    /** A side colour from the stylesheet's custom property, as the browser computes it (rgb()). */
    private static String cssColour(String property) {
        return (String) js().executeScript("const p = document.createElement('span');"
                + "p.style.color = `var(${arguments[0]})`; document.body.append(p);"
                + "const c = getComputedStyle(p).color; p.remove(); return c;", property);
    }

    private static JavascriptExecutor js() {
        return driver;
    }

    private static List<String> frameDates() {
        List<String> out = new ArrayList<>();
        for (JsonNode f : getJson("/api/frames").path("frames")) out.add(f.path("date").asText());
        return out;
    }

    private static String firstFrameOnOrAfter(String date) {
        List<String> frames = frameDates();
        return frames.stream().filter(d -> d.compareTo(date) >= 0).findFirst().orElse(frames.get(frames.size() - 1));
    }

    private static JsonNode getJson(String path) {
        try {
            HttpResponse<String> res = get(base + path);
            assertEquals(200, res.statusCode(), path + ": " + res.body());
            return JSON.readTree(res.body());
        } catch (IOException e) {
            throw new AssertionError(path + " did not parse", e);
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(WAIT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Fails on any SEVERE browser log entry, except the 404s of the deliberately missing tiles.
     * Reading the log also clears it, so each test sees only its own errors.
     */
    private static void assertNoConsoleErrors() {
        assertNoConsoleErrors("/tiles-offline/");
    }

    /** As {@link #assertNoConsoleErrors()}, also allowing requests to {@code expected} to fail. */
    private static void assertNoConsoleErrors(String expected) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("/tiles-offline/")
                    && !e.getMessage().contains(expected)) {
                errors.add(e.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static Path screenshot(String name) throws IOException {
        // Let the last tiles fail and the pulse settle into view before taking the picture.
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(bodyData("ready")));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path out = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
