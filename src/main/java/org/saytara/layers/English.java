package org.saytara.layers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.timeline.ActorSides;

/** English one-liners for events, for readers of the map who read no Arabic. */
final class English {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private English() {}

    /** E.g. "ISIS captured Tadmur — per Orient Net, 10 Dec 2016". */
    static String summary(Event e) {
        String place = placeName(e.place());
        String gainer = actor(e.actorGaining(), e.controllerAfter());
        String loser = actor(e.actorLosing(), null);
        String what = switch (e.kind()) {
            case CAPTURE -> (gainer != null ? gainer : "Unnamed forces") + " captured " + place
                    + (loser != null ? " from " + lowerFirst(loser) : "");
            case WITHDRAWAL -> (loser != null ? loser : "Forces") + " withdrew from " + place
                    + (gainer != null ? ", leaving it to " + lowerFirst(gainer) : "");
            case CONTESTED -> "Fighting at " + place
                    + (e.actorGaining() != null ? " (" + actor(e.actorGaining(), null) + " attacking)" : "")
                    + (e.controllerAfter() != null ? "; " + side(e.controllerAfter()) + " still holds it" : "");
            case PRESENCE -> (gainer != null ? gainer : "Forces") + " present in " + place;
        };
        if (e.claimed()) what += " (claimed by " + (e.claimedBy() != null ? e.claimedBy() : "its own media") + ")";
        return what + " — per " + (e.outlet() != null ? e.outlet() : "an unnamed outlet") + ", " + when(e);
    }

    static String placeName(PlaceRef p) {
        if (p == null) return "an unknown place";
        if (p.nameEn() != null && !p.nameEn().isBlank()) return p.nameEn();
        return p.nameAr() != null ? p.nameAr() : p.id();
    }

    static String side(Side s) {
        return switch (s) {
            case ISIS -> "ISIS";
            case GOVERNMENT -> "the government";
            case OPPOSITION -> "the opposition";
            case SDF -> "the SDF";
        };
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.startsWith("ISIS") || s.startsWith("Hezbollah") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String actor(String actorId, Side fallback) {
        if (actorId != null) {
            Labels.Label name = Labels.get().actor(actorId);
            if (name != null) return name.en();
            Side s = ActorSides.sideOf(actorId);
            return s != null ? upperFirst(side(s)) : actorId;
        }
        return fallback != null ? upperFirst(side(fallback)) : null;
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
