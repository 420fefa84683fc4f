package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saytara.corpus.Corpus;
import org.saytara.extract.Event;
import org.saytara.extract.Extractor;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;

/**
 * Another war, with no code change: a Libya profile of three sides (its own folder of files), a
 * gazetteer of three towns and two articles. The same code reads them, and the map and the API
 * speak of the profile's sides, in the profile's colours.
 */
class SecondProfileTest {
    static final Path LIBYA = Path.of("src/test/resources/profiles/libya");

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, LIBYA.resolve("corpus"), c -> c.withGeodataDir(LIBYA.resolve("geodata"))
                .withProfileDir(LIBYA.resolve("profile")).withTiles(null, null));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theProfileNamesTheActorsOfItsWar() {
        Gazetteer libya = Gazetteer.load(LIBYA.resolve("geodata"));
        Corpus corpus = Corpus.load(LIBYA.resolve("corpus"));
        List<Event> events = Extractor.create(libya, Profile.load(LIBYA.resolve("profile"))).extract(corpus);
        Map<String, Event> byPlace = new HashMap<>();
        for (Event e : events) byPlace.put(e.place().id(), e);
        assertEquals("gna", byPlace.get("sirte").controllerAfter().code(), events::toString);
        assertEquals("gna-forces", byPlace.get("sirte").actorGaining());
        assertEquals("2016-12-06", byPlace.get("sirte").date().toString(), "the Tuesday before publication");
        assertEquals("lna", byPlace.get("benghazi").controllerAfter().code(), events::toString);
        // Syria's profile does not know these actors: the same articles name no side there
        List<Event> withSyria = Extractor.create(libya, Profile.syria()).extract(corpus);
        assertTrue(withSyria.stream().noneMatch(e -> e.controllerAfter() != null && e.controllerAfter().code().equals("gna")), withSyria::toString);
    }

    @Test
    void theApiServesTheProfilesSidesAndActors() {
        JsonNode sides = TestServer.json(server.get("/api/sides"));
        assertEquals("libya", sides.path("profile").asText());
        assertEquals("gna", sides.path("state").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode s : sides.path("sides")) ids.add(s.path("id").asText());
        assertEquals(List.of("gna", "lna", "isis"), ids);
        assertEquals("#1f77b4", sides.path("sides").get(0).path("colour").asText());
        assertEquals("حكومة الوفاق الوطني", sides.path("sides").get(0).path("label_ar").asText());
        JsonNode actors = TestServer.json(server.get("/api/actors"));
        JsonNode gna = null;
        for (JsonNode a : actors.path("actors")) if (a.path("id").asText().equals("gna-forces")) gna = a;
        assertEquals("gna", gna.path("side").asText());
        assertEquals("#1f77b4", gna.path("colour").asText());
        assertTrue(gna.path("forms").toString().contains("البنيان المرصوص"));
    }

    @Test
    void theMapDrawsThePlacesInTheProfilesSides() {
        JsonNode places = TestServer.json(server.get("/api/layers/2017-07-06?layer=places"));
        Map<String, String> sideOf = new HashMap<>();
        for (JsonNode f : places.path("features")) sideOf.put(f.path("properties").path("id").asText(), f.path("properties").path("side").asText());
        assertEquals(Map.of("sirte", "gna", "benghazi", "lna"), sideOf, "only the places with events, in their sides");
        JsonNode areas = TestServer.json(server.get("/api/layers/2017-07-06?layer=areas"));
        List<String> areaSides = new ArrayList<>();
        for (JsonNode f : areas.path("features")) areaSides.add(f.path("properties").path("side").asText());
        assertEquals(List.of("gna", "lna"), areaSides, "areas in legend order");
    }

    @Test
    void filtersSummariesAndTheCsvSpeakOfTheProfile() {
        assertEquals(1, TestServer.json(server.get("/api/events?side=gna")).path("count").asInt());
        var refused = server.get("/api/events?side=government");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("gna, lna, isis"), refused.body());
        JsonNode changes = TestServer.json(server.get("/api/layers/2016-12-06?layer=changes"));
        assertTrue(changes.path("features").get(0).path("properties").path("summary_en").asText().startsWith("GNA forces captured Sirte"),
                changes.toString());
        String csv = server.get("/api/events.csv").body();
        assertTrue(csv.contains("LBY1,"), csv);
        assertTrue(csv.contains("Military Forces of Libya (2016-) Government of National Accord"), csv);
    }
}
