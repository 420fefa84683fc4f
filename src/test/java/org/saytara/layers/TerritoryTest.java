package org.saytara.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.SyriaSides;
import org.saytara.gazetteer.PlaceType;
import org.saytara.timeline.Events;
import org.saytara.timeline.Timeline;

/** How the territory is estimated from the places held, one rule per test. */
class TerritoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlaceRef HOMS = new PlaceRef("homs", "حمص", "Homs", 34.7324, 36.7137, PlaceType.CITY, 1);
    /** 6 km from Homs: inside a city's 15 km reach. */
    private static final PlaceRef NEAR = new PlaceRef("near", "قرية", "Near village", 34.7324 + 0.054, 36.7137, PlaceType.VILLAGE, 1);
    /** 60 km from Homs: beyond every reach. */
    private static final PlaceRef FAR = new PlaceRef("far", "بعيدة", "Far village", 34.7324 + 0.54, 36.7137, PlaceType.VILLAGE, 1);

    private static List<JsonNode> areas(List<Event> events, String date) throws Exception {
        Layers layers = Layers.of(Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(layers.collection(LocalDate.parse(date), Set.of("areas"))).get("features")) out.add(f.get("properties"));
        return out;
    }

    private static JsonNode side(List<JsonNode> areas, String side) {
        return areas.stream().filter(a -> a.get("side").asText().equals(side)).findFirst().orElse(null);
    }

    @Test
    void aHeldPlaceColoursItsOwnCellAndTheUnreportedNeighboursWithinItsReach() throws Exception {
        List<Event> events = List.of(
                Events.event("a-e1").place(HOMS).captured("regime", "opposition").on("2016-05-01").build(),
                Events.event("a-e2").place(FAR).kind(EventKind.CONTESTED).gaining("isis").on("2015-01-01").build());
        JsonNode gov = side(areas(events, "2016-05-02"), "government");
        assertTrue(gov != null, "the government holds land");
        assertEquals(List.of("homs"), List.of(gov.get("place_ids").get(0).asText()));
        double km2 = gov.get("area_km2").asDouble();
        // Homs's cell and the filler cells whose sites lie within 15 km: more than one cell, less than a 20 km disc.
        assertTrue(km2 > 150 && km2 < Math.PI * 20 * 20, "government area " + km2);
    }

    @Test
    void aPlaceWithItsOwnStateIsGovernedByItNotByABiggerNeighbour() throws Exception {
        List<Event> events = List.of(
                Events.event("b-e1").place(HOMS).captured("regime", "opposition").on("2016-05-01").build(),
                Events.event("b-e2").place(NEAR).captured("opposition", "regime").on("2016-05-01").build());
        List<JsonNode> a = areas(events, "2016-05-02");
        assertTrue(side(a, "opposition").get("place_ids").toString().contains("near"));
        assertTrue(!side(a, "government").get("place_ids").toString().contains("near"));
    }

    @Test
    void landNoHeldPlaceReachesStaysBlank() throws Exception {
        List<Event> events = List.of(Events.event("c-e1").place(HOMS).captured("regime", "opposition").on("2016-05-01").build(),
                Events.event("c-e2").place(FAR).captured("isis", null).on("2016-05-01").build());
        List<JsonNode> a = areas(events, "2016-05-02");
        double total = a.stream().mapToDouble(x -> x.get("area_km2").asDouble()).sum();
        assertTrue(total < 5000, "two places colour their surroundings, not Syria: " + total);
        // Before any report nothing is known: no area at all.
        assertTrue(areas(events, "2016-04-01").isEmpty());
    }

    @Test
    void aContestedPlacesCellsStandApartAndMakeNoFront() throws Exception {
        List<Event> events = List.of(
                Events.event("d-e1").place(HOMS).kind(EventKind.CONTESTED).gaining("isis").on("2016-05-01").build(),
                Events.event("d-e2").place(NEAR).captured("regime", null).on("2016-04-01").build());
        List<JsonNode> a = areas(events, "2016-05-02");
        JsonNode contested = side(a, "contested");
        assertTrue(contested != null);
        assertEquals("homs", contested.get("place_ids").get(0).asText());
        assertTrue(contested.get("contested").asBoolean());
        Layers layers = Layers.of(Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        JsonNode fronts = JSON.readTree(layers.collection(LocalDate.parse("2016-05-02"), Set.of("fronts"))).get("features");
        assertEquals(0, fronts.size(), "fronts run only between two sides' land");
    }

    @Test
    void twoSidesWhoseLandTouchesShareAFront() throws Exception {
        List<Event> events = List.of(
                Events.event("e-e1").place(HOMS).captured("regime", "opposition").on("2016-05-01").build(),
                Events.event("e-e2").place(NEAR).captured("opposition", "regime").on("2016-05-01").build());
        Layers layers = Layers.of(Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        JsonNode fronts = JSON.readTree(layers.collection(LocalDate.parse("2016-05-02"), Set.of("fronts"))).get("features");
        assertEquals(1, fronts.size());
        JsonNode p = fronts.get(0).get("properties");
        assertEquals("government", p.get("side_a").asText());
        assertEquals("opposition", p.get("side_b").asText());
        assertTrue(p.get("length_km").asDouble() > 1);
    }

    @Test
    void comparingTwoDatesCountsPlacesAndKm2GainedAndLost() throws Exception {
        List<Event> events = List.of(
                Events.event("f-e1").place(HOMS).captured("regime", "opposition").on("2016-05-01").build(),
                Events.event("f-e2").place(HOMS).captured("opposition", "regime").on("2016-06-01").build());
        Layers layers = Layers.of(Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        JsonNode c = JSON.readTree(layers.compare(LocalDate.parse("2016-05-10"), LocalDate.parse("2016-06-10")));
        JsonNode gov = null, opp = null;
        for (JsonNode s : c.get("sides")) {
            if (s.get("side").asText().equals("government")) gov = s;
            if (s.get("side").asText().equals("opposition")) opp = s;
        }
        assertEquals(gov.get("km2_lost").asDouble(), opp.get("km2_gained").asDouble(), 0.01, "what one lost the other gained");
        assertTrue(gov.get("km2_lost").asDouble() > 100);
        assertEquals(0, gov.get("km2_gained").asDouble());
        assertEquals("homs", opp.get("places_gained").get(0).get("id").asText());
        assertEquals("homs", gov.get("places_lost").get(0).get("id").asText());
        int drawn = 0;
        for (JsonNode f : c.get("features")) if (f.get("properties").get("layer").asText().matches("gained|lost")) drawn++;
        assertEquals(2, drawn, "the land gained and lost is drawn");
    }
}
