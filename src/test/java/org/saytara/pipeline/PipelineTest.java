package org.saytara.pipeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleDraft;
import org.saytara.corpus.ArticleWriter;
import org.saytara.corpus.Corpus;
import org.saytara.corpus.CorpusOptions;
import org.saytara.corpus.TextSource;
import org.saytara.extract.Event;
import org.saytara.extract.Extractor;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.timeline.PlaceHistory;

/**
 * The one pipeline: extraction on many threads gives what one thread gives, in corpus order; an
 * analysis updated one article or one file at a time is the analysis of the folder opened afresh;
 * the event processor applies everywhere.
 */
class PipelineTest {
    private static Gazetteer gazetteer;
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Path.of("geodata"));
        pipeline = Pipeline.create(gazetteer, SyriaSides.SYRIA);
    }

    /** The seeds and the first styles set, in one folder. */
    private void copyCorpora() throws IOException {
        for (Path from : List.of(Path.of("corpus"), Path.of("src/test/resources/styles/corpus"))) {
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void extractionOnManyThreadsGivesTheEventsOfOneThreadInCorpusOrder() throws IOException {
        copyCorpora();
        Corpus corpus = Corpus.load(dir);
        List<Event> sequential = Extractor.create(gazetteer, SyriaSides.SYRIA).extract(corpus);
        assertEquals(sequential, pipeline.withThreads(4).open(dir).events());
        assertEquals(sequential, pipeline.withThreads(1).open(dir).events());
        assertEquals(sequential, pipeline.withThreads(3).extract(corpus.articles()));
        assertEquals(sequential, pipeline.of(corpus).events());
    }

    @Test
    void anArticleAddedAloneGivesWhatOpeningTheFolderAgainGives() throws IOException {
        copyCorpora();
        Analysis before = pipeline.open(dir);
        Article added = new ArticleWriter(dir).write(new ArticleDraft("t", "Enab Baladi", null, LocalDate.of(2016, 12, 14),
                "أعلنت قوات النظام السيطرة على مدينة القريتين بعد معارك مع تنظيم الدولة، وانسحب التنظيم من حقل شاعر."));
        Analysis updated = pipeline.add(before, added, new TextSource.TextFile(dir.resolve(added.id() + ".txt"), 1 << 20));
        assertFalse(updated.eventsOfArticle(added.id()).isEmpty(), "the text has events");
        assertSameAnalysis(pipeline.open(dir), updated);
        // Places the article does not name keep their very history objects.
        Set<String> named = new java.util.HashSet<>();
        for (Event e : updated.eventsOfArticle(added.id())) named.add(e.place().id());
        int shared = 0;
        for (PlaceHistory h : before.timeline().histories()) {
            if (named.contains(h.place().id()) || !before.timeline().origin().equals(updated.timeline().origin())) continue;
            boolean hasParentNamed = gazetteer.byId(h.place().id()).map(p -> p.parentId() != null).orElse(false);
            if (hasParentNamed) continue;
            assertSame(h, updated.timeline().history(h.place().id()).orElseThrow(), h.place().id());
            shared++;
        }
        assertTrue(shared > 10, "untouched places shared: " + shared);
        // Dates the article does not change keep their collection, so a cached body stays right.
        int kept = 0, redrawn = 0;
        for (LocalDate d : updated.timeline().frames()) {
            if (updated.layers().unchangedSince(before.layers(), d)) {
                assertEquals(before.layers().collection(d, Set.of()), updated.layers().collection(d, Set.of()), d.toString());
                kept++;
            } else {
                redrawn++;
            }
        }
        assertTrue(kept > 0 && redrawn > 0, kept + " kept, " + redrawn + " redrawn");
        assertFalse(updated.layers().unchangedSince(pipeline.open(dir).layers(), updated.timeline().frames().get(0)),
                "only layers updated from the given ones can vouch for them");
        // And removing it again gives the analysis from before.
        Files.delete(dir.resolve(added.id() + ".txt"));
        Files.delete(dir.resolve(added.id() + ".json"));
        assertSameAnalysis(before, pipeline.remove(updated, added.id()));
    }

    @Test
    void aChangedFileIsReadAgainAloneWithTheResultOfAFullOpen() throws IOException {
        copyCorpora();
        Analysis before = pipeline.open(dir);
        Path seed = dir.resolve("003_29b327075430972d.txt");
        Files.writeString(seed, Files.readString(seed).replace("تدمر", "القريتين"));
        Files.delete(dir.resolve("004_0960f390a84c1c5e.txt"));
        Files.writeString(dir.resolve("extra.jsonl"), "{\"id\":\"x1\",\"published\":\"2016-12-12\",\"text\":\"سيطر تنظيم الدولة على مطار التيفور العسكري.\"}\n"
                + "{\"published\":\"2016-12-13\",\"text\":\"استعادت قوات النظام السيطرة على حقل جزل.\"}\n");
        Analysis updated = pipeline.replaceFiles(before, dir, CorpusOptions.defaults(),
                Set.of("003_29b327075430972d.txt", "004_0960f390a84c1c5e.txt", "004_0960f390a84c1c5e.json", "extra.jsonl"));
        assertNotNull(updated);
        assertNotEquals(before.digest(), updated.digest());
        assertSameAnalysis(pipeline.open(dir), updated);
    }

    @Test
    void aNewFileWithAnIdAlreadyTakenAsksForAFullOpen() throws IOException {
        copyCorpora();
        Analysis before = pipeline.open(dir);
        String taken = before.articles().get(0).id();
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"" + taken + "\",\"text\":\"سيطر التنظيم على تدمر.\"}\n");
        assertEquals(null, pipeline.replaceFiles(before, dir, CorpusOptions.defaults(), Set.of("a.jsonl")));
    }

    @Test
    void theEventProcessorAppliesToTheTimelineAndTheLayers() throws IOException {
        copyCorpora();
        EventProcessor dropTadmur = (article, events) -> events.stream().filter(e -> !"tadmur".equals(e.place().id())).toList();
        Analysis plain = pipeline.open(dir);
        Analysis reviewed = pipeline.withProcessor(dropTadmur).open(dir);
        assertTrue(plain.timeline().history("tadmur").isPresent());
        assertTrue(reviewed.timeline().history("tadmur").isEmpty());
        assertEquals(plain.events().size() - plain.eventsAt("tadmur").size(), reviewed.events().size());
        assertEquals(plain.events().size(), reviewed.articles().stream().mapToInt(a -> reviewed.extractedEventsOfArticle(a.id()).size()).sum());
        assertFalse(reviewed.layers().timelineGeoJson().contains("\"place_id\":\"tadmur\""));
        assertNotEquals(plain.digest(), reviewed.digest());
        assertSameAnalysis(plain, pipeline.reprocess(reviewed));
        assertSameAnalysis(reviewed, pipeline.withProcessor(dropTadmur).reprocess(plain));
    }

    @Test
    void textsAreReadBackFromTheirFilesAndAChangedFileIsNoticed() throws IOException {
        copyCorpora();
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"الأول: سيطر التنظيم على تدمر.\"}\n"
                + "{\"id\":\"l2\",\"text\":\"الثاني\\r\\nاستعاد النظام تدمر.\"}\n");
        Analysis a = pipeline.open(dir);
        Corpus whole = Corpus.load(dir);
        for (Article expected : whole.articles()) assertEquals(expected, a.article(expected.id()).load(), expected.id());
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"شيء آخر تماما وأطول من الأول بكثير\"}\n");
        assertThrowsIo(() -> a.article("l1").load());
    }

    private static void assertThrowsIo(IoAction action) {
        try {
            action.run();
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError("no IOException");
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Same articles, events, timeline, digest and every frame's collection. */
    static void assertSameAnalysis(Analysis expected, Analysis actual) {
        assertEquals(expected.articles().stream().map(a -> a.id()).toList(), actual.articles().stream().map(a -> a.id()).toList());
        assertEquals(expected.events(), actual.events());
        assertEquals(expected.timeline().frames(), actual.timeline().frames());
        assertEquals(expected.timeline().origin(), actual.timeline().origin());
        assertEquals(expected.timeline().histories(), actual.timeline().histories());
        assertEquals(expected.digest(), actual.digest());
        assertEquals(expected.problems(), actual.problems());
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        for (LocalDate f : expected.timeline().frames()) {
            a.add(expected.layers().collection(f, Set.of()));
            b.add(actual.layers().collection(f, Set.of()));
        }
        assertEquals(a, b);
        assertEquals(expected.layers().frameSummaries(), actual.layers().frameSummaries());
        assertEquals(expected.layers().timelineGeoJson(), actual.layers().timelineGeoJson());
    }
}
