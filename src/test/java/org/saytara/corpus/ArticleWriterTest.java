package org.saytara.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWriterTest {
    @TempDir
    Path dir;

    private static final String TEXT = "أحكم تنظيم الدولة سيطرته على مدينة تدمر\r\nبعد انسحاب قوات النظام.";

    @Test
    void writtenArticleReadsBackIdentically() {
        ArticleWriter writer = new ArticleWriter(dir);
        Article written = writer.write(new ArticleDraft("عنوان", "Enab Baladi", "https://example.org/a",
                LocalDate.of(2016, 12, 11), TEXT));
        assertTrue(written.id().matches("2016-12-11-[0-9a-f]{12}"), written.id());
        assertEquals("ar", written.language());
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of(), corpus.problems());
        assertEquals(List.of(written), corpus.articles());
        assertEquals(TEXT.replace("\r\n", "\n"), corpus.articles().get(0).text());
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        new ArticleWriter(dir).write(new ArticleDraft(null, null, null, null, TEXT));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("undated-") && names.get(0).endsWith(".json"));
        }
    }

    @Test
    void callerValuesNeverChooseThePath() throws IOException {
        Article a = new ArticleWriter(dir).write(new ArticleDraft("../../etc/passwd", "../x", "/etc/shadow",
                LocalDate.of(2017, 3, 2), "تدمر"));
        assertTrue(a.id().matches("[0-9a-z-]+"));
        try (Stream<Path> files = Files.walk(dir.getParent(), 1)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("passwd")));
        }
        assertEquals("../../etc/passwd", Corpus.load(dir).articles().get(0).title());
    }

    @Test
    void sameArticleTwiceIsRefused() {
        ArticleWriter writer = new ArticleWriter(dir);
        ArticleDraft draft = new ArticleDraft(null, null, null, LocalDate.of(2016, 12, 11), TEXT);
        Article first = writer.write(draft);
        DuplicateArticleException e = assertThrows(DuplicateArticleException.class, () -> writer.write(draft));
        assertEquals(first.id(), e.id());
    }

    @Test
    void orphanSidecarFromACrashIsOverwrittenOnRetry() throws IOException {
        ArticleDraft draft = new ArticleDraft("t", null, null, LocalDate.of(2016, 12, 11), TEXT);
        String id = ArticleWriter.idFor(draft, ArticleText.normalise(TEXT));
        Files.writeString(dir.resolve(id + ".json"), "{\"id\":\"" + id + "\",\"title\":\"stale\"");
        assertEquals(0, Corpus.load(dir).articles().size(), "no .txt, no article");
        new ArticleWriter(dir).write(draft);
        Corpus corpus = Corpus.load(dir);
        assertEquals("t", corpus.articles().get(0).title());
        assertEquals(List.of(), corpus.problems());
    }

    @Test
    void badDraftsAreRefusedAndNothingIsWritten() throws IOException {
        ArticleWriter writer = new ArticleWriter(dir, new CorpusOptions(100));
        assertThrows(IllegalArgumentException.class, () -> writer.write(new ArticleDraft(null, null, null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> writer.write(new ArticleDraft(null, null, null, null, "  \n")));
        assertThrows(IllegalArgumentException.class, () -> writer.write(new ArticleDraft(null, null, null, null, "a\u0000b")));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(new ArticleDraft(null, null, null, null, "تدمر".repeat(100))));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(new ArticleDraft("a\nb", null, null, null, "تدمر")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
