package org.saytara.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;
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
    private int nextOrder;

    @Test
    void postsAtAnyDateResolveAsTheWholeHistory() {
        Random random = new Random(23);
        int compared = 0, reused = 0, carrying = 0;
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
                // The painter skips the readings a step carried on from steps it holds already: it
                // must paint what it paints from the same steps with nothing known of their sources.
                List<Step> plain = next.steps().stream()
                        .map(st -> new Step(st.date(), st.verdict(), st.side(), st.prior(), st.readings())).toList();
                assertEquals(Painter.paint(plain, RandomReports.START), Painter.paint(next.steps(), RandomReports.START),
                        "painted, place #" + place + ", post " + post);
                for (Step st : next.steps()) if (!st.sources().isEmpty()) carrying++;
                if (!next.steps().isEmpty() && !grown.steps().isEmpty() && next.steps().get(0) == grown.steps().get(0)) reused++;
                grown = next;
                compared++;
            }
        }
        assertTrue(compared > 7000, "compared " + compared);
        // The test means something only if updates did share their earlier steps.
        assertTrue(reused > compared / 2, "reused " + reused + " of " + compared);
        // And the painter's check only if steps did carry readings on from others.
        assertTrue(carrying > compared, "steps carrying readings on: " + carrying);
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
        String outlet = RandomReports.OUTLETS[random.nextInt(RandomReports.OUTLETS.length)];
        for (int i = 0; i < n; i++) {
            int order = nextOrder++;
            Reading r = Reading.of(event(random, id + "-e" + i, id, outlet, day + random.nextInt(3) - 1), order,
                    SyriaSides.SYRIA.actors());
            if (r != null) out.add(r);
        }
        return out;
    }

    private static Event event(Random random, String id, String article, String outlet, int day) {
        RandomReports.Said said = RandomReports.Said.draw(random);
        LocalDate date = RandomReports.START.plusDays(day);
        // Now and then a wide window (a report dated to the month or the year).
        LocalDate min = random.nextInt(3) == 0 ? date.minusDays(random.nextInt(random.nextInt(8) == 0 ? 120 : 10)) : date;
        LocalDate max = random.nextInt(3) == 0 ? date.plusDays(random.nextInt(random.nextInt(8) == 0 ? 60 : 5)) : date;
        return said.event(id, random.nextInt(30) == 0 ? null : article, outlet, date, min, max);
    }
}
