package org.saytara.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a kill -9 in the middle of ArticleWriter#write leaves, and how the next start clears it. */
class CorpusRecoveryTest {
    private static final String TEXT = "سيطرت قوات النظام على مدينة تدمر بعد معارك مع تنظيم الدولة.";

    @TempDir
    Path dir;

    private Article written() {
        return new ArticleWriter(dir).write(new ArticleDraft("t", "o", null, LocalDate.of(2016, 12, 11), TEXT));
    }

    private static String temp(String target) {
        return "." + target + ".tmp-" + UUID.randomUUID();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static LoadProblem only(List<LoadProblem> notes, String file) {
        List<LoadProblem> matching = notes.stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, matching.size(), notes.toString());
        return matching.get(0);
    }

    @Test
    void cleanFolderNeedsNothing() throws IOException {
        written();
        assertEquals(List.of(), CorpusRecovery.run(dir));
    }

    @Test
    void completeTextBeforeItsRenameIsRecovered() throws IOException {
        Article a = written();
        // The crash fell between the fsync of the text and its rename.
        String tmp = temp(a.id() + ".txt");
        Files.move(dir.resolve(a.id() + ".txt"), dir.resolve(tmp));
        LoadProblem note = only(CorpusRecovery.run(dir), tmp);
        assertTrue(note.reason().contains("recovered as " + a.id() + ".txt"), note.reason());
        assertEquals(List.of(a.id() + ".json", a.id() + ".txt"), names());
        assertEquals(List.of(a), Corpus.load(dir).articles());
        assertEquals(List.of(), CorpusRecovery.run(dir), "said once, then nothing is left to say");
    }

    @Test
    void halfWrittenTextAndItsOrphanSidecarAreRemoved() throws IOException {
        Article a = written();
        byte[] bytes = Files.readAllBytes(dir.resolve(a.id() + ".txt"));
        Files.delete(dir.resolve(a.id() + ".txt"));
        String tmp = temp(a.id() + ".txt");
        Files.write(dir.resolve(tmp), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<LoadProblem> notes = CorpusRecovery.run(dir);
        assertTrue(only(notes, tmp).reason().contains("removed"));
        assertTrue(only(notes, a.id() + ".json").reason().contains("never saved"));
        assertEquals(List.of(), names());
        assertEquals(List.of(), Corpus.load(dir).problems(), "no orphan warning at every start any more");
    }

    @Test
    void sidecarTemporaryFileIsRemoved() throws IOException {
        String tmp = temp("2016-12-11-0123456789ab.json");
        Files.writeString(dir.resolve(tmp), "{\"id\":\"2016-12-11-01");
        assertTrue(only(CorpusRecovery.run(dir), tmp).reason().contains("removed"));
        assertEquals(List.of(), names());
    }

    @Test
    void textTemporaryFileWhoseHashDoesNotMatchIsRemoved() throws IOException {
        Article a = written();
        String tmp = temp("2016-12-11-0123456789ab.txt");
        Files.writeString(dir.resolve(tmp), TEXT, StandardCharsets.UTF_8);
        assertTrue(only(CorpusRecovery.run(dir), tmp).reason().contains("removed"));
        assertEquals(List.of(a.id() + ".json", a.id() + ".txt"), names());
    }

    @Test
    void sidecarsPeopleWroteAreLeftToTheLoader() throws IOException {
        Files.writeString(dir.resolve("notes.json"), "{\"title\":\"mine\"}");
        Files.writeString(dir.resolve("2016-12-11-0123456789ab.json"), "{\"title\":\"no id inside\"}");
        assertEquals(List.of(), CorpusRecovery.run(dir));
        assertEquals(2, names().size());
        assertFalse(Corpus.load(dir).problems().isEmpty(), "the loader still warns about them");
    }
}
