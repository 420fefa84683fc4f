package org.saytara.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Side;
import org.saytara.extract.SyriaSides;

/**
 * Resolving a place again after articles came or went ({@link Reconciler.Resolved#with}) gives
 * exactly the steps resolving all its readings from scratch gives. The places are what makes the
 * reach of a change matter: long histories told by many articles and few outlets, so that claims
 * are confirmed or echoed days later, disputes run on from day to day, and presences with wide
 * date windows are overruled by captures far from their date; the articles come in at any
 * position of the corpus and report any date of the history, past or latest, and some go again.
 */
class ReconcilerIncrementalTest {
    private static final String[] ACTORS = {"isis", "regime", "russia", "opposition", "sdf", null};
    private static final String[] OUTLETS = {"Amaq", "SANA", "Orient Net", "Enab Baladi", null};
    private static final Side[] AFTER = {SyriaSides.ISIS, SyriaSides.GOVERNMENT, SyriaSides.OPPOSITION, null, null};
    private static final EventKind[] KINDS = EventKind.values();

    private int nextOrder;

    @Test
    void postsAtAnyDateResolveAsTheWholeHistory() {
        Random random = new Random(23);
        int compared = 0, reused = 0;
        for (int place = 0; place < 300; place++) {
            nextOrder = 0;
            int days = 5 + random.nextInt(place % 3 == 0 ? 200 : 30);
            List<List<Reading>> articles = new ArrayList<>();
            for (int a = 0; a < 10 + random.nextInt(60); a++) articles.add(article(random, "a" + a, days));
            Reconciler.Resolved grown = Reconciler.Resolved.of(flatten(articles));
            for (int post = 0; post < 25; post++) {
                if (random.nextInt(6) == 0 && articles.size() > 1) {
                    articles.remove(random.nextInt(articles.size()));
                } else {
                    // Anywhere in corpus order, as a posted article's id sorts.
                    articles.add(random.nextInt(articles.size() + 1), article(random, "p" + place + "-" + post, days));
                }
                List<Reading> now = flatten(articles);
                if (now.isEmpty()) continue;
                Reconciler.Resolved next = grown.with(now);
                // Compared whole, reported briefly: a history of steps prints as pages.
                assertTrue(Reconciler.Resolved.of(now).steps().equals(next.steps()), "place #" + place + ", post " + post);
                if (!next.steps().isEmpty() && !grown.steps().isEmpty() && next.steps().get(0) == grown.steps().get(0)) reused++;
                grown = next;
                compared++;
            }
        }
        assertTrue(compared > 7000, "compared " + compared);
        // The test means something only if updates did share their earlier steps.
        assertTrue(reused > compared / 2, "reused " + reused + " of " + compared);
    }

    private static List<Reading> flatten(List<List<Reading>> articles) {
        List<Reading> out = new ArrayList<>();
        articles.forEach(out::addAll);
        return out;
    }

    private List<Reading> article(Random random, String id, int days) {
        List<Reading> out = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        // Most articles report recent days, some an older one, as the news does.
        int day = random.nextInt(3) == 0 ? random.nextInt(days) : Math.max(0, days - 1 - random.nextInt(Math.min(days, 10)));
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        for (int i = 0; i < n; i++) {
            int order = nextOrder++;
            Reading r = Reading.of(event(random, id + "-e" + i, id, outlet, day + random.nextInt(3) - 1), order,
                    SyriaSides.SYRIA.actors());
            if (r != null) out.add(r);
        }
        return out;
    }

    private static Event event(Random random, String id, String article, String outlet, int day) {
        EventKind kind = KINDS[random.nextInt(KINDS.length)];
        String gainer = ACTORS[random.nextInt(ACTORS.length)];
        String loser = ACTORS[random.nextInt(ACTORS.length)];
        Side after = kind == EventKind.CAPTURE && random.nextBoolean() ? SyriaSides.SYRIA.actors().sideOf(gainer)
                : AFTER[random.nextInt(AFTER.length)];
        boolean claimed = random.nextInt(4) == 0;
        LocalDate date = LocalDate.of(2016, 6, 1).plusDays(day);
        // Now and then a wide window (a report dated to the month or the year).
        LocalDate min = random.nextInt(3) == 0 ? date.minusDays(random.nextInt(random.nextInt(8) == 0 ? 120 : 10)) : date;
        LocalDate max = random.nextInt(3) == 0 ? date.plusDays(random.nextInt(random.nextInt(8) == 0 ? 60 : 5)) : date;
        return new Event(id, random.nextInt(30) == 0 ? null : article, kind, Events.TADMUR, gainer, loser, after,
                claimed, claimed ? "أعماق" : null, date, min, max, DatePrecision.DAY, null, "…", null, null, outlet, 0.9);
    }
}
