package org.saytara.layers;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;
import org.saytara.geojson.GeoJsonValidator;
import org.saytara.timeline.GoldEvents;
import org.saytara.timeline.Timeline;

class LayersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<Event> events;
    private static Layers layers;

    @BeforeAll
    static void build() {
        events = GoldEvents.load();
        layers = Layers.of(Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
    }

    private static List<JsonNode> features(String json, String layer) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(json).get("features")) if (f.get("properties").get("layer").asText().equals(layer)) out.add(f);
        return out;
    }

    private static JsonNode place(String json, String name) throws Exception {
        for (JsonNode f : features(json, "places")) if (f.get("properties").get("name_en").asText().equals(name)) return f;
        throw new AssertionError("no place " + name);
    }

    @Test
    void everyFrameAndTheDaysAroundThemAreValidRfc7946() {
        for (LocalDate f : layers.frames()) {
            GeoJsonValidator.assertValid(layers.collection(f, Set.of()));
            GeoJsonValidator.assertValid(layers.collection(f.minusDays(1), Set.of("areas")));
        }
        GeoJsonValidator.assertValid(layers.collection(LocalDate.of(1990, 1, 1), Set.of()));
        GeoJsonValidator.assertValid(layers.collection(LocalDate.of(2030, 1, 1), Set.of()));
        GeoJsonValidator.assertValid(layers.timelineGeoJson());
    }

    @Test
    void theUtf8CollectionIsTheCollectionEncoded() {
        for (LocalDate d : layers.frames()) {
            for (Set<String> wanted : List.of(Set.<String>of(), Set.of("places"), Set.of("areas", "changes"))) {
                assertArrayEquals(layers.collection(d, wanted).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        layers.collectionUtf8(d, wanted), d + " " + wanted);
            }
        }
        // Beyond the basic plane, and a lone surrogate as String.getBytes writes it.
        List<String> odd = List.of("{\"a\":\"\uD83D\uDE00 سيطرة é\"}", "{\"b\":\"\uD800x\"}", "{}");
        assertArrayEquals(org.saytara.geo.GeoJson.collection(odd).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.saytara.geo.GeoJson.collectionUtf8(odd));
        assertArrayEquals(org.saytara.geo.GeoJson.collection(List.of()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.saytara.geo.GeoJson.collectionUtf8(List.of()));
    }

    @Test
    void placesCarryTheirStateAndItsProvenance() throws Exception {
        String fc = layers.collection(LocalDate.of(2016, 12, 13), Set.of("places"));
        JsonNode tadmur = place(fc, "Tadmur").get("properties");
        assertEquals("isis", tadmur.get("side").asText());
        assertFalse(tadmur.get("contested").asBoolean());
        assertEquals("city", tadmur.get("type").asText());
        assertEquals("تدمر", tadmur.get("name_ar").asText());
        assertTrue(tadmur.get("since").asText().startsWith("2016-12-1"));
        assertTrue(tadmur.get("event_ids").size() >= 3);
        assertTrue(tadmur.get("article_ids").toString().contains("001_7382c17c76869363"));
        assertTrue(tadmur.get("outlets").toString().contains("Orient Net"));
        assertEquals(4.0, tadmur.get("precision_km").asDouble());
        JsonNode coords = place(fc, "Tadmur").get("geometry").get("coordinates");
        assertEquals(38.284, coords.get(0).asDouble());
        assertEquals(34.5624, coords.get(1).asDouble());

        JsonNode t4 = place(fc, "T4 airbase").get("properties");
        assertTrue(t4.get("side").isNull());
        assertTrue(t4.get("contested").asBoolean());

        String before = layers.collection(LocalDate.of(2015, 1, 1), Set.of("places"));
        JsonNode unknown = place(before, "Tadmur").get("properties");
        assertTrue(unknown.get("side").isNull());
        assertTrue(unknown.get("since").isNull());
        assertEquals(0, unknown.get("event_ids").size());
    }

    @Test
    void eachSidesTerritoryIsOneMultiPolygonAndContestedPlacesStandAlone() throws Exception {
        String fc = layers.collection(LocalDate.of(2016, 12, 13), Set.of("areas"));
        List<JsonNode> areas = features(fc, "areas");
        JsonNode isis = areas.stream().filter(a -> a.get("properties").get("side").asText().equals("isis")).findFirst().orElseThrow();
        assertEquals("MultiPolygon", isis.get("geometry").get("type").asText());
        assertTrue(isis.get("properties").get("place_ids").toString().contains("\"tadmur\""));
        assertEquals("voronoi-reach", isis.get("properties").get("method").asText());
        double km2 = isis.get("properties").get("area_km2").asDouble();
        // Tadmur's cells within its 15 km reach (a disc of that radius is 707 km²), with the fields and
        // hills ISIS holds around it: more than the town, far less than the Syrian desert.
        assertTrue(km2 > 300 && km2 < 6000, "isis area " + km2);
        List<JsonNode> contested = areas.stream().filter(a -> a.get("properties").get("side").asText().equals("contested")).toList();
        assertTrue(contested.stream().anyMatch(a -> a.get("properties").get("place_ids").get(0).asText().equals("t4-airbase")));
        for (JsonNode c : contested) assertEquals(1, c.get("properties").get("place_ids").size(), "one contested place per feature");
        assertEquals(1, areas.stream().filter(a -> a.get("properties").get("side").asText().equals("isis")).count(), "one feature per side");
    }

    @Test
    void frontsRunWhereTwoSidesTerritoriesMeet() throws Exception {
        int found = 0;
        for (LocalDate d : layers.frames()) {
            for (JsonNode f : features(layers.collection(d, Set.of("fronts")), "fronts")) {
                found++;
                JsonNode p = f.get("properties");
                assertTrue(f.get("geometry").get("type").asText().endsWith("LineString"));
                assertTrue(p.get("side_a").asText().compareTo(p.get("side_b").asText()) < 0, "sides in code order, two of them");
                assertEquals(p.get("side_a").asText(), p.get("sides").get(0).asText());
                assertTrue(p.get("length_km").asDouble() > 0);
            }
        }
        // December 2016: ISIS's land around Tadmur meets the government's around al-Qaryatayn and T4.
        assertTrue(found > 0, "some frame has a front");
    }

    @Test
    void changesAreTheEventsWhoseWindowHoldsTheDate() throws Exception {
        LocalDate d = LocalDate.of(2016, 12, 11);
        List<JsonNode> changes = features(layers.collection(d, Set.of("changes")), "changes");
        long expected = events.stream().filter(e -> !d.isBefore(e.dateMin()) && !d.isAfter(e.dateMax())).count();
        assertEquals(expected, changes.size());
        JsonNode c = changes.stream().filter(x -> x.get("properties").get("event_id").asText().startsWith("001_")
                && x.get("properties").get("place_id").asText().equals("tadmur")).findFirst().orElseThrow().get("properties");
        assertEquals("capture", c.get("kind").asText());
        assertEquals("isis", c.get("controller_after").asText());
        assertEquals("Orient Net", c.get("outlet").asText());
        assertEquals("ISIS captured Tadmur — per Orient Net, week of 10 Dec 2016", c.get("summary_en").asText());
        for (String key : List.of("event_id", "kind", "actor_gaining", "actor_losing", "controller_after", "date", "date_min",
                "date_max", "date_precision", "claimed", "claimed_by", "outlet", "article", "evidence", "place_id", "name_ar",
                "name_en", "confidence", "summary_en")) {
            assertTrue(c.has(key), key);
        }
    }

    @Test
    void layersCanBeChosenAndUnknownOnesAreRefused() throws Exception {
        String only = layers.collection(LocalDate.of(2016, 12, 12), Set.of("places"));
        for (JsonNode f : JSON.readTree(only).get("features")) assertEquals("places", f.get("properties").get("layer").asText());
        String all = layers.collection(LocalDate.of(2016, 12, 12), Set.of());
        assertFalse(features(all, "areas").isEmpty());
        assertFalse(features(all, "changes").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> layers.collection(LocalDate.of(2016, 12, 12), Set.of("roads")));
        assertTrue(e.getMessage().contains("roads"));
    }

    @Test
    void datesWithTheSameStateShareOneCachedCollection() {
        // No period or event window starts or ends between 2016-06-01 and 2016-06-02.
        // The collection as served (UTF-8 pieces) is one object; as a String it is decoded for each caller.
        var a = layers.collectionPieces(LocalDate.of(2016, 6, 1), Set.of());
        var b = layers.collectionPieces(LocalDate.of(2016, 6, 2), Set.of());
        assertSame(a, b);
        assertSame(a, layers.collectionPieces(LocalDate.of(2016, 6, 1), Set.of("areas", "fronts", "places", "changes")));
        assertEquals(layers.collection(LocalDate.of(2016, 6, 1), Set.of()), layers.collection(LocalDate.of(2016, 6, 2), Set.of()));
    }

    @Test
    void concurrentCallersGetTheSameCollections() throws Exception {
        Layers fresh = Layers.of(Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LocalDate d = fresh.frames().get(i % fresh.frames().size());
                results.add(pool.submit(() -> fresh.collection(d, Set.of())));
            }
            for (int i = 0; i < 40; i++) {
                LocalDate d = fresh.frames().get(i % fresh.frames().size());
                assertEquals(layers.collection(d, Set.of()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theOrderFramesAreAskedInDoesNotChangeThem() {
        Layers forward = Layers.of(Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        Layers backward = Layers.of(Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        List<LocalDate> frames = forward.frames();
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        for (LocalDate d : frames) a.add(forward.collection(d, Set.of("areas")));
        for (int i = frames.size() - 1; i >= 0; i--) b.add(0, backward.collection(frames.get(i), Set.of("areas")));
        assertEquals(a, b);
    }

    @Test
    void theTimelineExportHasOneFeaturePerPeriodWithStartAndEnd() throws Exception {
        Timeline t = Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors());
        long periods = t.histories().stream().mapToLong(h -> h.periods().size()).sum();
        JsonNode fc = JSON.readTree(layers.timelineGeoJson());
        assertEquals(periods, fc.get("features").size());
        boolean someOpen = false;
        for (JsonNode f : fc.get("features")) {
            JsonNode p = f.get("properties");
            assertNotNull(LocalDate.parse(p.get("start").asText()));
            if (p.get("end").isNull()) someOpen = true;
            else assertTrue(LocalDate.parse(p.get("end").asText()).isAfter(LocalDate.parse(p.get("start").asText())));
        }
        assertTrue(someOpen, "current periods end in null");
    }

    @Test
    void frameSummariesNameWhatChanged() {
        List<FrameSummary> s = layers.frameSummaries();
        assertEquals(layers.frames(), s.stream().map(FrameSummary::date).toList());
        FrameSummary dec10 = s.stream().filter(f -> f.date().equals(LocalDate.of(2016, 12, 10))).findFirst().orElseThrow();
        assertTrue(dec10.summary().startsWith("ISIS took Tadmur"), dec10.summary());
        assertTrue(dec10.changes() >= 2);
        for (int i = 1; i < s.size(); i++) assertTrue(s.get(i).date().isAfter(s.get(i - 1).date()));
    }
}
