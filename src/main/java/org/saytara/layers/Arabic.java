package org.saytara.layers;

import java.time.LocalDate;
import org.saytara.extract.Actor;
import org.saytara.extract.Actors;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;

/**
 * Arabic one-liners for events and frames, as the Arabic press writes them: "سيطر تنظيم الدولة على
 * تدمر — بحسب أورينت نت، ١٠ كانون الأول ٢٠١٦". Actors and sides are named by the profile's registry
 * (their {@code label_ar}), outlets by {@link Labels}; months are the Levantine ones (كانون الثاني …
 * كانون الأول) and numbers are written in Arabic-Indic digits.
 */
final class Arabic {
    static final String[] MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
        "تشرين الأول", "تشرين الثاني", "كانون الأول"};

    /**
     * First words of subjects that take a feminine verb: non-human plurals (قوات، ميليشيات، فصائل،
     * وحدات، المجالس) and feminine names (الحكومة، المعارضة، هيئة، حركة، جبهة، فرقة، إيران، تركيا، and
     * قسد, which stands for قوات سوريا الديمقراطية).
     */
    private static final java.util.Set<String> FEMININE_HEADS = java.util.Set.of(
            "قوات", "القوات", "ميليشيات", "الميليشيات", "فصائل", "الفصائل", "وحدات", "المجالس", "الحكومة",
            "المعارضة", "هيئة", "حركة", "جبهة", "الجبهة", "فرقة", "إيران", "تركيا", "قسد");

    private final Actors actors;

    Arabic(Actors actors) {
        this.actors = actors;
    }

    /** A past-tense verb agreeing with its subject: سيطر تنظيم الدولة، سيطرت قوات النظام. */
    static String verb(String masculine, String subject) {
        String head = subject == null ? "" : subject.split(" ", 2)[0];
        return FEMININE_HEADS.contains(head) ? masculine + "ت" : masculine;
    }

    String summary(Event e) {
        String place = placeName(e.place());
        String gainer = actor(e.actorGaining(), e.controllerAfter());
        String loser = actor(e.actorLosing(), null);
        String what = switch (e.kind()) {
            case CAPTURE -> verb("سيطر", gainer) + " " + (gainer != null ? gainer : "مقاتلون") + " على " + place
                    + (loser != null ? " على حساب " + loser : "");
            case WITHDRAWAL -> verb("انسحب", loser) + " " + (loser != null ? loser : "مقاتلون") + " من " + place
                    + (gainer != null ? " لصالح " + gainer : "");
            case CONTESTED -> "معارك في " + place
                    + (e.actorGaining() != null ? " بهجوم من " + actor(e.actorGaining(), null) : "")
                    + (e.controllerAfter() != null ? "، ولا تزال بيد " + side(e.controllerAfter()) : "");
            case PRESENCE -> "وجود " + (gainer != null ? gainer : "مقاتلين") + " في " + place;
        };
        if (e.claimed()) what += " (ادّعاء " + (e.claimedBy() != null ? e.claimedBy() : "إعلامه") + ")";
        String outlet = e.outlet() != null ? Labels.get().outlet(e.outlet()).ar() : "مصدر غير مسمّى";
        return what + " — بحسب " + outlet + "، " + when(e);
    }

    static String placeName(PlaceRef p) {
        if (p == null) return "مكان غير معروف";
        if (p.nameAr() != null && !p.nameAr().isBlank()) return p.nameAr();
        return p.nameEn() != null ? p.nameEn() : p.id();
    }

    static String side(Side s) {
        return s.labelAr() != null && !s.labelAr().isBlank() ? s.labelAr() : s.code();
    }

    /** The registry's Arabic name of an actor; an unlisted faction by the name the article gives it. */
    private String actor(String actorId, Side fallback) {
        if (actorId != null) {
            Actor a = actors.byId(actorId).orElse(null);
            return a != null && a.labelAr() != null ? a.labelAr() : "فصيل " + actorId;
        }
        return fallback != null ? side(fallback) : null;
    }

    /** The date as exactly as it is known. */
    static String when(Event e) {
        LocalDate d = e.date() != null ? e.date() : e.dateMax();
        if (d == null) return "تاريخ غير معروف";
        DatePrecision p = e.datePrecision() == null ? DatePrecision.DAY : e.datePrecision();
        return switch (p) {
            case DAY -> day(d);
            case WEEK -> "أسبوع " + day(e.dateMin() != null ? e.dateMin() : d);
            case MONTH -> MONTHS[d.getMonthValue() - 1] + " " + digits(d.getYear());
            case YEAR -> digits(d.getYear());
            case REPORTED -> "قبل " + day(e.dateMax() != null ? e.dateMax() : d);
        };
    }

    static String day(LocalDate d) {
        return digits(d.getDayOfMonth()) + " " + MONTHS[d.getMonthValue() - 1] + " " + digits(d.getYear());
    }

    /** Arabic-Indic digits: ٠١٢٣٤٥٦٧٨٩. */
    static String digits(long n) {
        String s = Long.toString(n);
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
        return sb.toString();
    }
}
