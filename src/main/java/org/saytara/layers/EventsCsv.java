package org.saytara.layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.saytara.extract.Actor;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Profile;
import org.saytara.extract.Side;

/**
 * Events as a CSV in ACLED's column names and codes, so that people with ACLED tooling can load it:
 * ACLED's columns first, in ACLED's order (event_id_cnty, event_date, year, time_precision,
 * disorder_type, event_type, sub_event_type, actor1, actor2, iso, country, admin1, admin2, location,
 * latitude, longitude, geo_precision, source, notes), then Saytara's own. Dates are ISO, as ACLED's
 * API writes them. Actor names are ACLED's where the profile's registry gives them ({@code acled}
 * column); event ids carry the profile's country code (SYR1, SYR2 …); admin1 and admin2 are
 * estimated ({@link Admin}), since Saytara has no boundary polygons.
 */
final class EventsCsv {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "actor2", "iso", "country", "admin1", "admin2",
            "location", "latitude", "longitude", "geo_precision", "source", "notes",
            "event_id", "date_min", "date_max", "date_precision", "kind", "controller_after", "place_id", "location_ar",
            "precision_km", "article", "claimed", "claimed_by", "confidence", "summary_en", "summary_ar",
            "review_status", "reviewed_by", "reviewed_at");

    private final Profile profile;
    private final English english;
    private final Arabic arabic;

    EventsCsv(Profile profile, English english) {
        this.profile = profile;
        this.english = english;
        this.arabic = new Arabic(profile.actors());
    }

    /** Sorted by date then id; event_id_cnty numbers them in that order (SYR1, SYR2 …). */
    String write(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::id, Comparator.nullsLast(Comparator.naturalOrder())));
        StringBuilder sb = new StringBuilder(256 * (sorted.size() + 1));
        sb.append(Csv.row(COLUMNS));
        int n = 0;
        for (Event e : sorted) sb.append(Csv.row(cells(e, ++n)));
        return sb.toString();
    }

    private List<String> cells(Event e, int n) {
        PlaceRef p = e.place();
        LocalDate d = e.date();
        Admin.Area admin = p == null || Layers.position(p) == null ? new Admin.Area(null, null) : Admin.of(p.lat(), p.lon());
        return List.of(
                Csv.text(profile.iso3() + n),
                Csv.text(d == null ? null : d.toString()),
                d == null ? "" : Integer.toString(d.getYear()),
                Integer.toString(timePrecision(e.datePrecision())),
                Csv.text(disorderType(e)),
                Csv.text(eventType(e)),
                Csv.text(subEventType(e)),
                Csv.text(actor(e.actorGaining(), e.controllerAfter())),
                Csv.text(actor(e.actorLosing(), null)),
                "760",
                "Syria",
                Csv.text(admin.admin1()),
                Csv.text(admin.admin2()),
                Csv.text(p == null ? null : English.placeName(p)),
                p == null ? "" : Double.toString(p.lat()),
                p == null ? "" : Double.toString(p.lon()),
                p == null ? "" : Integer.toString(geoPrecision(p.precisionKm())),
                Csv.text(e.outlet()),
                Csv.text(e.evidence()),
                Csv.text(e.id()),
                Csv.text(str(e.dateMin())),
                Csv.text(str(e.dateMax())),
                Csv.text(e.datePrecision() == null ? null : e.datePrecision().code()),
                Csv.text(e.kind().code()),
                Csv.text(e.controllerAfter() == null ? null : e.controllerAfter().code()),
                Csv.text(p == null ? null : p.id()),
                Csv.text(p == null ? null : Arabic.placeName(p)),
                p == null ? "" : Double.toString(p.precisionKm()),
                Csv.text(e.article()),
                Boolean.toString(e.claimed()),
                Csv.text(e.claimedBy()),
                Double.toString(e.confidence()),
                Csv.text(english.summary(e)),
                Csv.text(arabic.summary(e)),
                Csv.text(e.review() == null ? null : e.review().status()),
                Csv.text(e.review() == null ? null : e.review().by()),
                Csv.text(e.review() == null ? null : e.review().at().toString()));
    }

    /** ACLED: battles are political violence; a base or a handover is a strategic development. */
    private static String disorderType(Event e) {
        return switch (e.kind()) {
            case CAPTURE, CONTESTED -> "Political violence";
            case WITHDRAWAL, PRESENCE -> "Strategic developments";
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** ACLED: 1 = the day is known, 2 = within a week or so, 3 = a month or vaguer. */
    static int timePrecision(DatePrecision p) {
        if (p == null) return 3;
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH, YEAR, REPORTED -> 3;
        };
    }

    /** ACLED: 1 = the town itself, 2 = near it or a small part of a district, 3 = a wider region. */
    static int geoPrecision(double precisionKm) {
        return precisionKm <= 2 ? 1 : precisionKm <= 25 ? 2 : 3;
    }

    private static String eventType(Event e) {
        return switch (e.kind()) {
            case CAPTURE, CONTESTED -> "Battles";
            case WITHDRAWAL, PRESENCE -> "Strategic developments";
        };
    }

    /** ACLED's two territorial sub-event types: the state's side regains, anyone else overtakes. */
    private String subEventType(Event e) {
        Side gainer = e.controllerAfter() != null ? e.controllerAfter() : profile.actors().sideOf(e.actorGaining());
        boolean state = gainer != null && gainer.equals(profile.sides().state().orElse(null));
        return switch (e.kind()) {
            case CAPTURE -> state ? "Government regains territory" : "Non-state actor overtakes territory";
            case WITHDRAWAL -> "Non-violent transfer of territory";
            case CONTESTED -> "Armed clash";
            case PRESENCE -> "Headquarters or base established";
        };
    }

    /** The registry's ACLED name of an actor (a faction it does not list keeps its Arabic name); with none, the side's representative. */
    private String actor(String id, Side fallback) {
        if (id != null) return profile.actors().byId(id).map(Actor::acled).orElse(id);
        return fallback == null ? null : profile.actors().representative(fallback).acled();
    }
}
