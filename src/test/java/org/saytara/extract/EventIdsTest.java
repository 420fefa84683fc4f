package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.gazetteer.Gazetteer;

/** Event ids: how they are made, that they stay put, and that they never collide within an article. */
class EventIdsTest {
    @Test
    void theIdIsTheArticleAndAHashOfEvidenceSpanAndPlace() {
        // sha256("10:42:tadmur") begins with ca05a64e (sha256sum agrees); written out so the format cannot drift.
        assertEquals("a-ca05a64e", EventIds.of("a", new Span(10, 42), "tadmur"));
        assertNotEquals(EventIds.of("a", new Span(10, 42), "tadmur"), EventIds.of("a", new Span(10, 42), "palmyra"));
        assertNotEquals(EventIds.of("a", new Span(10, 42), "tadmur"), EventIds.of("a", new Span(10, 43), "tadmur"));
        assertNotEquals(EventIds.of("a", new Span(10, 42), "tadmur"), EventIds.of("b", new Span(10, 42), "tadmur"));
    }

    @Test
    void eventsSharingSentenceAndPlaceAreToldApartByPositionThenKind() {
        Span s = new Span(0, 50);
        List<EventIds.Key> keys = List.of(
                new EventIds.Key(s, "tadmur", new Span(30, 34), EventKind.CAPTURE),
                new EventIds.Key(s, "tadmur", new Span(10, 14), EventKind.CONTESTED),
                new EventIds.Key(s, "tadmur", new Span(30, 34), EventKind.CONTESTED),
                new EventIds.Key(new Span(51, 90), "tadmur", new Span(60, 64), EventKind.CAPTURE));
        String base = EventIds.of("a", s, "tadmur");
        assertEquals(List.of(base + "-2", base, base + "-3", EventIds.of("a", new Span(51, 90), "tadmur")),
                EventIds.assign("a", keys));
        // The same events in another output order get the same ids.
        List<String> reversed = EventIds.assign("a", List.of(keys.get(3), keys.get(2), keys.get(1), keys.get(0)));
        assertEquals(List.of(base + "-3", base, base + "-2"), reversed.subList(1, 4));
    }

    @Test
    void seedEventIdsAreUniqueAndTheSameOnEveryRun() {
        Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
        Corpus corpus = Corpus.load(Path.of("corpus"));
        List<Event> first = Extractor.create(gazetteer, SyriaSides.SYRIA).extract(corpus);
        List<Event> second = Extractor.create(gazetteer, SyriaSides.SYRIA).extract(corpus);
        assertEquals(first.stream().map(Event::id).toList(), second.stream().map(Event::id).toList());
        Set<String> ids = new HashSet<>();
        for (Event e : first) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertTrue(e.id().startsWith(e.article() + "-"), e.id());
            String plain = EventIds.of(e.article(), e.evidenceSpan(), e.place().id());
            assertTrue(e.id().equals(plain) || e.id().startsWith(plain + "-"), e.id() + " vs " + plain);
        }
    }

    @Test
    void anArticleReadAloneGetsTheIdsItGetsInTheCorpus() {
        Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
        Corpus corpus = Corpus.load(Path.of("corpus"));
        Extractor extractor = Extractor.create(gazetteer, SyriaSides.SYRIA);
        Article a = corpus.articles().get(0);
        assertEquals(extractor.extract(a).stream().map(Event::id).toList(),
                extractor.extract(corpus).stream().filter(e -> e.article().equals(a.id())).map(Event::id).toList());
    }
}
