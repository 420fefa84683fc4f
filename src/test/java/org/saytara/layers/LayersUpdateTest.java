package org.saytara.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.SyriaSides;
import org.saytara.timeline.Events;
import org.saytara.timeline.GoldEvents;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;
import org.saytara.timeline.Timeline;

/**
 * Layers updated after a post keep what they drew before (each place's features, each side's
 * outline, encoded, with the properties last written for it) and must serve what layers built
 * afresh from the same events serve, on every date: nothing drawn for the layers before may
 * stand where the post changed it. (With a contested area's properties kept by its outline alone,
 * not by the place's history and period, the first post's frame shows the events before it: tried.)
 */
class LayersUpdateTest {
    private static final Set<String> ALL = Set.of();

    @Test
    void layersUpdatedAfterPostsServeWhatLayersBuiltAfreshServe() {
        List<Event> events = new ArrayList<>(GoldEvents.load());
        Map<String, String> parents = GoldEvents.parents();
        Timeline timeline = Timeline.build(events, parents, SyriaSides.SYRIA.actors());
        Layers layers = Layers.of(timeline, events, SyriaSides.SYRIA);
        PlaceRef t4 = place(events, "t4-airbase"), tadmur = place(events, "tadmur");
        LocalDate contestedFrom = contestedSince(timeline, "t4-airbase");

        List<Event> posts = List.of(
                // Another report of the fighting at a contested place: the same cells, more events behind its area.
                Events.event("post-1-e1").article("post-1").place(t4).kind(EventKind.CONTESTED).gaining("isis")
                        .on(contestedFrom.plusDays(2).toString()).build(),
                // A capture dated months back at a held place: its periods from then on change, and the sides' cells.
                Events.event("post-2-e1").article("post-2").place(tadmur).captured("isis", "regime").on("2016-06-01").build(),
                // The contested place taken: its own area goes, a side's grows.
                Events.event("post-3-e1").article("post-3").place(t4).captured("regime", "isis")
                        .on(contestedFrom.plusDays(5).toString()).build());
        boolean contestedAreaChanged = false;
        for (Event post : posts) {
            // Every date drawn first, the post's own date last (as a reader would look at the frame
            // the post lands in), so that the outlines hold the properties written for these layers.
            LocalDate posted = post.date();
            TreeSet<LocalDate> dates = dates(layers);
            for (LocalDate d : dates) if (!d.equals(posted)) layers.collectionPieces(d, ALL);
            layers.collectionPieces(posted, ALL);
            List<Event> next = new ArrayList<>(events);
            next.add(post);
            Timeline updated = timeline.update(Map.of(post.place().id(), eventsAt(next, post.place().id())));
            Layers after = layers.update(updated, next, List.of(post));
            Layers fresh = Layers.of(Timeline.build(next, parents, SyriaSides.SYRIA.actors()), next, SyriaSides.SYRIA);
            dates.addAll(dates(fresh));
            // The post's date first, as the bench and a reader ask for it: the outlines are those
            // drawn last, for the layers before.
            List<LocalDate> order = new ArrayList<>();
            order.add(posted);
            order.addAll(dates);
            for (LocalDate d : order) {
                assertEquals(fresh.collection(d, ALL), after.collection(d, ALL), post.id() + " on " + d);
                assertEquals(fresh.collectionSince(d, d.minusDays(1), Set.of("places")),
                        after.collectionSince(d, d.minusDays(1), Set.of("places")), post.id() + " since, on " + d);
                String areasBefore = layers.collection(d, Set.of("areas")), areasAfter = after.collection(d, Set.of("areas"));
                if (post == posts.get(0) && areasBefore.contains("\"side\":\"contested\"") && !areasBefore.equals(areasAfter)) {
                    contestedAreaChanged = true;
                }
            }
            events = next;
            timeline = updated;
            layers = after;
        }
        assertTrue(contestedAreaChanged, "the first post changes a contested area's properties (its cells stay)");
        assertNotEquals(0, dates(layers).size());
    }

    private static TreeSet<LocalDate> dates(Layers layers) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (LocalDate f : layers.frames()) {
            out.add(f);
            out.add(f.minusDays(1));
            out.add(f.plusDays(3));
        }
        return out;
    }

    private static PlaceRef place(List<Event> events, String id) {
        return events.stream().map(Event::place).filter(p -> p != null && p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Event> eventsAt(List<Event> events, String placeId) {
        return events.stream().filter(e -> e.place() != null && e.place().id().equals(placeId)).toList();
    }

    private static LocalDate contestedSince(Timeline t, String placeId) {
        for (PlaceHistory h : t.histories()) {
            if (!h.place().id().equals(placeId)) continue;
            for (Period p : h.periods()) if (p.control().contested()) return p.from();
        }
        throw new AssertionError("no contested period at " + placeId);
    }
}
