package org.saytara.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoadTest {
    private static final String ARABIC = "سيطر تنظيم الدولة على مدينة تدمر.";

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }

    private static LoadProblem only(List<LoadProblem> problems, String file) {
        List<LoadProblem> matching = problems.stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, matching.size(), "problems for " + file + ": " + problems);
        return matching.get(0);
    }

    private void writeGood() throws IOException {
        write("good.txt", ARABIC);
        write("good.json", "{\"published\":\"2016-12-11\",\"outlet\":\"Test\"}");
    }

    private Corpus loadExpectingGoodToSurvive() {
        Corpus corpus = Corpus.load(dir);
        assertTrue(corpus.articles().stream().anyMatch(a -> a.id().equals("good")),
                "the healthy article next to the bad one must still load");
        return corpus;
    }

    @Test
    void readsTextAndSidecar() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"id\":\"art-1\",\"title\":\"عنوان\",\"outlet\":\"Enab Baladi\",\"url\":\"https://x\","
                + "\"published\":\"2016-12-11\",\"language\":\"ar\"}");
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of(), corpus.problems());
        Article a = corpus.articles().get(0);
        assertEquals("art-1", a.id());
        assertEquals("Enab Baladi", a.outlet());
        assertEquals(LocalDate.of(2016, 12, 11), a.published());
        assertEquals(ARABIC, a.text());
        assertEquals("a.txt", a.origin());
    }

    @Test
    void idDefaultsToFileStemAndArticlesAreSortedById() throws IOException {
        write("b.txt", ARABIC + " (2)");  // another text: the same one would count once
        write("a.txt", ARABIC);
        write("b.json", "{\"published\":\"2016-01-01\"}");
        write("a.json", "{\"published\":\"2016-01-01\"}");
        assertEquals(List.of("a", "b"), Corpus.load(dir).articles().stream().map(Article::id).toList());
    }

    @Test
    void invalidUtf8IsSkippedWithByteOffset() throws IOException {
        writeGood();
        byte[] prefix = "تدمر ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, bad, 0, prefix.length);
        bad[prefix.length] = (byte) 0xC3;
        bad[prefix.length + 1] = (byte) 0x28;
        write("bad.txt", bad);
        LoadProblem p = only(loadExpectingGoodToSurvive().problems(), "bad.txt");
        assertTrue(p.skipped());
        assertTrue(p.reason().contains("invalid UTF-8 at byte " + prefix.length), p.reason());
    }

    @Test
    void byteOrderMarkIsStripped() throws IOException {
        byte[] text = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        write("bom.txt", withBom);
        write("bom.json", "{\"published\":\"2016-12-11\"}");
        Corpus corpus = Corpus.load(dir);
        assertEquals(ARABIC, corpus.articles().get(0).text());
        assertEquals(List.of(), corpus.problems());
    }

    @Test
    void windowsLineEndingsAreNormalised() throws IOException {
        write("crlf.txt", "سطر أول\r\nسطر ثان\rسطر ثالث\r\n");
        write("crlf.json", "{\"published\":\"2016-12-11\"}");
        assertEquals("سطر أول\nسطر ثان\nسطر ثالث\n", Corpus.load(dir).articles().get(0).text());
    }

    @Test
    void emptyAndBlankFilesAreSkipped() throws IOException {
        writeGood();
        write("empty.txt", "");
        write("blank.txt", " \n\t\n");
        Corpus corpus = loadExpectingGoodToSurvive();
        assertTrue(only(corpus.problems(), "empty.txt").reason().contains("empty"));
        assertTrue(only(corpus.problems(), "blank.txt").reason().contains("empty"));
        assertEquals(1, corpus.articles().size());
    }

    @Test
    void binaryFilesAreSkipped() throws IOException {
        writeGood();
        write("nul.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
        StringBuilder controls = new StringBuilder("تدمر");
        for (int i = 0; i < 50; i++) controls.append((char) 1).append((char) 27);
        write("controls.txt", controls.toString());
        Corpus corpus = loadExpectingGoodToSurvive();
        assertTrue(only(corpus.problems(), "nul.txt").reason().startsWith("binary"));
        assertTrue(only(corpus.problems(), "controls.txt").reason().startsWith("binary"));
    }

    @Test
    void hugeFileIsSkippedWithItsSizeWithoutReadingIt() throws IOException {
        writeGood();
        byte[] chunk = "تدمر ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            while (size < 50L * 1024 * 1024) {
                out.write(chunk);
                size += chunk.length;
            }
        }
        Corpus corpus = loadExpectingGoodToSurvive();
        LoadProblem p = only(corpus.problems(), "huge.txt");
        assertTrue(p.skipped());
        assertTrue(p.reason().contains(Long.toString(size)) && p.reason().contains("MB"), p.reason());
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        write("small.txt", ARABIC);
        write("small.json", "{\"published\":\"2016-12-11\"}");
        assertEquals(1, Corpus.load(dir).articles().size());
        Corpus strict = Corpus.load(dir, new CorpusOptions(10));
        assertEquals(0, strict.articles().size());
        assertTrue(only(strict.problems(), "small.txt").reason().contains("limit of 10 bytes"));
    }

    @Test
    void brokenSidecarKeepsTheTextAndWarns() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"published\": \"2016-12-11\", ");
        Corpus corpus = Corpus.load(dir);
        Article a = corpus.articles().get(0);
        assertEquals("a", a.id());
        assertNull(a.published());
        LoadProblem p = only(corpus.problems(), "a.json");
        assertFalse(p.skipped());
        assertTrue(p.reason().contains("broken JSON"), p.reason());
    }

    @Test
    void badPublishedDateIsIgnoredNamingTheField() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"published\":\"2016-13-45\",\"outlet\":\"Orient Net\"}");
        Corpus corpus = Corpus.load(dir);
        Article a = corpus.articles().get(0);
        assertNull(a.published());
        assertEquals("Orient Net", a.outlet(), "the other fields survive a bad one");
        LoadProblem p = only(corpus.problems(), "a.json");
        assertTrue(p.reason().contains("\"published\"") && p.reason().contains("2016-13-45"), p.reason());
        assertTrue(only(corpus.problems(), "a.txt").reason().contains("events get only dates the text carries"));
    }

    @Test
    void nonStringFieldIsIgnoredNamingTheField() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"published\":\"2016-12-11\",\"title\":42}");
        Corpus corpus = Corpus.load(dir);
        assertNull(corpus.articles().get(0).title());
        assertTrue(only(corpus.problems(), "a.json").reason().contains("\"title\""));
    }

    @Test
    void unsafeIdInSidecarFallsBackToFileName() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"id\":\"../../etc/passwd\",\"published\":\"2016-12-11\"}");
        Corpus corpus = Corpus.load(dir);
        assertEquals("a", corpus.articles().get(0).id());
        assertTrue(only(corpus.problems(), "a.json").reason().contains("\"id\""));
    }

    @Test
    void duplicateIdKeepsTheFirstAndNamesBothFiles() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"id\":\"same\",\"published\":\"2016-12-11\"}");
        write("b.txt", "نص آخر عن تدمر");
        write("b.json", "{\"id\":\"same\",\"published\":\"2016-12-12\"}");
        Corpus corpus = Corpus.load(dir);
        assertEquals(1, corpus.articles().size());
        assertEquals(ARABIC, corpus.articles().get(0).text());
        LoadProblem p = only(corpus.problems(), "b.txt");
        assertTrue(p.skipped());
        assertTrue(p.reason().contains("same") && p.reason().contains("a.txt"), p.reason());
    }

    @Test
    void textWithoutArabicIsLoadedWithAWarning() throws IOException {
        write("en.txt", "ISIS fighters entered Palmyra on Sunday.");
        write("en.json", "{\"published\":\"2016-12-11\",\"language\":\"en\"}");
        Corpus corpus = Corpus.load(dir);
        assertEquals(1, corpus.articles().size());
        LoadProblem p = only(corpus.problems(), "en.txt");
        assertFalse(p.skipped());
        assertTrue(p.reason().contains("no Arabic"));
    }

    @Test
    void missingPublishedDateLoadsWithAWarning() throws IOException {
        write("a.txt", ARABIC);
        Corpus corpus = Corpus.load(dir);
        assertEquals(1, corpus.articles().size());
        LoadProblem p = only(corpus.problems(), "a.txt");
        assertFalse(p.skipped());
        assertTrue(p.reason().contains("events get only dates the text carries"));
    }

    @Test
    void orphanSidecarAndOtherFilesAreNotArticles() throws IOException {
        writeGood();
        write("lost.json", "{\"published\":\"2016-12-11\"}");
        write("README.md", "notes");
        write(".good.txt.tmp-123", "half written");
        Corpus corpus = loadExpectingGoodToSurvive();
        assertEquals(1, corpus.articles().size());
        assertTrue(only(corpus.problems(), "lost.json").reason().contains("lost.txt"));
        assertEquals(1, corpus.problems().size(), corpus.problems().toString());
    }

    @Test
    void jsonlLinesLoadAndABadLineIsSkippedByNumber() throws IOException {
        String good1 = "{\"id\":\"j1\",\"published\":\"2016-12-11\",\"outlet\":\"SANA\",\"text\":\"دخل الجيش مدينة تدمر\"}";
        String broken = "{\"id\":\"j2\",\"text\":";
        String noText = "{\"id\":\"j3\",\"published\":\"2016-12-11\"}";
        String good2 = "{\"published\":\"2017-03-02\",\"text\":\"استعادت قوات النظام مدينة تدمر\\r\\nمجددا\"}";
        write("crawl.jsonl", good1 + "\r\n" + broken + "\n\n" + noText + "\n" + good2 + "\n");
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("crawl-5", "j1"), corpus.articles().stream().map(Article::id).toList());
        Article second = corpus.articles().get(0);
        assertEquals("crawl.jsonl:5", second.origin());
        assertEquals("استعادت قوات النظام مدينة تدمر\nمجددا", second.text());
        assertEquals(List.of(2, 4), corpus.problems().stream().map(LoadProblem::line).toList());
        assertTrue(corpus.problems().stream().allMatch(p -> p.skipped() && p.file().equals("crawl.jsonl")));
    }

    @Test
    void jsonlLineWithInvalidUtf8OrOverTheLimitIsSkippedAlone() throws IOException {
        byte[] good = "{\"id\":\"ok\",\"published\":\"2016-12-11\",\"text\":\"تدمر\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
        byte[] long_ = ("{\"text\":\"" + "تدمر".repeat(100) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + bad.length + long_.length];
        System.arraycopy(bad, 0, all, 0, bad.length);
        System.arraycopy(long_, 0, all, bad.length, long_.length);
        System.arraycopy(good, 0, all, bad.length + long_.length, good.length);
        write("mixed.jsonl", all);
        Corpus corpus = Corpus.load(dir, new CorpusOptions(300));
        assertEquals(List.of("ok"), corpus.articles().stream().map(Article::id).toList());
        assertEquals(2, corpus.problems().size(), corpus.problems().toString());
        assertTrue(corpus.problems().get(0).reason().contains("invalid UTF-8 at byte 9"));
        assertEquals(2, corpus.problems().get(1).line());
        assertTrue(corpus.problems().get(1).reason().contains("limit of 300"));
    }

    @Test
    void duplicateIdAcrossLayoutsNamesTheFirstOrigin() throws IOException {
        writeGood();
        write("more.jsonl", "{\"id\":\"good\",\"published\":\"2016-12-11\",\"text\":\"تدمر\"}\n");
        Corpus corpus = loadExpectingGoodToSurvive();
        LoadProblem p = only(corpus.problems(), "more.jsonl");
        assertEquals(1, p.line());
        assertTrue(p.reason().contains("good.txt"), p.reason());
    }

    @Test
    void aCrawlFullOfBadLinesListsTheFirstHundredAndCountsTheRest() throws IOException {
        StringBuilder crawl = new StringBuilder();
        for (int i = 0; i < 250; i++) crawl.append("{broken\n");
        crawl.append("{\"id\":\"last\",\"published\":\"2016-12-11\",\"text\":\"تدمر\"}\n");
        write("crawl.jsonl", crawl.toString());
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("last"), corpus.articles().stream().map(Article::id).toList());
        assertEquals(101, corpus.problems().size());
        assertEquals(100, corpus.problems().get(99).line());
        LoadProblem summary = corpus.problems().get(100);
        assertNull(summary.line());
        assertTrue(summary.reason().contains("150 more") && summary.reason().contains("150 lines skipped"), summary.reason());
    }

    @Test
    void longJsonlLinesSpanningReadBuffersArriveIntact() throws IOException {
        String text = "سيطرت قوات النظام على حقل شاعر. ".repeat(8000);
        write("big.jsonl", "{\"id\":\"a\",\"published\":\"2016-12-11\",\"text\":\"" + text + "\"}\n"
                + "{\"id\":\"b\",\"published\":\"2016-12-11\",\"text\":\"تدمر\"}");
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of(), corpus.problems());
        String loaded = corpus.articles().get(0).text();
        assertEquals(text.length(), loaded.length());
        assertTrue(text.equals(loaded), "text differs");
        assertEquals("تدمر", corpus.articles().get(1).text(), "a last line without a newline counts");
    }

    @Test
    void missingFolderIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Corpus.load(dir.resolve("nope")));
    }

    @Test
    void ofRejectsDuplicateIds() {
        Article a = new Article("x", null, null, null, null, null, ARABIC, "mem");
        assertThrows(IllegalArgumentException.class, () -> Corpus.of(List.of(a, a)));
    }

    @Test
    void seedCorpusLoadsCleanly() {
        Corpus corpus = Corpus.load(Path.of("corpus"));
        assertEquals(5, corpus.articles().size());
        assertEquals(List.of(), corpus.skipped());
        assertTrue(corpus.articles().stream().allMatch(a -> a.published() != null));
    }
}
