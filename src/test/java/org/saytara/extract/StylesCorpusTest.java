package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Geo;
import org.saytara.gazetteer.Place;
import org.saytara.json.Json;
import org.saytara.text.ArabicNormalizer;

/**
 * The held-out styles corpus and its hand gold hold together: every row names an article of the
 * corpus, quotes it, and points at a gazetteer place of one of its names.
 */
class StylesCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/styles/corpus");
    private static Corpus corpus;
    private static Map<String, Article> byId;
    private static JsonNode gold;

    @BeforeAll
    static void load() throws Exception {
        corpus = Corpus.load(CORPUS);
        byId = corpus.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        try (InputStream in = StylesCorpusTest.class.getResourceAsStream("/styles/styles-events.json")) {
            gold = Json.mapper().readTree(in).get("events");
        }
    }

    @Test
    void everyArticleLoads() {
        assertEquals(20, corpus.articles().size());
        assertEquals(0, corpus.skipped().size(), corpus.skipped()::toString);
    }

    @Test
    void theArticleWithoutAPublishedDateIsWarnedAbout() {
        assertEquals(1, corpus.problems().size(), corpus.problems()::toString);
        assertTrue(corpus.problems().get(0).toString().contains("sty15_sana_qaryatayn_nodate"), corpus.problems()::toString);
    }

    @Test
    void exactlyOneArticleHasNoPublishedDate() {
        assertEquals(1, corpus.articles().stream().filter(a -> a.published() == null).count());
    }

    @Test
    void everyGoldRowQuotesItsArticle() {
        for (JsonNode row : gold) {
            Article a = byId.get(row.get("article").asText());
            assertTrue(a != null, "no article " + row.get("article"));
            String text = ArabicNormalizer.normalize(a.text()).norm();
            for (String part : row.get("evidence").asText().split("\\s*\\.\\.\\.\\s*")) {
                String p = ArabicNormalizer.normalize(part).norm();
                assertTrue(text.contains(p), () -> a.id() + " does not contain: " + part);
            }
        }
    }

    @Test
    void everyGoldRowPointsAtAGazetteerPlaceOfOneOfItsNames() {
        Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
        for (JsonNode row : gold) {
            double lat = row.get("lat").asDouble(), lon = row.get("lon").asDouble(), tol = row.get("tol_km").asDouble();
            boolean found = false;
            for (JsonNode alias : row.get("aliases")) {
                String name = ArabicNormalizer.normalizeTerm(alias.asText());
                for (Place p : gazetteer.places()) {
                    if (ArabicNormalizer.normalizeTerm(p.nameAr()).equals(name) && Geo.km(lat, lon, p.lat(), p.lon()) <= tol) {
                        found = true;
                    }
                }
            }
            assertTrue(found, () -> "no gazetteer place for " + row.get("place") + " in " + row.get("article"));
        }
    }

    @Test
    void noGoldRowIsWrittenTwice() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode row : gold) {
            String key = row.get("article").asText() + "|" + row.get("place").asText() + "|" + row.get("outcome") + "|" + row.get("date_min").asText();
            assertTrue(seen.add(key), "twice: " + key);
        }
    }

    @Test
    void outcomesAreOnesTheScorerKnows() {
        for (JsonNode row : gold) {
            for (JsonNode o : row.get("outcome")) {
                assertTrue(o.asText().matches("(isis|government|opposition|sdf)(-claimed)?|contested"), o::toString);
            }
        }
    }
}
