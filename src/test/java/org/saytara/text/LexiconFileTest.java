package org.saytara.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one lexicon reader: each kind of malformed row stops with file, line and reason. */
class LexiconFileTest {
    private static final LexiconFile.Columns COLUMNS =
            LexiconFile.Columns.of("kind", "forms").optional("note").lists("forms");

    private enum Kind { CAPTURE, OIL_FIELD }

    private static LexiconFile.Source source(String file, String content) {
        return name -> name.equals(file) ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)) : null;
    }

    private static LexiconException fails(String content) {
        return assertThrows(LexiconException.class,
                () -> LexiconFile.read(source("test.tsv", content), "test.tsv", COLUMNS).forEach(r -> r.name("kind", Kind.class)));
    }

    private static void assertAt(LexiconException e, int line, String reason) {
        assertEquals("test.tsv", e.file(), e::getMessage);
        assertEquals(line, e.line(), e::getMessage);
        assertTrue(e.reason().contains(reason), e::getMessage);
        assertTrue(e.getMessage().startsWith("test.tsv:" + line + ": "), e::getMessage);
    }

    @Test
    void readsRowsSkippingCommentsAndBlankLinesAndTrimmingCells() {
        List<LexiconFile.Row> rows = LexiconFile.read(source("test.tsv", "# comment\n\ncapture\t سيطر , استولى \n"
                + "oil-field\tحقل\tnote\n"), "test.tsv", COLUMNS);
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(0).line());
        assertEquals(List.of("سيطر", "استولى"), rows.get(0).items("forms"));
        assertEquals("", rows.get(0).get("note"));
        assertEquals(Kind.OIL_FIELD, rows.get(1).name("kind", Kind.class));
        assertEquals("note", rows.get(1).get("note"));
    }

    @Test
    void tooFewColumns() {
        assertAt(fails("# c\ncapture\n"), 2, "expected 2 to 3 columns (kind, forms; optional note), found 1");
    }

    @Test
    void tooManyColumns() {
        assertAt(fails("capture\tسيطر\tnote\textra\n"), 1, "found 4");
    }

    @Test
    void anEmptyRequiredColumn() {
        assertAt(fails("capture\tسيطر\n\tاستولى\n"), 2, "empty column kind");
    }

    @Test
    void anEmptyItemInAList() {
        assertAt(fails("capture\tسيطر,,استولى\n"), 1, "empty item in forms");
        assertAt(fails("capture\tسيطر,\n"), 1, "empty item in forms");
    }

    @Test
    void anUnknownNameOfAClosedSet() {
        LexiconException e = fails("capture\tسيطر\ncaptrue\tاستولى\n");
        assertAt(e, 2, "unknown kind 'captrue' (known: capture, oil-field)");
    }

    @Test
    void aFormWithTwoMeanings() {
        LexiconFile.Meanings<String> meanings = new LexiconFile.Meanings<>();
        List<LexiconFile.Row> rows = LexiconFile.read(source("test.tsv", "capture\tسيطر\ncapture\tسيطر\noil-field\tسيطر\n"),
                "test.tsv", COLUMNS);
        meanings.add(rows.get(0), "سيطر", rows.get(0).get("kind"));
        meanings.add(rows.get(1), "سيطر", rows.get(1).get("kind")); // the same meaning again: a harmless repeat
        LexiconException e = assertThrows(LexiconException.class, () -> meanings.add(rows.get(2), "سيطر", rows.get(2).get("kind")));
        assertAt(e, 3, "'سيطر' is listed as oil-field but line 1 already lists it as capture");
    }

    @Test
    void aNumberThatIsNot() {
        List<LexiconFile.Row> rows = LexiconFile.read(source("test.tsv", "capture\tسيطر\tfour\n"), "test.tsv", COLUMNS);
        assertAt(assertThrows(LexiconException.class, () -> rows.get(0).number("note", rows.get(0).get("note"))), 1,
                "note must be a whole number, not 'four'");
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = "capture\tsaïd\n".getBytes(StandardCharsets.ISO_8859_1);
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconFile.read(name -> new ByteArrayInputStream(latin1), "test.tsv", COLUMNS));
        assertEquals("test.tsv: not valid UTF-8", e.getMessage());
    }

    @Test
    void aMissingFile() {
        LexiconException e = assertThrows(LexiconException.class, () -> LexiconFile.read(source("other.tsv", ""), "test.tsv", COLUMNS));
        assertEquals("test.tsv: missing lexicon file", e.getMessage());
    }

    @Test
    void aFolderServesOnlyItsOwnFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test.tsv"), "capture\tسيطر\n");
        LexiconFile.Source folder = LexiconFile.folder(dir);
        assertEquals(1, LexiconFile.read(folder, "test.tsv", COLUMNS).size());
        assertEquals(null, folder.open("../test.tsv"));
        assertEquals(null, folder.open("sub/test.tsv"));
    }

    /** The word-set files: a set the enum does not know, a set left empty, a form with two values. */
    private enum Sets { MONTH, WEEKDAY }

    private static WordSets<Sets> sets(String content) {
        return WordSets.read(source("sets.tsv", content), "sets.tsv", Sets.class,
                (set, value, row) -> set == Sets.MONTH ? WordSets.number(set, value, row, 1, 12) : WordSets.none(set, value, row));
    }

    @Test
    void wordSetsReadNormalisedForms() {
        WordSets<Sets> s = sets("month\t3\tآذار,مارس\nweekday\t-\tالجمعة\n");
        assertEquals("3", s.value(Sets.MONTH, "اذار"));
        assertTrue(s.is(Sets.WEEKDAY, "الجمعه"));
    }

    @Test
    void wordSetsRejectWhatTheirSetsDoNotTake() {
        Map<String, String> bad = Map.of(
                "month\t13\tآذار\nweekday\t-\tالجمعة\n", "sets.tsv:1: set month takes a number from 1 to 12, not 13",
                "month\t3\tآذار\nweekday\tfriday\tالجمعة\n", "sets.tsv:2: set weekday takes no value: write -",
                "month\t3\tآذار\nwekday\t-\tالجمعة\n", "sets.tsv:2: unknown set 'wekday' (known: month, weekday)",
                "month\t3\tآذار\n", "sets.tsv: no words for set weekday",
                "month\t3\tآذار\nmonth\t4\tاذار\nweekday\t-\tالجمعة\n", "sets.tsv:2: 'month اذار' is listed as value 4 but line 1 already lists it as value 3");
        bad.forEach((content, message) -> assertEquals(message,
                assertThrows(LexiconException.class, () -> sets(content)).getMessage(), content));
    }
}
