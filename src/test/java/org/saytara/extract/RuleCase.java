package org.saytara.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.text.LexiconException;
import org.saytara.text.LexiconFile;

/**
 * One case of a rule: a passage, what the extractor must say about one place of it, and the rule
 * it guards. The format is written in {@code src/test/resources/org/saytara/extract/rules/README.md};
 * rows are read with the lexicons' own reader, so a malformed row names its file and line.
 *
 * @param place   a gazetteer id ({@code tadmur}), an Arabic name (any place of that name), or
 *                {@code -}: the passage gives no event at all
 * @param kind    capture, withdrawal, contested, presence, or {@code -}: no event at this place
 * @param gainer  the gaining actor id or side code, or both as {@code actor/side} (either may be
 *                {@code -}: none); {@code -} for no gainer at all, {@code *} not checked
 * @param loser   the losing actor id, {@code -} for none, {@code *} not checked
 * @param date    {@code yyyy-mm-dd}, {@code min..max}, {@code -} for no date, {@code *} not checked
 * @param claimed {@code yes}, {@code no} or {@code *}
 */
record RuleCase(String file, int line, String rule, String label, LocalDate published, String outlet,
                String place, String kind, String gainer, String loser, String date, String claimed, String text) {

    static final String DIR = "rules/";
    static final String INDEX = "rules.tsv";
    static final List<String> FAMILIES = List.of("places", "governance", "anaphora", "actors", "roles", "modality",
            "dates", "voices", "inference");

    private static final LexiconFile.Source SOURCE = LexiconFile.beside(RuleCase.class);
    private static final Set<String> KINDS = Set.of("capture", "withdrawal", "contested", "presence", "-");

    /** A declared rule: its family (file) and whether it needs a case where nothing happens. */
    record Rule(String name, String family, boolean needsNegative, String description) {}

    /** The rule index, {@code rules/rules.tsv}. */
    static Map<String, Rule> rules() {
        Map<String, Rule> out = new java.util.LinkedHashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(SOURCE, DIR + INDEX,
                LexiconFile.Columns.of("rule", "family", "negative", "description"))) {
            String name = row.get("rule");
            String family = row.get("family");
            if (!FAMILIES.contains(family)) throw row.error("unknown family '" + family + "' (known: " + String.join(", ", FAMILIES) + ")");
            if (!name.startsWith(family + ".")) throw row.error("a rule of family " + family + " is named " + family + ".…, not " + name);
            String neg = row.get("negative");
            if (!neg.equals("yes") && !neg.equals("no")) throw row.error("negative is yes or no, not '" + neg + "'");
            if (out.put(name, new Rule(name, family, neg.equals("yes"), row.get("description"))) != null) {
                throw row.error("rule " + name + " is declared twice");
            }
        }
        return out;
    }

    /** Every case of every family, checked against the rule index. */
    static List<RuleCase> all() {
        Map<String, Rule> rules = rules();
        List<RuleCase> out = new ArrayList<>();
        for (String family : FAMILIES) {
            for (LexiconFile.Row row : LexiconFile.read(SOURCE, DIR + family + ".tsv", LexiconFile.Columns.of(
                    "rule", "label", "published", "outlet", "place", "kind", "gainer", "loser", "date", "claimed", "text"))) {
                RuleCase c = of(row);
                Rule r = rules.get(c.rule);
                if (r == null) throw row.error("rule " + c.rule + " is not declared in " + INDEX);
                if (!r.family().equals(family)) throw row.error("rule " + c.rule + " belongs in " + r.family() + ".tsv");
                out.add(c);
            }
        }
        checkPlaces(out);
        return out;
    }

    private static RuleCase of(LexiconFile.Row row) {
        LocalDate published = null;
        if (!row.get("published").equals("-")) {
            try {
                published = LocalDate.parse(row.get("published"));
            } catch (DateTimeParseException e) {
                throw row.error("published is yyyy-mm-dd or -, not '" + row.get("published") + "'");
            }
        }
        String kind = row.get("kind");
        if (!KINDS.contains(kind)) throw row.error("kind is capture, withdrawal, contested, presence or -, not '" + kind + "'");
        String claimed = row.get("claimed");
        if (!Set.of("yes", "no", "*").contains(claimed)) throw row.error("claimed is yes, no or *, not '" + claimed + "'");
        String date = row.get("date");
        if (!date.equals("-") && !date.equals("*")) {
            try {
                for (String d : date.split("\\.\\.", -1)) LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw row.error("date is yyyy-mm-dd, min..max, - or *, not '" + date + "'");
            }
        }
        boolean nothing = kind.equals("-") || row.get("place").equals("-");
        if (nothing && !(row.get("gainer").equals("-") && row.get("loser").equals("-") && date.equals("-") && claimed.equals("*"))) {
            throw row.error("a case of no event has gainer -, loser -, date - and claimed *");
        }
        if (row.get("place").equals("-") && !kind.equals("-")) throw row.error("place - (no event at all) needs kind -");
        return new RuleCase(row.file(), row.line(), row.get("rule"), row.get("label"), published,
                row.get("outlet").equals("-") ? null : row.get("outlet"), row.get("place"), kind, row.get("gainer"),
                row.get("loser"), date, claimed, row.get("text"));
    }

    /** A "no event here" row contradicts any row that expects an event at the same place of the same passage. */
    private static void checkPlaces(List<RuleCase> cases) {
        Map<String, List<RuleCase>> byPlace = new HashMap<>();
        for (RuleCase c : cases) byPlace.computeIfAbsent(c.passageKey() + "\n" + c.place, k -> new ArrayList<>()).add(c);
        for (List<RuleCase> same : byPlace.values()) {
            RuleCase none = same.stream().filter(RuleCase::negative).findFirst().orElse(null);
            RuleCase some = same.stream().filter(c -> !c.negative()).findFirst().orElse(null);
            if (none != null && some != null) {
                throw new LexiconException(none.file, none.line, "no event at " + none.place + " contradicts " + some.file + ":" + some.line);
            }
        }
    }

    /** The passage as the extractor reads it: text, publication date, outlet. */
    String passageKey() {
        return published + "\n" + outlet + "\n" + text;
    }

    /** A case where nothing happens (at this place, or at all). */
    boolean negative() {
        return kind.equals("-");
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + rule + " — " + label;
    }
}
