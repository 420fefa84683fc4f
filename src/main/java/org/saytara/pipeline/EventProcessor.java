package org.saytara.pipeline;

import java.util.List;
import org.saytara.corpus.ArticleInfo;
import org.saytara.extract.Event;

/**
 * The one place where extracted events are changed before the timeline is built: an analyst's
 * review (confirm, reject, correct) plugs in here, and then applies to the timeline, the layers,
 * the API and the downloads alike, since all of them are built from what this returns.
 *
 * <p>The pipeline calls it with the events of one article at a time (in text order): on every
 * article when a corpus is opened, and on the one article added or changed since. So it must treat
 * each article's events on their own. When what it does changes (a review was written), call
 * {@link Pipeline#reprocess} to run it again over every article without reading them again.
 */
@FunctionalInterface
public interface EventProcessor {
    /**
     * The events to keep for one article: the same, fewer, or changed ones. Must not return null.
     *
     * @param article       the article the events were read from (metadata, not the text)
     * @param articleEvents its events as the extractor read them, in text order
     */
    List<Event> process(ArticleInfo article, List<Event> articleEvents);

    /** Keeps every event as the extractor read it. */
    EventProcessor NONE = (article, events) -> events;
}
