package org.saytara.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus folder is the only place articles are read from, and every entry that is not read
 * says why. One test per kind of entry.
 */
class CorpusIntegrityTest {
    private static final String ARABIC = "سيطر تنظيم الدولة على مدينة تدمر.";
    private static final String SECRET = "سيطرت قوات النظام على حقل الشاعر. root:x:0:0";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static LoadProblem only(List<LoadProblem> problems, String file) {
        List<LoadProblem> matching = problems.stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, matching.size(), "problems for " + file + ": " + problems);
        return matching.get(0);
    }

    /** The good article next to the bad entry must load, and the bad entry's text must appear nowhere. */
    private Corpus loadWithGood() throws IOException {
        write("good.txt", ARABIC);
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("good"), corpus.articles().stream().map(Article::id).toList(), corpus.problems().toString());
        assertTrue(corpus.articles().stream().noneMatch(a -> a.text().contains("root:x")));
        return corpus;
    }

    @Test
    void symlinkLeavingTheFolderIsNeverRead() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), SECRET);
        Files.createSymbolicLink(dir.resolve("passwd.txt"), secret);
        LoadProblem p = only(loadWithGood().problems(), "passwd.txt");
        assertTrue(p.skipped());
        assertEquals(CorpusEntries.OUTSIDE, p.reason());
        assertFalse(p.reason().contains(elsewhere.toString()), "no path of the machine in the message");
    }

    @Test
    void relativeSymlinkClimbingOutIsNeverRead() throws IOException {
        Files.writeString(elsewhere.resolve("passwd"), SECRET);
        Files.createSymbolicLink(dir.resolve("up.txt"), dir.relativize(elsewhere.resolve("passwd")));
        assertEquals(CorpusEntries.OUTSIDE, only(loadWithGood().problems(), "up.txt").reason());
    }

    @Test
    void symlinkedJsonlAndSidecarLeavingTheFolderAreNotRead() throws IOException {
        Path crawl = Files.writeString(elsewhere.resolve("c.jsonl"), "{\"id\":\"x\",\"text\":\"" + SECRET + "\"}\n");
        Files.createSymbolicLink(dir.resolve("crawl.jsonl"), crawl);
        Path meta = Files.writeString(elsewhere.resolve("m.json"), "{\"title\":\"root:x:0:0\"}");
        Files.createSymbolicLink(dir.resolve("good.json"), meta);
        Corpus corpus = loadWithGood();
        assertEquals(CorpusEntries.OUTSIDE, only(corpus.problems(), "crawl.jsonl").reason());
        LoadProblem sidecar = only(corpus.problems(), "good.json");
        assertFalse(sidecar.skipped(), "the text loads, only its metadata is ignored");
        assertTrue(sidecar.reason().startsWith(CorpusEntries.OUTSIDE), sidecar.reason());
        assertEquals(null, corpus.articles().get(0).title());
    }

    @Test
    void symlinkInsideTheFolderIsFollowedAndItsTextCountsOnce() throws IOException {
        write("a.txt", ARABIC);
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("a.txt"));
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("a"), corpus.articles().stream().map(Article::id).toList());
        assertTrue(only(corpus.problems(), "b.txt").reason().startsWith("same text as a.txt"));
    }

    @Test
    void symlinkLoopIsReported() throws IOException {
        Files.createSymbolicLink(dir.resolve("loop1.txt"), Path.of("loop2.txt"));
        Files.createSymbolicLink(dir.resolve("loop2.txt"), Path.of("loop1.txt"));
        Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        Corpus corpus = loadWithGood();
        for (String name : List.of("loop1.txt", "loop2.txt", "self.txt")) {
            assertEquals(CorpusEntries.LOOP, only(corpus.problems(), name).reason());
        }
    }

    @Test
    void brokenSymlinkIsReported() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("nothing-here.txt"));
        assertEquals(CorpusEntries.BROKEN, only(loadWithGood().problems(), "gone.txt").reason());
    }

    @Test
    void folderNamedLikeAnArticleIsReported() throws IOException {
        Files.createDirectories(dir.resolve("x.txt"));
        Files.createDirectories(dir.resolve("archive"));
        Corpus corpus = loadWithGood();
        assertEquals(CorpusEntries.FOLDER, only(corpus.problems(), "x.txt").reason());
        assertEquals(CorpusEntries.SUBFOLDER, only(corpus.problems(), "archive").reason());
    }

    @Test
    void fifoIsReportedWithoutBlockingTheLoad() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo must work on this machine");
        // Opening a FIFO blocks until a writer comes: the load must not even try.
        Corpus corpus = assertTimeoutPreemptively(Duration.ofSeconds(20), this::loadWithGood);
        LoadProblem p = only(corpus.problems(), "pipe.txt");
        assertTrue(p.skipped());
        assertEquals(CorpusEntries.SPECIAL, p.reason());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        write("good.txt", ARABIC);
        write("locked.txt", ARABIC + " نص آخر");
        Path locked = dir.resolve("locked.txt");
        // Tests often run as root, for whom chmod 000 locks nothing: stand in the check as well.
        locked.toFile().setReadable(false, false);
        CorpusEntries.Access access = file -> !file.getFileName().toString().equals("locked.txt") && Files.isReadable(file);
        Corpus corpus = Corpus.load(dir, CorpusOptions.defaults(), access);
        assertEquals(List.of("good"), corpus.articles().stream().map(Article::id).toList());
        LoadProblem p = only(corpus.problems(), "locked.txt");
        assertTrue(p.skipped());
        assertEquals(CorpusEntries.UNREADABLE, p.reason());
        locked.toFile().setReadable(true, false);
    }

    @Test
    void sameTextUnderAnotherNameCountsOnce() throws IOException {
        write("orient.txt", ARABIC);
        write("orient.json", "{\"published\":\"2016-12-11\",\"outlet\":\"Orient\"}");
        write("z-copy.txt", ARABIC);                              // copied without its sidecar
        write("z.jsonl", "{\"id\":\"again\",\"published\":\"2016-12-11\",\"text\":\"" + ARABIC + "\"}\n"
                + "{\"id\":\"rerun\",\"published\":\"2016-12-20\",\"text\":\"" + ARABIC + "\"}\n");
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("orient", "rerun"), corpus.articles().stream().map(Article::id).toList(),
                corpus.problems().toString());
        LoadProblem copy = only(corpus.problems(), "z-copy.txt");
        assertTrue(copy.skipped());
        assertEquals("same text as orient.txt (article \"orient\"), already loaded; this copy is not counted twice",
                copy.reason());
        LoadProblem line = only(corpus.problems(), "z.jsonl");
        assertEquals(1, line.line());
        assertTrue(line.reason().startsWith("same text as orient.txt"), line.reason());
    }

    @Test
    void sameTextPublishedOnAnotherDateIsAnotherReport() throws IOException {
        write("a.txt", ARABIC);
        write("a.json", "{\"published\":\"2016-12-11\"}");
        write("b.txt", ARABIC);
        write("b.json", "{\"published\":\"2016-12-18\"}");
        assertEquals(2, Corpus.load(dir).articles().size());
    }

    @Test
    void postedCopyOfALoadedTextIsADuplicate() throws IOException {
        write("a.txt", ARABIC);
        Corpus corpus = Corpus.load(dir);
        ArticleWriter writer = new ArticleWriter(dir);
        DuplicateArticleException e = org.junit.jupiter.api.Assertions.assertThrows(DuplicateArticleException.class,
                () -> writer.write(new ArticleDraft(null, null, null, java.time.LocalDate.of(2016, 12, 11), ARABIC), corpus));
        assertEquals("a", e.id());
        assertEquals(1, Corpus.load(dir).articles().size());
    }
}
