package org.saytara.layers;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.EventKind;
import org.saytara.gazetteer.PlaceType;
import org.saytara.timeline.Events;

class EnglishTest {
    private static final English ENGLISH = new English(SyriaSides.SYRIA.actors());

    @Test
    void capturesReadAsTheIssueAsks() {
        assertEquals("ISIS captured Tadmur — per Orient Net, 10 Dec 2016",
                ENGLISH.summary(Events.event("e").captured("isis", null).on("2016-12-10").build()));
        assertEquals("Government forces captured Tadmur from ISIS — per Orient Net, Mar 2016",
                ENGLISH.summary(Events.event("e").captured("regime", "isis").within("2016-03-01", "2016-03-15", "2016-03-31")
                        .precision(DatePrecision.MONTH).build()));
    }

    @Test
    void claimsWithdrawalsAndPresenceSayWhatTheyAre() {
        assertEquals("ISIS captured T4 airbase (claimed by أعماق) — per an unnamed outlet, by 13 Dec 2016",
                ENGLISH.summary(Events.event("e").place(Events.T4).outlet(null).captured("isis", null).claimedBy("أعماق")
                        .within("2016-12-08", "2016-12-13", "2016-12-13").precision(DatePrecision.REPORTED).build()));
        assertEquals("Russian forces withdrew from Tadmur, leaving it to ISIS — per Orient Net, 11 Dec 2016",
                ENGLISH.summary(Events.event("e").kind(EventKind.WITHDRAWAL).losing("russia").after(SyriaSides.ISIS).on("2016-12-11").build()));
        assertEquals("ISIS present in al-Sukhnah — per Orient Net, week of 20 Mar 2016",
                ENGLISH.summary(Events.event("e").place(Events.SUKHNAH).kind(EventKind.PRESENCE).gaining("isis")
                        .within("2016-03-20", "2016-03-25", "2016-03-27").precision(DatePrecision.WEEK).build()));
    }

    @Test
    void reachFitsThePlaceType() {
        // A city's holder holds more around it than a village's; a castle says nothing beyond its walls.
        assertEquals(true, Reach.km(PlaceType.CITY) > Reach.km(PlaceType.TOWN));
        assertEquals(true, Reach.km(PlaceType.TOWN) > Reach.km(PlaceType.VILLAGE));
        assertEquals(true, Reach.km(PlaceType.GAS_FIELD) > Reach.km(PlaceType.VILLAGE), "desert fields stand alone");
        assertEquals(1, Reach.km(PlaceType.CASTLE));
        for (PlaceType t : PlaceType.values()) assertEquals(true, Reach.km(t) >= 1 && Reach.km(t) <= 25, t.code());
        assertEquals(3, Reach.km(null));
    }
}
