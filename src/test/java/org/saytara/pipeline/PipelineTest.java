package org.saytara.pipeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.saytara.corpus.ArticleInfo;
import org.saytara.corpus.ArticleWriter;
import org.saytara.corpus.Corpus;
import org.saytara.corpus.CorpusOptions;
import org.saytara.corpus.TextSource;
import org.saytara.extract.Event;
import org.saytara.extract.Extractor;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.review.Review;
import org.saytara.review.ReviewProcessor;
import org.saytara.review.Reviews;
import org.saytara.review.Vocabulary;
import org.saytara.timeline.PlaceHistory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    void preparingForPostsChangesNothingServedAndCountsItsTime() throws IOException {
        copyCorpora();
        Analysis opened = pipeline.open(dir);
        Analysis prepared = pipeline.prepareForChanges(opened);
        assertSameAnalysis(pipeline.open(dir), prepared);
        assertSame(opened.timeline(), prepared.timeline());
        assertSame(opened.layers(), prepared.layers());
        assertEquals(opened.stages().layersMs(), prepared.stages().layersMs());
        assertTrue(prepared.stages().prepareMs() >= 0 && prepared.stages().prepareCpuMs() >= 0);
        // The text hashes built while preparing go on to the posts after it.
        Article added = new ArticleWriter(dir).write(new ArticleDraft("t", "Enab Baladi", null, LocalDate.of(2016, 12, 14),
                "أعلنت قوات النظام السيطرة على مدينة القريتين بعد معارك مع تنظيم الدولة، وانسحب التنظيم من حقل شاعر."));
        Analysis updated = pipeline.add(prepared, added, new TextSource.TextFile(dir.resolve(added.id() + ".txt"), 1 << 20));
        assertSameAnalysis(pipeline.open(dir), updated);
        ArticleInfo info = updated.article(added.id());
        assertEquals(added.id(), updated.sameText(info.textHash(), info.published()).orElseThrow().id());
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
    void reviewsAppliedOneAtATimeGiveWhatOpeningWithThemGives() throws IOException {
        copyCorpora();
        Vocabulary vocabulary = Vocabulary.of(gazetteer, SyriaSides.SYRIA);
        Analysis before = pipeline.withProcessor(new ReviewProcessor(Reviews.NONE, vocabulary)).open(dir);
        List<Event> atTadmur = before.eventsAt("tadmur");
        Event rejected = atTadmur.get(0);
        Event corrected = atTadmur.get(atTadmur.size() - 1);
        Event confirmed = before.events().stream().filter(e -> !e.place().id().equals("tadmur")).findFirst().orElseThrow();
        List<Review> trail = new ArrayList<>();
        Analysis a = before;
        Analysis afterReject = null;
        ObjectNode pinBody = org.saytara.json.Json.mapper().createObjectNode().put("control", "opposition").put("from", "2016-06-01")
                .put("to", "2016-06-30");
        List<Review> drafts = new ArrayList<>();
        drafts.add(Reviews.review(rejected, "reject", null, "not in the text", "lina", vocabulary));
        drafts.add(Reviews.review(corrected, "correct", org.saytara.json.Json.mapper().createObjectNode().put("gaining_side", "opposition"),
                null, "omar", vocabulary));
        drafts.add(Reviews.review(confirmed, "confirm", null, null, "lina", vocabulary));
        drafts.add(Reviews.pin(vocabulary.place("al-sukhnah").orElseThrow(), pinBody, "omar", vocabulary));
        // A review of an event no run extracts now: kept, applied to nothing, processing nothing.
        drafts.add(new Review(0, "gone-article-0123abcd", "tadmur", org.saytara.review.ReviewAction.CONFIRM, null, null, null,
                "lina", java.time.Instant.now(), null));
        for (Review draft : drafts) {
            Review saved = draft.withId(trail.size() + 1);
            trail.add(saved);
            Pipeline reviewing = pipeline.withProcessor(new ReviewProcessor(Reviews.of(trail), vocabulary));
            Analysis next = reviewing.reprocess(a, Set.copyOf(ReviewProcessor.articlesOf(saved)));
            assertSameAnalysis(reviewing.open(dir), next);
            if (afterReject == null) afterReject = next;
            a = next;
        }
        // The rejected event is off the map and the lists, kept apart and marked.
        assertFalse(a.events().contains(rejected));
        assertFalse(a.eventsAt("tadmur").stream().anyMatch(e -> e.id().equals(rejected.id())));
        assertEquals(List.of(rejected.id()), a.rejected().stream().map(Event::id).toList());
        assertTrue(a.event(rejected.id()).review().rejected());
        assertEquals(a.events().size() + 1, a.allEvents().size());
        assertTrue(a.eventsOfArticle(rejected.article()).stream().anyMatch(e -> e.id().equals(rejected.id())));
        // The correction and the confirmation are marked; the pin shows on the map.
        assertEquals("corrected", a.event(corrected.id()).review().status());
        assertEquals("opposition", a.event(corrected.id()).controllerAfter().code());
        assertEquals("confirmed", a.event(confirmed.id()).review().status());
        assertEquals("omar", a.timeline().stateAt("al-sukhnah", LocalDate.of(2016, 6, 15)).orElseThrow().pinned().by());
        assertTrue(a.timeline().frames().contains(LocalDate.of(2016, 6, 1)));
        assertNull(a.event("gone-article-0123abcd"));
        // A review processed its event's article alone: places that article does not name kept
        // their very history objects.
        Set<String> named = new java.util.HashSet<>();
        for (Event e : before.eventsOfArticle(rejected.article())) named.add(e.place().id());
        int shared = 0;
        for (PlaceHistory h : before.timeline().histories()) {
            String id = h.place().id();
            if (named.contains(id) || gazetteer.byId(id).map(p -> p.parentId() != null).orElse(false)
                    || !before.timeline().origin().equals(afterReject.timeline().origin())) continue;
            assertSame(h, afterReject.timeline().history(id).orElseThrow(), id);
            shared++;
        }
        assertTrue(shared > 10, "untouched places shared: " + shared);
        // Reviews survive a restart: the same trail on a fresh open gives the same map.
        assertSameAnalysis(pipeline.withProcessor(new ReviewProcessor(Reviews.of(trail), vocabulary)).open(dir), a);
    }

    @Test
    void aPostedTextAlreadyHeldUnderAnotherNameIsFoundByItsHash() throws IOException {
        copyCorpora();
        Analysis a = pipeline.open(dir);
        Corpus whole = Corpus.load(dir);
        Article held = whole.articles().get(3);
        long hash = org.saytara.corpus.ArticleInfo.textHash(held.text());
        assertEquals(held.id(), a.sameText(hash, held.published()).orElseThrow().id());
        assertEquals(held.id(), a.sameText(hash, null).orElseThrow().id(), "an undated copy is the same report");
        assertTrue(a.sameText(hash, held.published() == null ? LocalDate.of(1999, 1, 1) : held.published().plusDays(9)).isEmpty()
                || held.published() == null, "the same text on another date is another report");
        // Kept right through updates: an article added, then removed.
        Article added = new ArticleWriter(dir).write(new ArticleDraft("t", "Enab Baladi", null, LocalDate.of(2016, 12, 14),
                "أعلنت قوات النظام السيطرة على مدينة القريتين."));
        Analysis more = pipeline.add(a, added, new TextSource.Kept(added.text()));
        long addedHash = org.saytara.corpus.ArticleInfo.textHash(added.text());
        assertEquals(added.id(), more.sameText(addedHash, added.published()).orElseThrow().id());
        assertEquals(held.id(), more.sameText(hash, held.published()).orElseThrow().id());
        assertTrue(pipeline.remove(more, added.id()).sameText(addedHash, added.published()).isEmpty());
        // A copied file read alone is a change only a full open can place (which copy counts).
        Files.writeString(dir.resolve("zz-copy.txt"), held.text());
        assertNull(pipeline.replaceFiles(a, dir, CorpusOptions.defaults(), Set.of("zz-copy.txt")));
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
        assertEquals(expected.rejected(), actual.rejected());
        assertEquals(expected.allEvents(), actual.allEvents());
        assertEquals(expected.timeline().pins(), actual.timeline().pins());
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
