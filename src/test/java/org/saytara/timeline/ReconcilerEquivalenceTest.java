package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Side;

/**
 * The near-linear reconciler gives exactly the steps the pairwise one gave (kept as
 * {@link LegacyReconciler}), on thousands of random places: few days, few articles and outlets,
 * so that same-day merges, same-article tellings, claims, echoes, disputes and overruled
 * presences all come up many times.
 */
class ReconcilerEquivalenceTest {
    private static final String[] ACTORS = {"isis", "regime", "russia", "opposition", "sdf", null};
    private static final String[] OUTLETS = {"Amaq", "SANA", "Orient Net", "Enab Baladi", null};
    private static final Side[] AFTER = {SyriaSides.ISIS, SyriaSides.GOVERNMENT, SyriaSides.OPPOSITION, null, null};
    private static final EventKind[] KINDS = EventKind.values();

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
        EventKind kind = KINDS[random.nextInt(KINDS.length)];
        String gainer = ACTORS[random.nextInt(ACTORS.length)];
        String loser = ACTORS[random.nextInt(ACTORS.length)];
        Side after = kind == EventKind.CAPTURE && random.nextBoolean() ? SyriaSides.SYRIA.actors().sideOf(gainer)
                : AFTER[random.nextInt(AFTER.length)];
        boolean claimed = random.nextInt(4) == 0;
        LocalDate base = LocalDate.of(2016, 6, 1);
        LocalDate date = base.plusDays(random.nextInt(days));
        LocalDate min = random.nextInt(3) == 0 ? date.minusDays(random.nextInt(10)) : date;
        LocalDate max = random.nextInt(3) == 0 ? date.plusDays(random.nextInt(5)) : date;
        String article = "a" + random.nextInt(articles);
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        return new Event("e" + i, random.nextInt(20) == 0 ? null : article, kind, Events.TADMUR, gainer, loser, after,
                claimed, claimed ? "أعماق" : null, date, min, max, DatePrecision.DAY, null, "…", null, null, outlet, 0.9);
    }
}
