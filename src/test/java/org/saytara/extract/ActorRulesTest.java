package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saytara.text.ArabicNormalizer;

/**
 * The actor rules, one case per row of {@code src/test/resources/rules/actor-cases.tsv}: nationality
 * binding, registry factions, unlisted factions and their sides, group words and their backers.
 */
class ActorRulesTest {
    private static final Path CASES = Path.of("src/test/resources/rules/actor-cases.tsv");

    record Case(String name, String published, String sentence, String place, String kind, String controller,
                String gainer, String loser, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(CASES);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length < 5 || f.length > 8) throw new IllegalStateException(CASES + ":" + (i + 1) + ": expected 5 to 8 columns");
            String[] c = java.util.Arrays.copyOf(f, 8);
            for (int k = 0; k < 8; k++) c[k] = c[k] == null ? "" : c[k].strip();
            out.add(Arguments.of(new Case(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], i + 1)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void actorRule(Case c) {
        List<Event> events = Snippets.extract(c.published(), c.sentence());
        String where = CASES + ":" + c.line() + " " + c.name() + ": " + events;
        List<Event> at = events.stream().filter(e -> samePlace(e, c.place())).toList();
        if (c.kind().equals("none")) {
            assertTrue(at.isEmpty(), where);
            return;
        }
        assertEquals(1, at.size(), where);
        Event e = at.get(0);
        assertEquals(c.kind(), e.kind().code(), where);
        if (!c.controller().isEmpty()) {
            assertEquals(c.controller().equals("-") ? null : c.controller(),
                    e.controllerAfter() == null ? null : e.controllerAfter().code(), where);
        }
        if (!c.gainer().isEmpty()) assertEquals(c.gainer().equals("-") ? null : c.gainer(), e.actorGaining(), where);
        if (!c.loser().isEmpty()) assertEquals(c.loser().equals("-") ? null : c.loser(), e.actorLosing(), where);
    }

    private static boolean samePlace(Event e, String place) {
        return e.place().id().equals(place)
                || ArabicNormalizer.normalizeTerm(e.place().nameAr()).equals(ArabicNormalizer.normalizeTerm(place));
    }
}
