package org.saytara.layers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.saytara.extract.Actor;
import org.saytara.extract.Actors;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;

/**
 * English one-liners for events, for readers of the map who read no Arabic. Actor and side names
 * come from the profile's registry (its {@code label_en} and {@code text_en}).
 */
final class English {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final Actors actors;

    English(Actors actors) {
        this.actors = actors;
    }

    /** E.g. "ISIS captured Tadmur — per Orient Net, 10 Dec 2016". */
    String summary(Event e) {
        String place = placeName(e.place());
        String gainer = actor(e.actorGaining(), e.controllerAfter());
        String loser = actor(e.actorLosing(), null);
        String what = switch (e.kind()) {
            case CAPTURE -> upperFirst(gainer != null ? gainer : "unnamed forces") + " captured " + place
                    + (loser != null ? " from " + loser : "");
            case WITHDRAWAL -> upperFirst(loser != null ? loser : "forces") + " withdrew from " + place
                    + (gainer != null ? ", leaving it to " + gainer : "");
            case CONTESTED -> "Fighting at " + place
                    + (e.actorGaining() != null ? " (" + actor(e.actorGaining(), null) + " attacking)" : "")
                    + (e.controllerAfter() != null ? "; " + side(e.controllerAfter()) + " still holds it" : "");
            case PRESENCE -> upperFirst(gainer != null ? gainer : "forces") + " present in " + place;
        };
        if (e.claimed()) what += " (claimed by " + (e.claimedBy() != null ? e.claimedBy() : "its own media") + ")";
        return what + " — per " + (e.outlet() != null ? e.outlet() : "an unnamed outlet") + ", " + when(e);
    }

    static String placeName(PlaceRef p) {
        if (p == null) return "an unknown place";
        if (p.nameEn() != null && !p.nameEn().isBlank()) return p.nameEn();
        return p.nameAr() != null ? p.nameAr() : p.id();
    }

    /** The side inside a sentence: "the government", "ISIS". */
    static String side(Side s) {
        return s.textEn();
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The registry's English label of an actor id, as written inside a sentence ("government
     * forces", "ISIS"); an id the registry does not list is a faction named as the article writes
     * it. With no actor, the side the event gives the place to.
     */
    private String actor(String actorId, Side fallback) {
        if (actorId != null) {
            Actor a = actors.byId(actorId).orElse(null);
            return a != null ? a.labelEn() : "the faction " + actorId;
        }
        return fallback != null ? side(fallback) : null;
    }

    /** The date as exactly as it is known. */
    static String when(Event e) {
        LocalDate d = e.date() != null ? e.date() : e.dateMax();
        if (d == null) return "date unknown";
        DatePrecision p = e.datePrecision() == null ? DatePrecision.DAY : e.datePrecision();
        return switch (p) {
            case DAY -> DAY.format(d);
            case WEEK -> "week of " + DAY.format(e.dateMin() != null ? e.dateMin() : d);
            case MONTH -> MONTH.format(d);
            case YEAR -> Integer.toString(d.getYear());
            case REPORTED -> "by " + DAY.format(e.dateMax() != null ? e.dateMax() : d);
        };
    }
}
