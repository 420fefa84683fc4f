package org.saytara.extract;

import java.time.LocalDate;

/**
 * A date expression found in a sentence, resolved to the window the event surely lies in.
 *
 * @param startToken first token of the expression
 * @param endToken   token just after it
 * @param date       best single day (null when it cannot be resolved: no publication date)
 * @param min        earliest possible day
 * @param max        latest possible day
 */
public record DateMention(int startToken, int endToken, LocalDate date, LocalDate min, LocalDate max,
                          DatePrecision precision, boolean offset) {
    DateMention(int startToken, int endToken, LocalDate date, LocalDate min, LocalDate max, DatePrecision precision) {
        this(startToken, endToken, date, min, max, precision, false);
    }

    /** "بعد تسعة أشهر على": dates only the event named right after it. */
    DateMention asOffset() {
        return new DateMention(startToken, endToken, date, min, max, precision, true);
    }

    DateMention withDate(LocalDate best) {
        return new DateMention(startToken, endToken, best, min, max, precision, offset);
    }

    static DatePrecision precisionOf(LocalDate min, LocalDate max) {
        long days = max.toEpochDay() - min.toEpochDay();
        if (days <= 1) return DatePrecision.DAY;
        if (days <= 10) return DatePrecision.WEEK;
        if (days <= 31) return DatePrecision.MONTH;
        return DatePrecision.YEAR;
    }

    static DateMention window(int s, int e, LocalDate min, LocalDate max, LocalDate cap) {
        if (cap != null && max.isAfter(cap)) max = cap;
        if (min.isAfter(max)) min = max;
        LocalDate mid = LocalDate.ofEpochDay((min.toEpochDay() + max.toEpochDay()) / 2);
        return new DateMention(s, e, mid, min, max, precisionOf(min, max));
    }

    static DateMention day(int s, int e, LocalDate d) {
        return new DateMention(s, e, d, d, d, DatePrecision.DAY);
    }
}
