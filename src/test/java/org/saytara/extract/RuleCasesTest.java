package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saytara.corpus.Article;
import org.saytara.gazetteer.Place;
import org.saytara.text.ArabicNormalizer;

/**
 * Every rule's cases, as data: {@code src/test/resources/org/saytara/extract/rules/*.tsv}, one file
 * per rule family, one row per case (PETRARCH keeps its coding records the same way). Each row runs
 * the real extractor, with the project's gazetteer, on its passage and is named by its rule, so a
 * broken rule fails by name: {@code modality.negation — لم يتمكن من}. The format is written in
 * {@code rules/README.md}.
 */
class RuleCasesTest {
    private static final List<RuleCase> CASES = RuleCase.all();
    private static final Map<String, List<Event>> EXTRACTED = new ConcurrentHashMap<>();

    static Stream<Named<RuleCase>> cases() {
        return CASES.stream().map(c -> Named.of(c.rule() + " — " + c.label(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        List<Event> events = EXTRACTED.computeIfAbsent(c.passageKey(), k -> Snippets.extractor().extract(
                new Article("case", null, c.outlet(), null, c.published(), "ar", c.text(), "case.txt")));
        if (c.place().equals("-")) {
            if (!events.isEmpty()) fail(c + ": expected no event at all, got\n" + describe(events));
            return;
        }
        Set<String> ids = placeIds(c.place());
        List<Event> at = events.stream().filter(e -> ids.contains(e.place().id())).toList();
        if (c.negative()) {
            if (!at.isEmpty()) fail(c + ": expected no event at " + c.place() + ", got\n" + describe(at));
            return;
        }
        long rows = CASES.stream().filter(o -> o.rule().equals(c.rule()) && o.passageKey().equals(c.passageKey())
                && o.place().equals(c.place())).count();
        if (at.size() != rows) {
            fail(c + ": expected " + rows + " event(s) at " + c.place() + " (the rows of this rule, passage and place), got "
                    + at.size() + ":\n" + describe(at) + "\nall events of the passage:\n" + describe(events));
        }
        if (at.stream().noneMatch(e -> matches(c, e))) {
            fail(c + ": expected " + c.kind() + " gainer " + c.gainer() + " loser " + c.loser() + " date " + c.date()
                    + " claimed " + c.claimed() + " at " + c.place() + ", got\n" + describe(at));
        }
    }

    /** Every declared rule has a case where it applies and, where declared, one where it must not. */
    @Test
    void everyRuleHasItsCases() {
        List<String> missing = new ArrayList<>();
        for (RuleCase.Rule r : RuleCase.rules().values()) {
            boolean positive = CASES.stream().anyMatch(c -> c.rule().equals(r.name()) && !c.negative());
            boolean negative = CASES.stream().anyMatch(c -> c.rule().equals(r.name()) && c.negative());
            if (!positive) missing.add(r.name() + ": no case where it applies");
            if (r.needsNegative() && !negative) missing.add(r.name() + ": no case where nothing happens");
        }
        assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
    }

    /** Two rows with the same rule and label would fail under one name: labels tell cases apart. */
    @Test
    void namesAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (RuleCase c : CASES) if (!seen.add(c.rule() + " — " + c.label())) twice.add(c.toString());
        assertTrue(twice.isEmpty(), () -> "names used twice:\n" + String.join("\n", twice));
    }

    private static Set<String> placeIds(String place) {
        Set<String> ids = new HashSet<>();
        if (!containsArabic(place)) {
            ids.add(place);
            return ids;
        }
        String name = ArabicNormalizer.normalizeTerm(place);
        for (Place p : Snippets.gazetteer().places()) {
            boolean named = p.nameAr() != null && ArabicNormalizer.normalizeTerm(p.nameAr()).equals(name);
            for (String alias : p.aliasesAr()) named |= ArabicNormalizer.normalizeTerm(alias).equals(name);
            if (named) ids.add(p.id());
        }
        if (ids.isEmpty()) fail("no gazetteer place is called " + place);
        return ids;
    }

    private static boolean containsArabic(String s) {
        return s.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF);
    }

    static boolean matches(RuleCase c, Event e) {
        if (!e.kind().code().equals(c.kind())) return false;
        if (!c.gainer().equals("*")) {
            String side = e.controllerAfter() == null ? null : e.controllerAfter().code();
            int slash = c.gainer().lastIndexOf('/');
            boolean ok = c.gainer().equals("-") ? e.actorGaining() == null && side == null
                    : slash > 0 ? same(c.gainer().substring(0, slash), e.actorGaining()) && same(c.gainer().substring(slash + 1), side)
                    : c.gainer().equals(e.actorGaining()) || c.gainer().equals(side);
            if (!ok) return false;
        }
        if (!c.loser().equals("*") && !(c.loser().equals("-") ? e.actorLosing() == null : c.loser().equals(e.actorLosing()))) {
            return false;
        }
        if (!c.date().equals("*") && !c.date().equals(dateOf(e))) return false;
        return c.claimed().equals("*") || c.claimed().equals(e.claimed() ? "yes" : "no");
    }

    /** A cell against a value: {@code -} is none. */
    private static boolean same(String cell, String value) {
        return cell.equals("-") ? value == null : cell.equals(value);
    }

    /** An event's date window as the rows write it. */
    static String dateOf(Event e) {
        if (e.dateMin() == null) return "-";
        return e.dateMin().equals(e.dateMax()) ? e.dateMin().toString() : e.dateMin() + ".." + e.dateMax();
    }

    /** Events in row form (place, kind, gainer, loser, date, claimed), to compare or to copy. */
    static String describe(List<Event> events) {
        StringBuilder b = new StringBuilder();
        for (Event e : events) {
            b.append("  ").append(e.place().id()).append('\t').append(e.kind().code()).append('\t')
                    .append(e.actorGaining() == null ? "-" : e.actorGaining())
                    .append(e.controllerAfter() == null ? "" : " (" + e.controllerAfter().code() + ")").append('\t')
                    .append(e.actorLosing() == null ? "-" : e.actorLosing()).append('\t').append(dateOf(e)).append('\t')
                    .append(e.claimed() ? "yes" : "no").append('\n');
        }
        return b.length() == 0 ? "  (none)\n" : b.toString();
    }
}
