package org.saytara.review;

import java.util.ArrayList;
import java.util.List;
import org.saytara.corpus.ArticleInfo;
import org.saytara.extract.Event;
import org.saytara.pipeline.EventProcessor;
import org.saytara.pipeline.Pipeline;
import org.saytara.timeline.Pinned;

/**
 * The one place analysts' reviews meet the pipeline: each article's events with their reviews
 * applied (corrected, marked; rejected ones marked rejected, which the pipeline keeps off the map),
 * and the pins in force laid over the timeline once it is planned. The server and the
 * {@code layers} command both build through a {@link Pipeline} with this processor, so the layers,
 * the API, the downloads, the PostGIS tables and the OGC collections all show the same reviewed map.
 *
 * <p>A value: a new review gives a new processor ({@link Reviews#plus}), and the pipeline is told
 * which articles to process again ({@link #articlesOf(Review)}).
 */
public record ReviewProcessor(Reviews reviews, Vocabulary vocabulary) implements EventProcessor {
    @Override
    public List<Event> process(ArticleInfo article, List<Event> articleEvents) {
        if (reviews.all().isEmpty()) return articleEvents;
        List<Event> out = null;
        for (int i = 0; i < articleEvents.size(); i++) {
            Event e = articleEvents.get(i);
            Event reviewed = reviews.reviewed(e, vocabulary);
            if (reviewed != e && out == null) out = new ArrayList<>(articleEvents.subList(0, i));
            if (out != null) out.add(reviewed);
        }
        return out == null ? articleEvents : out;
    }

    @Override
    public List<Pinned> pins() {
        return reviews.pinned(vocabulary);
    }

    /**
     * The ids of the articles whose events a review changes: its event's article (none for a pin or
     * an unpin, which change no event). Found from the event id's form
     * ({@link org.saytara.extract.EventIds#articleIdsOf}); the pipeline skips ids it does not hold.
     */
    public static List<String> articlesOf(Review review) {
        if (review.eventId() == null) return List.of();
        return org.saytara.extract.EventIds.articleIdsOf(review.eventId());
    }
}
