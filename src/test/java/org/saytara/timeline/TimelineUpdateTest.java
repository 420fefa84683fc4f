package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.gazetteer.PlaceType;

/** A timeline grown or shrunk one article at a time is the timeline built from all its events at once. */
class TimelineUpdateTest {
    private static final Map<String, String> PARENTS = Map.of("castle", "city", "prison", "city", "tower", "castle");
    private static final List<PlaceRef> PLACES = List.of(place("city"), place("castle"), place("prison"), place("tower"),
            place("village"), place("field"));
    private static final String[] ACTORS = {"isis", "regime", "opposition", "sdf", null};

    private static PlaceRef place(String id) {
        return new PlaceRef(id, id, id, 34.5, 38.3, PlaceType.TOWN, 1);
    }

    @Test
    void addingArticlesOneByOneGivesTheFullBuild() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            List<List<Event>> articles = new ArrayList<>();
            for (int a = 0; a < 25; a++) articles.add(article(random, "art" + String.format("%03d", a)));
            Timeline grown = Timeline.empty(PARENTS, SyriaSides.SYRIA.actors());
            List<List<Event>> present = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) order.add(i);
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                present.add(articles.get(i));
                grown = grown.update(changed(articles.get(i), present));
            }
            assertSameTimeline(Timeline.build(flatten(present), PARENTS, SyriaSides.SYRIA.actors()), grown, "round " + round);
            // Then drop a few articles again.
            for (int k = 0; k < 8; k++) {
                List<Event> gone = present.remove(random.nextInt(present.size()));
                grown = grown.update(changed(gone, present));
            }
            assertSameTimeline(Timeline.build(flatten(present), PARENTS, SyriaSides.SYRIA.actors()), grown, "round " + round + " after removals");
        }
    }

    @Test
    void placesAnArticleDoesNotTouchKeepTheirHistory() {
        Random random = new Random(5);
        List<List<Event>> present = new ArrayList<>();
        for (int a = 0; a < 10; a++) present.add(article(random, "a" + a));
        Timeline before = Timeline.build(flatten(present), PARENTS, SyriaSides.SYRIA.actors());
        Event onlyField = new Event("new-e01", "new", EventKind.CAPTURE, PLACES.get(5), "isis", null, SyriaSides.ISIS, false, null,
                LocalDate.of(2016, 6, 5), LocalDate.of(2016, 6, 5), LocalDate.of(2016, 6, 5), DatePrecision.DAY, null, "…", null, null, "X", 0.9);
        present.add(List.of(onlyField));
        Timeline after = before.update(changed(List.of(onlyField), present));
        if (before.origin().equals(after.origin())) {
            for (String id : List.of("city", "castle", "village")) {
                if (before.history(id).isPresent()) assertSame(before.history(id).get(), after.history(id).get(), id);
            }
        }
    }

    private static void assertSameTimeline(Timeline expected, Timeline actual, String what) {
        assertEquals(expected.origin(), actual.origin(), what);
        assertEquals(expected.frames(), actual.frames(), what);
        assertEquals(expected.histories(), actual.histories(), what);
    }

    /** The places an article names, each with all its events among the present articles, in corpus (id) order. */
    private static Map<String, List<Event>> changed(List<Event> article, List<List<Event>> present) {
        Set<String> touched = new HashSet<>();
        for (Event e : article) touched.add(e.place().id());
        Map<String, List<Event>> out = new LinkedHashMap<>();
        for (String id : touched) out.put(id, new ArrayList<>());
        for (Event e : flatten(present)) if (touched.contains(e.place().id())) out.get(e.place().id()).add(e);
        return out;
    }

    private static List<Event> flatten(List<List<Event>> articles) {
        List<List<Event>> sorted = new ArrayList<>(articles);
        sorted.sort(java.util.Comparator.comparing(es -> es.get(0).article()));
        List<Event> out = new ArrayList<>();
        sorted.forEach(out::addAll);
        return out;
    }

    private static List<Event> article(Random random, String id) {
        int n = 1 + random.nextInt(4);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EventKind kind = EventKind.values()[random.nextInt(EventKind.values().length)];
            String gainer = ACTORS[random.nextInt(ACTORS.length)];
            LocalDate date = LocalDate.of(2016, 6, 1).plusDays(random.nextInt(40));
            LocalDate min = random.nextInt(4) == 0 ? date.minusDays(random.nextInt(30)) : date;
            boolean claimed = random.nextInt(5) == 0;
            out.add(new Event(id + "-e" + i, id, kind, PLACES.get(random.nextInt(PLACES.size())), gainer,
                    ACTORS[random.nextInt(ACTORS.length)], random.nextBoolean() ? SyriaSides.SYRIA.actors().sideOf(gainer) : null, claimed,
                    claimed ? "أعماق" : null, date, min, date, DatePrecision.DAY, null, "…", null, null,
                    random.nextBoolean() ? "O" + random.nextInt(3) : null, 0.9));
        }
        return out;
    }
}
