package org.saytara.review;

import java.util.List;
import java.util.Map;
import org.saytara.extract.Event;
import org.saytara.timeline.Timeline;

/**
 * The one place analysts' reviews meet the pipeline: the extractor's events with the reviews
 * applied, and the timeline built from them with the pins laid over it. The server's snapshot and
 * the {@code layers} command both build through here, so the layers, the API, the downloads, the
 * PostGIS tables and the OGC collections all show the same reviewed map.
 *
 * @param events   the reviewed events: {@code shown()} shapes the map, {@code rejected()} does not
 * @param timeline built from {@code events.shown()}, pins included
 */
public record ReviewedTimeline(Reviews.Applied events, Timeline timeline) {
    /** @param parentOf place id → parent place id, as {@link Timeline#build(List, Map, org.saytara.extract.Actors)} takes it */
    public static ReviewedTimeline build(List<Event> extracted, Reviews reviews, Vocabulary vocabulary,
                                         Map<String, String> parentOf) {
        Reviews.Applied applied = reviews.apply(extracted, vocabulary);
        Timeline timeline = Timeline.build(applied.shown(), parentOf, vocabulary.actors()).withPins(reviews.pinned(vocabulary));
        return new ReviewedTimeline(applied, timeline);
    }
}
