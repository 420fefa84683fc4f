package org.saytara.timeline;

import java.time.LocalDate;
import java.util.Random;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Side;
import org.saytara.extract.SyriaSides;

/**
 * Random reports about one place (Tadmur) for the reconciler's randomised tests
 * ({@link ReconcilerEquivalenceTest}, {@link ReconcilerIncrementalTest}): few actors and outlets,
 * some claims, and every kind of event, so that merges, claims, echoes, disputes and presences
 * come up often. Each test draws the dates, articles and outlets its histories need.
 */
final class RandomReports {
    private static final String[] ACTORS = {"isis", "regime", "russia", "opposition", "sdf", null};
    static final String[] OUTLETS = {"Amaq", "SANA", "Orient Net", "Enab Baladi", null};
    private static final Side[] AFTER = {SyriaSides.ISIS, SyriaSides.GOVERNMENT, SyriaSides.OPPOSITION, null, null};
    private static final EventKind[] KINDS = EventKind.values();
    static final LocalDate START = LocalDate.of(2016, 6, 1);

    private RandomReports() {}

    /** What an event says, drawn before its date: kind, gainer, loser, holder after, and whether it is a claim. */
    record Said(EventKind kind, String gainer, String loser, Side after, boolean claimed) {
        static Said draw(Random random) {
            EventKind kind = KINDS[random.nextInt(KINDS.length)];
            String gainer = ACTORS[random.nextInt(ACTORS.length)];
            String loser = ACTORS[random.nextInt(ACTORS.length)];
            Side after = kind == EventKind.CAPTURE && random.nextBoolean() ? SyriaSides.SYRIA.actors().sideOf(gainer)
                    : AFTER[random.nextInt(AFTER.length)];
            return new Said(kind, gainer, loser, after, random.nextInt(4) == 0);
        }

        Event event(String id, String article, String outlet, LocalDate date, LocalDate min, LocalDate max) {
            return new Event(id, article, kind, Events.TADMUR, gainer, loser, after, claimed, claimed ? "أعماق" : null, date, min,
                    max, DatePrecision.DAY, null, "…", null, null, outlet, 0.9);
        }
    }
}
