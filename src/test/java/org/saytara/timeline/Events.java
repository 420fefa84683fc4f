package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import java.time.LocalDate;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.gazetteer.PlaceType;

/** Hand-built events for tests: a fluent builder with the fields the timeline reads. */
public final class Events {
    public static final PlaceRef TADMUR = new PlaceRef("tadmur", "تدمر", "Tadmur", 34.5624, 38.284, PlaceType.CITY, 1);
    public static final PlaceRef CASTLE = new PlaceRef("tadmur-castle", "قلعة تدمر", "Palmyra Castle", 34.5636, 38.2583, PlaceType.CASTLE, 0.5);
    public static final PlaceRef T4 = new PlaceRef("t4", "مطار التيفور", "T4 airbase", 34.5222, 37.6296, PlaceType.AIRBASE, 1);
    public static final PlaceRef SUKHNAH = new PlaceRef("sukhnah", "السخنة", "al-Sukhnah", 34.8868, 38.8726, PlaceType.TOWN, 1);

    private String id, article = "a1", outlet = "Orient Net", actorGaining, actorLosing, claimedBy;
    private EventKind kind = EventKind.CAPTURE;
    private PlaceRef place = TADMUR;
    private Side controllerAfter;
    private boolean claimed;
    private LocalDate date, dateMin, dateMax;
    private DatePrecision precision = DatePrecision.DAY;
    private String evidence = "سيطر التنظيم على المدينة";

    private Events(String id) {
        this.id = id;
    }

    public static Events event(String id) {
        return new Events(id);
    }

    public Events article(String a) { article = a; return this; }
    public Events outlet(String o) { outlet = o; return this; }
    public Events kind(EventKind k) { kind = k; return this; }
    public Events place(PlaceRef p) { place = p; return this; }
    public Events gaining(String a) { actorGaining = a; return this; }
    public Events losing(String a) { actorLosing = a; return this; }
    public Events after(Side s) { controllerAfter = s; return this; }
    public Events claimedBy(String media) { claimed = true; claimedBy = media; return this; }
    public Events evidence(String text) { evidence = text; return this; }
    public Events precision(DatePrecision p) { precision = p; return this; }

    public Events on(String iso) {
        date = LocalDate.parse(iso);
        dateMin = date;
        dateMax = date;
        return this;
    }

    public Events within(String min, String best, String max) {
        dateMin = LocalDate.parse(min);
        date = LocalDate.parse(best);
        dateMax = LocalDate.parse(max);
        return this;
    }

    /** A capture by {@code gainer} from {@code loser}; either may be null. */
    public Events captured(String gainer, String loser) {
        kind = EventKind.CAPTURE;
        actorGaining = gainer;
        actorLosing = loser;
        controllerAfter = SyriaSides.SYRIA.actors().sideOf(gainer);
        return this;
    }

    public Event build() {
        return new Event(id, article, kind, place, actorGaining, actorLosing, controllerAfter, claimed, claimedBy,
                date, dateMin, dateMax, precision, null, evidence, null, null, outlet, 0.9);
    }
}
