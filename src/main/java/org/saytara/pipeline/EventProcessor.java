package org.saytara.pipeline;

import java.util.List;
import org.saytara.corpus.ArticleInfo;
import org.saytara.extract.Event;
import org.saytara.timeline.Pinned;

/**
 * The one place where analysts' word enters the pipeline: their reviews change the extracted
 * events before the timeline is built, and their pins are laid over the timeline after it is
 * planned. Both then apply to the layers, the API and the downloads alike, since all of them are
 * built from what the pipeline makes of this.
 *
 * <p>The pipeline calls {@link #process} with the events of one article at a time (in text
 * order): on every article when a corpus is opened, and on the articles added, changed or
 * re-reviewed since. So it must treat each article's events on their own. A processor is a value:
 * when what it says changes (a review was written), make a new one, give it to the pipeline with
 * {@link Pipeline#withProcessor}, and call {@link Pipeline#reprocess(Analysis, java.util.Set)}
 * with the articles the change concerns (none for a pin): only those are processed again, and
 * only their places planned again.
 */
public interface EventProcessor {
    /**
     * The events to keep for one article: the same, changed ones, or ones marked rejected by an
     * analyst ({@code review().rejected()}), which the pipeline keeps apart from the map (listed
     * only when asked for). Must not return null.
     *
     * @param article       the article the events were read from (metadata, not the text)
     * @param articleEvents its events as the extractor read them, in text order
     */
    List<Event> process(ArticleInfo article, List<Event> articleEvents);

    /**
     * The analysts' pins to lay over the timeline once it is planned, in the order they were set
     * (a later one wins where two overlap). None by default.
     */
    default List<Pinned> pins() {
        return List.of();
    }

    /**
     * This processor, then {@code next} over what this one keeps; the pins of both, this one's
     * first (so {@code next}'s win where they overlap).
     */
    default EventProcessor then(EventProcessor next) {
        EventProcessor first = this;
        if (first == NONE) return next;
        if (next == NONE) return first;
        return new EventProcessor() {
            @Override
            public List<Event> process(ArticleInfo article, List<Event> articleEvents) {
                return next.process(article, first.process(article, articleEvents));
            }

            @Override
            public List<Pinned> pins() {
                List<Pinned> a = first.pins(), b = next.pins();
                if (a.isEmpty()) return b;
                if (b.isEmpty()) return a;
                List<Pinned> all = new java.util.ArrayList<>(a);
                all.addAll(b);
                return all;
            }
        };
    }

    /** Keeps every event as the extractor read it, and pins nothing. */
    EventProcessor NONE = (article, events) -> events;
}
