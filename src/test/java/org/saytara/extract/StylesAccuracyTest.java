package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saytara.corpus.Corpus;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.json.Json;

/**
 * Scores the two styles corpora: articles written in the manner of other outlets (agency wires,
 * SANA, opposition sites, pan-Arab dailies, Amaq claims quoted by others) about real events of
 * 2015–2017, annotated by hand before the extractor ever read them. Each was held out when
 * written (on first contact the first scored 0.86 / 0.78, the second 0.82 / 0.65, the third 0.86 / 0.82); the rules have
 * since been corrected against their misses, so they now guard those fixes.
 */
class StylesAccuracyTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create(Gazetteer.load(Path.of("geodata")));
    }

    private static EventScorer.Score score(String set, String gold) throws Exception {
        Corpus corpus = Corpus.load(Path.of("src/test/resources/" + set + "/corpus"));
        JsonNode predicted = Json.mapper().valueToTree(extractor.extract(corpus));
        try (InputStream in = StylesAccuracyTest.class.getResourceAsStream("/" + set + "/" + gold)) {
            EventScorer.Score s = EventScorer.score(Json.mapper().readTree(in), predicted);
            System.out.println(set + " accuracy: " + s);
            return s;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"styles, styles-events.json", "styles2, styles2-events.json", "styles3, styles3-events.json"})
    void precisionStaysAtNinetyRecallAtEightyFiveAndDatesAtEightyFivePercent(String set, String gold) throws Exception {
        EventScorer.Score s = score(set, gold);
        assertTrue(s.precision() >= 0.90 && s.recall() >= 0.85, s::toString);
        assertTrue(s.dateOk() >= 0.85, s::toString);
    }
}
