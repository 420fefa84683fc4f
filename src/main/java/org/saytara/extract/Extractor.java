package org.saytara.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceFinder;
import org.saytara.text.AnalyzedText;
import org.saytara.text.Sentence;

/**
 * Entry point of the extraction stage: turns articles into control-change events, each tied to a
 * gazetteer place, a date window, the actors, and the sentence that says so. Thread-safe; build
 * one per gazetteer and reuse it.
 */
public final class Extractor {
    /** How far back an undated report may reach: news tells of the past month unless it says more. */
    static final int REPORTED_WINDOW_DAYS = 30;

    private final ArticleReader reader;

    private Extractor(ArticleReader reader) {
        this.reader = reader;
    }

    /** An extractor for a gazetteer and the profile of the conflict its articles are about. */
    public static Extractor create(Gazetteer gazetteer, Profile profile) {
        return new Extractor(new ArticleReader(Lexicon.of(profile), PlaceFinder.of(gazetteer), gazetteer));
    }

    /** Events of every article, in corpus order then text order. */
    public List<Event> extract(Corpus corpus) {
        List<Event> out = new ArrayList<>();
        for (Article a : corpus.articles()) out.addAll(extract(a));
        return out;
    }

    /** Events of one article at gazetteer places, in text order, with stable ids (see {@link EventIds}). */
    public List<Event> extract(Article article) {
        return read(article).events();
    }

    /**
     * What one article reports: the events at gazetteer places, and those at places no source has
     * (kept with the words that named them, see {@link UnlocatedEvent}), each in text order.
     */
    public ArticleEvents read(Article article) {
        ArticleReader.Result result = reader.read(article);
        List<Event> all = new ArrayList<>(result.events().size());
        for (RawEvent e : result.events()) all.add(toEvent(article, result.text(), e));
        List<String> ids = EventIds.assign(article.id(), all.stream()
                .map(e -> new EventIds.Key(e.evidenceSpan(), e.place().id(), e.placeSpan(), e.kind())).toList());
        List<Event> located = new ArrayList<>(all.size());
        List<UnlocatedEvent> unlocated = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Event e = all.get(i).withId(ids.get(i));
            if (e.place().id().startsWith(Place.UNLOCATED_PREFIX)) unlocated.add(UnlocatedEvent.of(e));
            else located.add(e);
        }
        return new ArticleEvents(List.copyOf(located), List.copyOf(unlocated));
    }

    /** One article's events: at gazetteer places, and at places no source has. */
    public record ArticleEvents(List<Event> events, List<UnlocatedEvent> unlocated) {}

    /** The article's sentences with every token's label: for tuning lexicons, not for parsing. */
    public String explain(Article article) {
        return reader.explain(article);
    }

    /** The event with a provisional id; {@link #extract(Article)} gives the final one. */
    private static Event toEvent(Article a, AnalyzedText text, RawEvent e) {
        Sentence s = text.sentences().get(e.sentence());
        int[] ev = text.originalSentenceRange(s);
        int[] pl = text.originalRange(e.placeStart(), e.placeEnd());
        LocalDate date = null, min = null, max = null;
        DatePrecision precision = null;
        String dateText = null;
        if (e.date() != null && e.date().date() != null) {
            date = e.date().date();
            min = e.date().min();
            max = e.date().max();
            precision = e.date().precision();
            int[] dr = text.originalRange(e.date().startToken(), e.date().endToken());
            dateText = text.original().substring(dr[0], dr[1]);
        } else if (a.published() != null) {
            date = a.published();
            min = a.published().minusDays(REPORTED_WINDOW_DAYS);
            max = a.published();
            precision = DatePrecision.REPORTED;
        }
        return new Event(
                a.id(), a.id(), e.kind(), PlaceRef.of(e.place()),
                e.gainer() == null ? null : e.gainer().id(), e.loser() == null ? null : e.loser().id(),
                e.controllerAfter(), e.claimed(), e.claimedBy(),
                date, min, max, precision, dateText,
                text.original().substring(ev[0], ev[1]), new Span(ev[0], ev[1]), new Span(pl[0], pl[1]),
                a.outlet(), Math.round(Math.max(0.05, Math.min(0.99, e.confidence())) * 100) / 100.0);
    }
}
