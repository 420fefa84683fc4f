package org.saytara.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.text.AnalyzedText;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * Finds date expressions and resolves them against the publication date: explicit dates (day
 * first, as the Arab press writes them: 10/12/2016 is 10 December), day and month names from both
 * calendars' names (كانون الأول and ديسمبر), weekdays (الجمعة الفائت, ليل السبت - الأحد), أمس, اليوم,
 * the past N days, الشهر الماضي, مطلع الشهر, آذار الماضي, العام الحالي, منذ عدة أشهر.
 *
 * <p>A month name is read as a month only with something around it that says so (a day number, a
 * second month name after a slash, شهر, a year, الماضي …): مارس is also "he practised" and آب
 * is spelled like أب, "father".
 */
final class DateFinder {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("افريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6),
            Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9),
            Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4), Map.entry("ايار", 5),
            Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8), Map.entry("ايلول", 9));
    /** Two-word Levantine months: كانون الثاني, كانون الأول, تشرين الأول, تشرين الثاني. */
    private static final Map<String, Integer> KANUN = Map.of("الثاني", 1, "الاول", 12);
    private static final Map<String, Integer> TISHRIN = Map.of("الاول", 10, "الثاني", 11);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY,
            "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY,
            "السبت", DayOfWeek.SATURDAY);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("يومين", 2), Map.entry("اسبوعين", 2), Map.entry("شهرين", 2), Map.entry("عامين", 2),
            Map.entry("سنتين", 2), Map.entry("ثلاثه", 3), Map.entry("اربعه", 4), Map.entry("خمسه", 5),
            Map.entry("سته", 6), Map.entry("سبعه", 7), Map.entry("ثمانيه", 8), Map.entry("تسعه", 9),
            Map.entry("عشره", 10), Map.entry("ثلاث", 3), Map.entry("اربع", 4), Map.entry("خمس", 5),
            Map.entry("القليله", 3), Map.entry("الاخيره", 3), Map.entry("الماضيه", 3));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("الاول", 1), Map.entry("الثاني", 2), Map.entry("الثالث", 3), Map.entry("الرابع", 4),
            Map.entry("الخامس", 5), Map.entry("السادس", 6), Map.entry("السابع", 7), Map.entry("الثامن", 8),
            Map.entry("التاسع", 9), Map.entry("العاشر", 10), Map.entry("الحادي", 1), Map.entry("العشرين", 20),
            Map.entry("الثلاثين", 30));
    private static final Set<String> EARLY = Set.of("مطلع", "بدايه", "اوائل");
    private static final Set<String> MIDDLE = Set.of("منتصف", "اواسط");
    private static final Set<String> LATE = Set.of("اواخر", "نهايه");
    private static final Set<String> MONTH_LEAD = Set.of("شهر", "في", "منذ", "خلال", "مطلع", "منتصف", "اواخر", "بدايه",
            "نهايه", "اوائل", "اواسط", "حتي", "شهري");
    private static final List<String> PAST = List.of("الماضي", "الفائت", "المنصرم", "الماضيه", "الفائته", "المنصرمه", "السابق");
    private static final List<String> CURRENT = List.of("الحالي", "الجاري", "الحاليه", "الجاريه");
    private static final List<String> TIME_OF_DAY = List.of("مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "عصر", "منتصف", "ظهيره", "يوم");

    private DateFinder() {}

    static List<DateMention> find(AnalyzedText text, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            // "… يوم 8/12 وانتهى في اليوم التالي": the day after the date just named
            if (!out.isEmpty() && w(text, i, to).equals("اليوم") && w(text, i + 1, to).equals("التالي")) {
                DateMention prev = out.get(out.size() - 1);
                if (prev.date() != null) {
                    out.add(DateMention.day(i, i + 2, prev.max().plusDays(1)));
                    i += 2;
                    continue;
                }
            }
            if (!canStart(text.token(i).text())) {
                i++;
                continue;
            }
            // "في 13 من الشهر نفسه": the month of the last date found, else of publication
            YearMonth same = !out.isEmpty() && out.get(out.size() - 1).date() != null
                    ? YearMonth.from(out.get(out.size() - 1).date()) : published == null ? null : YearMonth.from(published);
            DateMention m = at(text, i, to, published, same);
            if (m != null) {
                out.add(m);
                i = Math.max(m.endToken(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** Words a date expression can begin with; everything else is skipped at the cost of one lookup. */
    private static final Set<String> STARTERS = starters();

    private static Set<String> starters() {
        Set<String> s = new java.util.HashSet<>();
        s.addAll(MONTHS.keySet());
        s.addAll(List.of("كانون", "تشرين", "امس", "البارحه", "اول", "اليوم", "الليله", "ليله", "الايام", "الاسابيع",
                "الاسبوع", "الشهر", "هذا", "العام", "السنه", "عام", "سنه", "في", "منذ", "بعد", "قبل", "عقب"));
        s.addAll(EARLY);
        s.addAll(MIDDLE);
        s.addAll(LATE);
        s.addAll(WEEKDAYS.keySet());
        s.addAll(TIME_OF_DAY);
        return s;
    }

    private static boolean canStart(String word) {
        char c = word.charAt(0);
        if (c >= '0' && c <= '9') return true;
        if (STARTERS.contains(word)) return true;
        return word.length() > 3 && (c == 'و' || c == 'ف' || c == 'ب') && STARTERS.contains(stripConj(word));
    }

    private static String w(AnalyzedText t, int i, int to) {
        return i >= 0 && i < to ? stripConj(t.token(i).text()) : "";
    }

    /** و and ف glue onto date words too (والأحد); في and ب as well (بالأمس, في 2015 is two tokens). */
    private static String stripConj(String s) {
        if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف') && !s.equals("فبراير")) {
            String r = s.substring(1);
            if (r.startsWith("ال") || r.equals("امس") || isNumber(r)) return r;
        }
        if (s.length() > 4 && s.startsWith("بال")) return s.substring(1);
        if (s.equals("بالامس")) return "امس";
        return s;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 4) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    private static DateMention at(AnalyzedText t, int i, int to, LocalDate pub, YearMonth same) {
        String a = w(t, i, to);
        DateMention m;
        if (isNumber(a) && (m = numeric(t, i, to, pub)) != null) return m;
        if (isNumber(a) && (m = dayMonth(t, i, to, pub, Integer.parseInt(a), i + 1, same)) != null) return m;
        Integer ordinal = ORDINALS.get(a);
        if (ordinal != null) {
            // "السادس من آب", "الحادي عشر من"
            int next = i + 1;
            if (w(t, next, to).equals("عشر")) {
                ordinal += 10;
                next++;
            } else if (w(t, next, to).equals("والعشرين")) {
                ordinal += 20;
                next++;
            }
            if (w(t, next, to).equals("من") && (m = dayMonth(t, i, to, pub, ordinal, next, same)) != null) return m;
        }
        if ((m = monthName(t, i, to, pub, false)) != null) return m;
        if ((m = weekday(t, i, to, pub)) != null) return m;
        if ((m = relative(t, i, to, pub)) != null) return m;
        return null;
    }

    /** 10/12/2016, 9/12, 2016-12-10. */
    private static DateMention numeric(AnalyzedText t, int i, int to, LocalDate pub) {
        List<Integer> parts = new ArrayList<>(3);
        parts.add(Integer.parseInt(w(t, i, to)));
        int j = i + 1;
        while (j < to && parts.size() < 3 && t.token(j).sepBefore() == Sep.DASH && isNumber(w(t, j, to))
                && t.token(j).start() - t.token(j - 1).end() == 1) {
            parts.add(Integer.parseInt(w(t, j, to)));
            j++;
        }
        if (parts.size() < 2) return null;
        int d, mo, y;
        if (parts.size() == 3 && parts.get(0) > 1900) {
            y = parts.get(0); mo = parts.get(1); d = parts.get(2);
        } else if (parts.size() == 3) {
            d = parts.get(0); mo = parts.get(1); y = parts.get(2);
            if (y < 100) y += 2000;
        } else {
            d = parts.get(0); mo = parts.get(1); y = -1;
        }
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
        if (y == -1) {
            if (pub == null) return null;
            LocalDate guess = safe(pub.getYear(), mo, d);
            if (guess == null) return null;
            if (guess.isAfter(pub.plusDays(1))) guess = safe(pub.getYear() - 1, mo, d);
            return guess == null ? null : DateMention.day(i, j, guess);
        }
        if (y < 1990 || y > 2100) return null;
        LocalDate date = safe(y, mo, d);
        return date == null ? null : DateMention.day(i, j, date);
    }

    /** "7 نيسان", "20 أيار/مايو 2015", "3 كانون الأول", "الـ 11 من كانون الأول", "13 من الشهر نفسه". */
    private static DateMention dayMonth(AnalyzedText t, int i, int to, LocalDate pub, int d, int next, YearMonth same) {
        if (d < 1 || d > 31) return null;
        int mi = w(t, next, to).equals("من") ? next + 1 : next;
        if (w(t, mi, to).equals("الشهر") && pub != null) {
            String which = w(t, mi + 1, to);
            YearMonth ym = null;
            if (CURRENT.contains(which)) ym = YearMonth.from(pub);
            else if (PAST.contains(which)) ym = YearMonth.from(pub).minusMonths(1);
            else if (which.equals("نفسه") || which.equals("ذاته")) ym = same;
            if (ym == null || d > ym.lengthOfMonth()) return null;
            LocalDate date = ym.atDay(d);
            return date.isAfter(pub.plusDays(1)) ? null : DateMention.day(i, mi + 2, date);
        }
        int[] month = month(t, mi, to);
        if (month == null) return null;
        int j = month[1];
        int year = -1;
        if (isNumber(w(t, j, to)) && w(t, j, to).length() == 4) {
            year = Integer.parseInt(w(t, j, to));
            j++;
        }
        LocalDate date;
        if (year > 0) {
            date = safe(year, month[0], d);
        } else {
            if (pub == null) return null;
            date = safe(pub.getYear(), month[0], d);
            if (date != null && date.isAfter(pub.plusDays(1))) date = safe(pub.getYear() - 1, month[0], d);
        }
        return date == null ? null : DateMention.day(i, j, date);
    }

    /**
     * A month name at i, with an optional "/other name" twin: returns {month, end token}.
     */
    private static int[] month(AnalyzedText t, int i, int to) {
        String a = w(t, i, to);
        Integer m = null;
        int j = i + 1;
        if (a.equals("كانون") || a.equals("تشرين")) {
            Integer x = (a.equals("كانون") ? KANUN : TISHRIN).get(w(t, i + 1, to));
            if (x == null) return null;
            m = x;
            j = i + 2;
        } else {
            m = MONTHS.get(a);
        }
        if (m == null) return null;
        if (j < to && t.token(j).sepBefore() == Sep.DASH) {
            int[] twin = month(t, j, to);
            if (twin != null) j = twin[1];
        }
        return new int[] {m, j};
    }

    private static boolean monthContext(AnalyzedText t, int i, int end, int to) {
        String before = w(t, i - 1, to);
        String after = w(t, end, to);
        if (end - i >= 2 && t.token(i + 1).sepBefore() == Sep.DASH) return true;
        if (isNumber(after) && after.length() == 4) return true;
        if (PAST.contains(after) || CURRENT.contains(after) || after.equals("من")) return true;
        return MONTH_LEAD.contains(before);
    }

    /** "آذار الماضي", "مارس/أذار من العام الحالي", "مطلع نيسان 2016". */
    private static DateMention monthName(AnalyzedText t, int i, int to, LocalDate pub, boolean any) {
        int start = i;
        String part = w(t, i, to);
        boolean early = EARLY.contains(part);
        boolean mid = MIDDLE.contains(part);
        boolean late = LATE.contains(part);
        int mi = (early || mid || late) ? i + 1 : i;
        if (w(t, mi, to).equals("شهر")) mi++;
        int[] month = month(t, mi, to);
        if (month == null || !monthContext(t, mi, month[1], to)) return null;
        int j = month[1];
        Integer year = null;
        boolean past = false;
        String after = w(t, j, to);
        if (isNumber(after) && after.length() == 4) {
            year = Integer.parseInt(after);
            j++;
        } else if (PAST.contains(after)) {
            past = true;
            j++;
        } else if (after.equals("من") && (w(t, j + 1, to).equals("العام") || w(t, j + 1, to).equals("هذا") || w(t, j + 1, to).equals("السنه"))) {
            String which = w(t, j + 2, to);
            if (pub != null) {
                if (CURRENT.contains(which) || w(t, j + 1, to).equals("هذا")) year = pub.getYear();
                else if (PAST.contains(which)) year = pub.getYear() - 1;
            }
            j += 3;
        }
        if (year == null) {
            if (pub == null) return null;
            year = pub.getYear();
            if (month[0] > pub.getMonthValue() || (past && month[0] == pub.getMonthValue())) year--;
        }
        YearMonth ym = YearMonth.of(year, month[0]);
        int lo = 1, hi = ym.lengthOfMonth();
        if (early) hi = 10;
        if (mid) { lo = 10; hi = 20; }
        if (late) lo = 20;
        return DateMention.window(start, j, ym.atDay(lo), ym.atDay(hi), pub);
    }

    /** "يوم الجمعة الفائت", "مساء الأحد", "ليل (السبت - الأحد)". */
    private static DateMention weekday(AnalyzedText t, int i, int to, LocalDate pub) {
        int start = i;
        int j = i;
        while (TIME_OF_DAY.contains(w(t, j, to)) && j < i + 2) j++;
        DayOfWeek dow = WEEKDAYS.get(w(t, j, to));
        if (dow == null || pub == null) return null;
        if (j == i && i > 0 && TIME_OF_DAY.contains(w(t, i - 1, to))) return null;
        j++;
        DayOfWeek second = null;
        if (j < to && t.token(j).sepBefore() == Sep.DASH && WEEKDAYS.containsKey(w(t, j, to))) {
            second = WEEKDAYS.get(w(t, j, to));
            j++;
        }
        boolean past = PAST.contains(w(t, j, to));
        if (past) j++;
        LocalDate d = pub;
        int back = 0;
        while (d.getDayOfWeek() != dow || (past && back == 0)) {
            d = d.minusDays(1);
            back++;
            if (back > 14) return null;
        }
        if (second != null) {
            LocalDate e = d;
            while (e.getDayOfWeek() != second) e = e.plusDays(1);
            if (e.isAfter(pub)) {
                e = e.minusDays(7);
                d = d.minusDays(7);
            }
            return new DateMention(start, j, d, d, e, DatePrecision.DAY);
        }
        return DateMention.day(start, j, d);
    }

    private static DateMention relative(AnalyzedText t, int i, int to, LocalDate pub) {
        String a = w(t, i, to);
        String b = w(t, i + 1, to);
        String c = w(t, i + 2, to);
        if (a.equals("امس") || a.equals("البارحه")) {
            if (pub == null) return null;
            if (b.equals("الاول")) return DateMention.day(i, i + 2, pub.minusDays(2));
            return DateMention.day(i, i + 1, pub.minusDays(1));
        }
        if (a.equals("اول") && b.equals("امس")) return pub == null ? null : DateMention.day(i, i + 2, pub.minusDays(2));
        if (a.equals("اليوم") && !b.equals("التالي") && !b.equals("السابق")) {
            return pub == null ? null : DateMention.day(i, i + 1, pub);
        }
        if ((a.equals("الليله") || a.equals("ليله")) && PAST.contains(b)) {
            return pub == null ? null : new DateMention(i, i + 2, pub.minusDays(1), pub.minusDays(1), pub, DatePrecision.DAY);
        }
        if (a.equals("الايام") || a.equals("الاسابيع")) {
            int n = 3;
            int j = i + 1;
            String bare = b.startsWith("ال") && NUMBERS.containsKey(b.substring(2)) ? b.substring(2) : b;
            if (NUMBERS.containsKey(bare) && !PAST.contains(b)) {
                n = NUMBERS.get(bare);
                j++;
            } else if (isNumber(b)) {
                n = Integer.parseInt(b);
                j++;
            }
            if (!PAST.contains(w(t, j, to)) && !w(t, j, to).equals("الاخيره")) return null;
            if (pub == null) return null;
            int days = a.equals("الاسابيع") ? n * 7 : n;
            return DateMention.window(i, j + 1, pub.minusDays(days), pub, pub);
        }
        if (pub == null) return null;
        if (a.equals("الاسبوع") && PAST.contains(b)) {
            return DateMention.window(i, i + 2, pub.minusDays(13), pub.minusDays(5), pub);
        }
        // "مطلع عام 2017", "أواخر عام 2015"
        if ((EARLY.contains(a) || MIDDLE.contains(a) || LATE.contains(a)) && (b.equals("عام") || b.equals("العام"))
                && isNumber(c) && c.length() == 4) {
            int y = Integer.parseInt(c);
            LocalDate lo = LocalDate.of(y, EARLY.contains(a) ? 1 : MIDDLE.contains(a) ? 5 : 9, 1);
            LocalDate hi = EARLY.contains(a) ? LocalDate.of(y, 3, 31) : MIDDLE.contains(a) ? LocalDate.of(y, 8, 31) : LocalDate.of(y, 12, 31);
            return DateMention.window(i, i + 3, lo, hi, null);
        }
        boolean early = EARLY.contains(a);
        boolean mid = MIDDLE.contains(a);
        boolean late = LATE.contains(a);
        int k = (early || mid || late) ? i + 1 : i;
        String head = w(t, k, to), mod = w(t, k + 1, to);
        if (head.equals("الشهر") || (head.equals("هذا") && mod.equals("الشهر"))) {
            int end = k + 1;
            YearMonth ym = YearMonth.from(pub);
            if (PAST.contains(mod)) {
                ym = ym.minusMonths(1);
                end++;
            } else if (CURRENT.contains(mod) || head.equals("هذا")) {
                end++;
            } else if (!(early || mid || late)) {
                return null;
            }
            int lo = 1, hi = ym.lengthOfMonth();
            if (early) hi = 10;
            if (mid) { lo = 10; hi = 20; }
            if (late) lo = 20;
            return DateMention.window(i, end, ym.atDay(lo), ym.atDay(hi), pub);
        }
        if ((head.equals("العام") || head.equals("السنه")) && (PAST.contains(mod) || CURRENT.contains(mod))) {
            int y = PAST.contains(mod) ? pub.getYear() - 1 : pub.getYear();
            return DateMention.window(i, k + 2, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), pub);
        }
        if (head.equals("هذا") && (mod.equals("العام") || mod.equals("السنه"))) {
            return DateMention.window(i, k + 2, LocalDate.of(pub.getYear(), 1, 1), pub, pub);
        }
        if (a.equals("قبل") && !b.equals("ان")) return agoBefore(t, i, to, pub);
        if ((a.equals("عام") || a.equals("سنه") || a.equals("في") || a.equals("منذ")) && isNumber(b) && b.length() == 4) {
            int y = Integer.parseInt(b);
            if (y < 1990 || y > 2100) return null;
            return DateMention.window(i, i + 2, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), pub);
        }
        if (a.equals("منذ") && (w(t, i + 1, to).equals("عام") || w(t, i + 1, to).equals("سنه")) && isNumber(w(t, i + 2, to))) {
            int y = Integer.parseInt(w(t, i + 2, to));
            if (y < 1990 || y > 2100) return null;
            return DateMention.window(i, i + 3, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), pub);
        }
        if (a.equals("منذ")) return since(t, i, to, pub);
        if (a.equals("بعد") || a.equals("عقب")) return offsetBefore(t, i, to, pub);
        return null;
    }

    /**
     * "بعد تسعة أشهر على طرده", "بعد أقل من ثلاثة أشهر على سيطرة التنظيم": the event that follows
     * happened that long before the one the article reports, which stands at the publication date.
     */
    private static DateMention offsetBefore(AnalyzedText t, int i, int to, LocalDate pub) {
        int j = i + 1;
        String q = w(t, j, to);
        boolean less = false, more = false;
        if ((q.equals("اقل") || q.equals("اكثر")) && w(t, j + 1, to).equals("من")) {
            less = q.equals("اقل");
            more = q.equals("اكثر");
            j += 2;
        } else if (q.equals("نحو") || q.equals("حوالي") || q.equals("قرابه")) {
            j++;
        }
        String b = w(t, j, to);
        int n;
        String unit;
        if (daysPerUnit(b) > 0 && !NUMBERS.containsKey(b)) {
            // "بعد أسبوع من", "بعد أيام من": one of a unit, or a few
            n = b.equals("ايام") || b.equals("اسابيع") || b.equals("اشهر") || b.equals("شهور") || b.equals("اعوام") ? 3 : 1;
            unit = b;
            j += 1;
        } else if (isNumber(b)) {
            n = Integer.parseInt(b);
            unit = w(t, j + 1, to);
            j += 2;
        } else if (NUMBERS.containsKey(b) && !b.startsWith("ال")) {
            boolean dual = b.equals("يومين") || b.equals("اسبوعين") || b.equals("شهرين") || b.equals("عامين") || b.equals("سنتين");
            n = NUMBERS.get(b);
            unit = dual ? b : w(t, j + 1, to);
            j += dual ? 1 : 2;
        } else {
            return null;
        }
        String link = w(t, j, to);
        if (!(link.equals("علي") || link.equals("من"))) return null;
        int perUnit = daysPerUnit(unit);
        if (perUnit == 0) return null;
        long span = (long) n * perUnit;
        long slack = perUnit > 1 ? perUnit / 2 : 0;
        LocalDate min, max;
        if (less) {
            min = pub.minusDays(span);
            max = pub.minusDays(Math.max(0, span - perUnit));
        } else if (more) {
            min = pub.minusDays(span + perUnit);
            max = pub.minusDays(span);
        } else {
            min = pub.minusDays(span + slack);
            max = pub.minusDays(span - slack);
        }
        return DateMention.window(i, j + 1, min, max, pub).asOffset();
    }

    /** "منذ عدة أشهر", "منذ يومين", "منذ 3 أسابيع", "منذ شهر". */
    private static DateMention since(AnalyzedText t, int i, int to, LocalDate pub) {
        String b = w(t, i + 1, to), c = w(t, i + 2, to);
        int lo, hi;
        String unit;
        int end;
        if (b.equals("عده") || b.equals("بضعه") || b.equals("بضع")) {
            lo = 3; hi = 9; unit = c; end = i + 3;
        } else if (isNumber(b)) {
            lo = hi = Integer.parseInt(b); unit = c; end = i + 3;
        } else if (NUMBERS.containsKey(b) && !b.startsWith("ال")) {
            if (b.equals("يومين") || b.equals("اسبوعين") || b.equals("شهرين") || b.equals("عامين") || b.equals("سنتين")) {
                lo = hi = 2; unit = b; end = i + 2;
            } else {
                lo = hi = NUMBERS.get(b); unit = c; end = i + 3;
            }
        } else {
            lo = hi = 1; unit = b; end = i + 2;
        }
        int perUnit = daysPerUnit(unit);
        if (perUnit == 0) return null;
        LocalDate min = pub.minusDays((long) hi * perUnit + (perUnit > 1 ? perUnit / 2 : 0));
        LocalDate max = pub.minusDays(Math.max(0, (long) lo * perUnit - (perUnit > 1 ? perUnit / 2 : 0)));
        return DateMention.window(i, end, min, max, pub);
    }

    /** "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع": that long before publication. */
    private static DateMention agoBefore(AnalyzedText t, int i, int to, LocalDate pub) {
        String b = w(t, i + 1, to);
        int n, end;
        String unit;
        if (b.equals("يومين") || b.equals("اسبوعين") || b.equals("شهرين") || b.equals("عامين")) {
            n = 2; unit = b; end = i + 2;
        } else if (daysPerUnit(b) > 0 && !NUMBERS.containsKey(b)) {
            n = 1; unit = b; end = i + 2;
        } else if (isNumber(b) || (NUMBERS.containsKey(b) && !b.startsWith("ال"))) {
            n = isNumber(b) ? Integer.parseInt(b) : NUMBERS.get(b);
            unit = w(t, i + 2, to);
            end = i + 3;
        } else {
            return null;
        }
        int per = daysPerUnit(unit);
        if (per == 0) return null;
        long back = (long) n * per;
        if (per == 1) return DateMention.day(i, end, pub.minusDays(back));
        return DateMention.window(i, end, pub.minusDays(back + per / 2), pub.minusDays(Math.max(0, back - per / 2)), pub);
    }

    /** Days in one يوم, أسبوع, شهر or عام (any number form: أيام, أشهر, شهرين …); 0 for anything else. */
    private static int daysPerUnit(String unit) {
        if (unit.startsWith("يوم") || unit.equals("ايام")) return 1;
        if (unit.startsWith("اسبوع") || unit.equals("اسابيع")) return 7;
        if (unit.startsWith("شهر") || unit.equals("اشهر") || unit.equals("شهور")) return 30;
        if (unit.startsWith("عام") || unit.startsWith("سن") || unit.equals("اعوام")) return 365;
        return 0;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static boolean isWeekdayToken(Token tok) {
        return WEEKDAYS.containsKey(tok.text());
    }
}
