package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Geo;
import org.saytara.gazetteer.Place;
import org.saytara.json.Json;
import org.saytara.text.ArabicNormalizer;

/**
 * The held-out styles corpora (styles/, and styles2/ written after the rules were tuned on the
 * first) and their hand gold hold together: every row names an article of its corpus, quotes it,
 * and points at a gazetteer place of one of its names.
 */
class StylesCorpusTest {
    private record StyleSet(Corpus corpus, Map<String, Article> byId, JsonNode gold) {}

    private static final Map<String, StyleSet> SETS = new HashMap<>();
    private static Gazetteer gazetteer;

    private static synchronized StyleSet set(String name) {
        return SETS.computeIfAbsent(name, n -> {
            Corpus corpus = Corpus.load(Path.of("src/test/resources/" + n + "/corpus"));
            Map<String, Article> byId = corpus.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
            try (InputStream in = StylesCorpusTest.class.getResourceAsStream("/" + n + "/" + n + "-events.json")) {
                return new StyleSet(corpus, byId, Json.mapper().readTree(in).get("events"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everyArticleLoads() {
        assertEquals(20, set("styles").corpus().articles().size());
        assertEquals(9, set("styles2").corpus().articles().size());
        assertEquals(0, set("styles").corpus().skipped().size(), set("styles").corpus().skipped()::toString);
        assertEquals(0, set("styles2").corpus().skipped().size(), set("styles2").corpus().skipped()::toString);
    }

    @Test
    void exactlyOneArticleHasNoPublishedDateAndItIsWarnedAbout() {
        Corpus c = set("styles").corpus();
        assertEquals(1, c.articles().stream().filter(a -> a.published() == null).count());
        assertEquals(1, c.problems().size(), c.problems()::toString);
        assertTrue(c.problems().get(0).toString().contains("sty15_sana_qaryatayn_nodate"), c.problems()::toString);
        assertEquals(0, set("styles2").corpus().problems().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"styles", "styles2"})
    void everyGoldRowQuotesItsArticle(String name) {
        StyleSet s = set(name);
        for (JsonNode row : s.gold()) {
            Article a = s.byId().get(row.get("article").asText());
            assertTrue(a != null, "no article " + row.get("article"));
            String text = ArabicNormalizer.normalize(a.text()).norm();
            for (String part : row.get("evidence").asText().split("\\s*\\.\\.\\.\\s*")) {
                String p = ArabicNormalizer.normalize(part).norm();
                assertTrue(text.contains(p), () -> a.id() + " does not contain: " + part);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"styles", "styles2"})
    void everyGoldRowPointsAtAGazetteerPlaceOfOneOfItsNames(String name) {
        synchronized (StylesCorpusTest.class) {
            if (gazetteer == null) gazetteer = Gazetteer.load(Path.of("geodata"));
        }
        for (JsonNode row : set(name).gold()) {
            double lat = row.get("lat").asDouble(), lon = row.get("lon").asDouble(), tol = row.get("tol_km").asDouble();
            boolean found = false;
            for (JsonNode alias : row.get("aliases")) {
                String n = ArabicNormalizer.normalizeTerm(alias.asText());
                for (Place p : gazetteer.places()) {
                    if (ArabicNormalizer.normalizeTerm(p.nameAr()).equals(n) && Geo.km(lat, lon, p.lat(), p.lon()) <= tol) found = true;
                }
            }
            assertTrue(found, () -> "no gazetteer place for " + row.get("place") + " in " + row.get("article"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"styles", "styles2"})
    void noGoldRowIsWrittenTwice(String name) {
        Set<String> seen = new HashSet<>();
        for (JsonNode row : set(name).gold()) {
            String key = row.get("article").asText() + "|" + row.get("place").asText() + "|" + row.get("outcome") + "|" + row.get("date_min").asText();
            assertTrue(seen.add(key), "twice: " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"styles", "styles2"})
    void outcomesAreOnesTheScorerKnows(String name) {
        for (JsonNode row : set(name).gold()) {
            for (JsonNode o : row.get("outcome")) {
                assertTrue(o.asText().matches("(isis|government|opposition|sdf)(-claimed)?|contested"), o::toString);
            }
        }
    }
}
