package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;

/**
 * The near-linear reconciler gives exactly the steps the pairwise one gave (kept as
 * {@link LegacyReconciler}), on thousands of random places: few days, few articles and outlets,
 * so that same-day merges, same-article tellings, claims, echoes, disputes and overruled
 * presences all come up many times.
 */
class ReconcilerEquivalenceTest {
    @Test
    void randomPlacesReconcileTheSameAsBefore() {
        Random random = new Random(9);
        int compared = 0;
        for (int place = 0; place < 4000; place++) {
            int n = 1 + random.nextInt(place % 10 == 0 ? 120 : 14);
            int days = 1 + random.nextInt(12);
            int articles = 1 + random.nextInt(6);
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Reading r = Reading.of(randomEvent(random, i, days, articles), i, SyriaSides.SYRIA.actors());
                if (r != null) readings.add(r);
            }
            if (readings.isEmpty()) continue;
            assertEquals(LegacyReconciler.resolve(readings), Reconciler.resolve(readings), "place #" + place);
            compared++;
        }
        assertEquals(true, compared > 3500);
    }

    private static Event randomEvent(Random random, int i, int days, int articles) {
        RandomReports.Said said = RandomReports.Said.draw(random);
        LocalDate date = RandomReports.START.plusDays(random.nextInt(days));
        LocalDate min = random.nextInt(3) == 0 ? date.minusDays(random.nextInt(10)) : date;
        LocalDate max = random.nextInt(3) == 0 ? date.plusDays(random.nextInt(5)) : date;
        String article = "a" + random.nextInt(articles);
        String outlet = RandomReports.OUTLETS[random.nextInt(RandomReports.OUTLETS.length)];
        return said.event("e" + i, random.nextInt(20) == 0 ? null : article, outlet, date, min, max);
    }
}
