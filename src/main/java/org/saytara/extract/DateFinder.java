package org.saytara.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicText;
import org.saytara.text.WordMemo;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;
import org.saytara.text.Sep;
import org.saytara.text.WordSets;

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
    static final String FILE = "dates.tsv";

    /** The word sets of {@code dates.tsv}; the file's header says what each is for. */
    enum DateSet {
        MONTH, WEEKDAY, NUMBER, DUAL, FEW, SEVERAL, ORDINAL, ORDINAL_TENS, PERIOD_PART, MONTH_LEAD, MONTH_WORD,
        PAST, CURRENT, LATEST, TIME_OF_DAY, YESTERDAY, DAY_BEFORE_YESTERDAY, TODAY, OTHER_DAY, NEXT_DAY, NIGHT,
        RECENT_UNIT, WEEK, THE_MONTH, SAME, THIS, THE_YEAR, YEAR, IN, SINCE, AGO, AGO_NOT, AFTER, LESS, MORE,
        THAN, ABOUT, OFFSET_LINK, OF, UNIT, PLURAL_UNIT
    }

    private enum Part { EARLY, MIDDLE, LATE }

    private final WordSets<DateSet> d;
    /** Month names by their first word: one-word names map to themselves, كانون to كانون الأول … */
    private final Map<String, List<String[]>> monthsByFirstWord = new HashMap<>();
    /** Unit prefixes (يوم* …) with their days; no prefix starts another unit's word. */
    private final List<Map.Entry<String, Integer>> unitPrefixes = new ArrayList<>();
    private final Map<String, Integer> unitWords = new HashMap<>();
    /** Words a date expression can begin with; everything else is skipped at the cost of one lookup. */
    private final Set<String> starters = new HashSet<>();

    private DateFinder(WordSets<DateSet> d) {
        this.d = d;
        for (String m : d.words(DateSet.MONTH)) {
            String[] words = m.split(" ");
            monthsByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        for (String u : d.words(DateSet.UNIT)) {
            int days = Integer.parseInt(d.value(DateSet.UNIT, u));
            if (u.endsWith("*")) unitPrefixes.add(Map.entry(u.substring(0, u.length() - 1), days));
            else unitWords.put(u, days);
        }
        starters.addAll(monthsByFirstWord.keySet());
        for (DateSet s : List.of(DateSet.YESTERDAY, DateSet.DAY_BEFORE_YESTERDAY, DateSet.TODAY, DateSet.NIGHT,
                DateSet.RECENT_UNIT, DateSet.WEEK, DateSet.THE_MONTH, DateSet.THIS, DateSet.THE_YEAR, DateSet.YEAR,
                DateSet.IN, DateSet.SINCE, DateSet.AFTER, DateSet.AGO, DateSet.PERIOD_PART, DateSet.WEEKDAY,
                DateSet.TIME_OF_DAY)) {
            for (String w : d.words(s)) starters.add(w.split(" ")[0]);
        }
    }

    /** Reads and checks {@code dates.tsv}. */
    static DateFinder read(LexiconFile.Source source) {
        WordSets<DateSet> sets = WordSets.read(source, FILE, DateSet.class, (set, value, row) -> {
            for (String form : row.items("forms")) {
                if (form.contains("*") && (set != DateSet.UNIT || form.indexOf('*') != form.length() - 1)) {
                    throw row.error("'*' (a prefix) is allowed only at the end of a unit form, not in '" + form + "'");
                }
                int words = form.trim().split("\\s+").length;
                boolean twoWords = set == DateSet.MONTH || set == DateSet.DAY_BEFORE_YESTERDAY;
                if (words > (twoWords ? 2 : 1)) throw row.error("set " + LexiconFile.code(set) + " takes " + (twoWords ? "one or two words" : "single words") + ", not '" + form + "'");
            }
            return switch (set) {
                case MONTH -> WordSets.number(set, value, row, 1, 12);
                case WEEKDAY -> {
                    try {
                        yield DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT)).name();
                    } catch (IllegalArgumentException e) {
                        throw row.error("unknown weekday '" + value + "' (sunday … saturday)");
                    }
                }
                case NUMBER, DUAL, FEW, ORDINAL, ORDINAL_TENS -> WordSets.number(set, value, row, 1, 100);
                case RECENT_UNIT, UNIT -> WordSets.number(set, value, row, 1, 366);
                case SEVERAL -> {
                    String[] range = value.split("\\.\\.");
                    if (range.length != 2) throw row.error("set several takes a range lo..hi, not '" + value + "'");
                    int lo = row.number("value", range[0]), hi = row.number("value", range[1]);
                    if (lo < 1 || hi < lo) throw row.error("range needs 1 <= lo <= hi, not '" + value + "'");
                    yield value;
                }
                case PERIOD_PART -> row.name("value", value, Part.class).name();
                default -> WordSets.none(set, value, row);
            };
        });
        return new DateFinder(sets);
    }

    List<DateMention> find(AnalyzedText text, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            // "… يوم 8/12 وانتهى في اليوم التالي": the day after the date just named
            if (!out.isEmpty() && d.is(DateSet.TODAY, w(text, i, to)) && d.is(DateSet.NEXT_DAY, w(text, i + 1, to))) {
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

    /** A word of text as the date rules read it: without its glued letters, and whether a date can start at it. */
    private record DateWord(String bare, boolean canStart) {}

    /** Each distinct word read once: the rules ask about every token, and about the same words again and again. */
    private final WordMemo<DateWord> dateWords = new WordMemo<>(w -> new DateWord(strip(w), startsDate(w)));

    private boolean canStart(String word) {
        return dateWords.get(word).canStart();
    }

    private boolean startsDate(String word) {
        char c = word.charAt(0);
        if (c >= '0' && c <= '9') return true;
        if (starters.contains(word)) return true;
        return word.length() > 3 && (word.startsWith(Clitics.WA) || word.startsWith(Clitics.FA) || word.startsWith(Clitics.BI))
                && starters.contains(strip(word));
    }

    private String w(AnalyzedText t, int i, int to) {
        return i >= 0 && i < to ? stripConj(t.token(i).text()) : "";
    }

    /**
     * و and ف glue onto date words too (والأحد, وأمس, و2015); ب onto a definite one (بالأمس is
     * الأمس). في 2015 is two tokens.
     */
    private String stripConj(String s) {
        return dateWords.get(s).bare();
    }

    private String strip(String s) {
        if (s.length() > 3 && (s.startsWith(Clitics.WA) || s.startsWith(Clitics.FA))) {
            String r = ArabicText.word(s, 1, s.length());
            if (r.startsWith(Clitics.AL) || d.is(DateSet.YESTERDAY, r) || isNumber(r)) return r;
        }
        if (s.length() > 4 && s.startsWith(Clitics.BI + Clitics.AL)) return ArabicText.word(s, 1, s.length());
        return s;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 4) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    /** The number a word spells (ثلاثة, يومين, القليلة), or null. */
    private Integer numberWord(String w) {
        String v = d.value(DateSet.NUMBER, w);
        if (v == null) v = d.value(DateSet.DUAL, w);
        if (v == null) v = d.value(DateSet.FEW, w);
        return v == null ? null : Integer.valueOf(v);
    }

    /** A number word that is not "the last few" (القليلة): one that can count a unit after it. */
    private boolean counting(String w) {
        return d.is(DateSet.NUMBER, w) || d.is(DateSet.DUAL, w);
    }

    private Part part(String w) {
        String v = d.value(DateSet.PERIOD_PART, w);
        return v == null ? null : Part.valueOf(v);
    }

    private DateMention at(AnalyzedText t, int i, int to, LocalDate pub, YearMonth same) {
        String a = w(t, i, to);
        DateMention m;
        if (isNumber(a) && (m = numeric(t, i, to, pub)) != null) return m;
        if (isNumber(a) && (m = dayMonth(t, i, to, pub, Integer.parseInt(a), i + 1, same)) != null) return m;
        String ordinalValue = d.value(DateSet.ORDINAL, a);
        if (ordinalValue != null) {
            // "السادس من آب", "الحادي عشر من"
            int ordinal = Integer.parseInt(ordinalValue);
            int next = i + 1;
            String tens = d.value(DateSet.ORDINAL_TENS, w(t, next, to));
            if (tens != null) {
                ordinal += Integer.parseInt(tens);
                next++;
            }
            if (d.is(DateSet.OF, w(t, next, to)) && (m = dayMonth(t, i, to, pub, ordinal, next, same)) != null) return m;
        }
        if ((m = monthName(t, i, to, pub)) != null) return m;
        if ((m = weekday(t, i, to, pub)) != null) return m;
        if ((m = relative(t, i, to, pub)) != null) return m;
        return null;
    }

    /** 10/12/2016, 9/12, 2016-12-10. */
    private DateMention numeric(AnalyzedText t, int i, int to, LocalDate pub) {
        List<Integer> parts = new ArrayList<>(3);
        parts.add(Integer.parseInt(w(t, i, to)));
        int j = i + 1;
        while (j < to && parts.size() < 3 && t.token(j).sepBefore() == Sep.DASH && isNumber(w(t, j, to))
                && t.token(j).start() - t.token(j - 1).end() == 1) {
            parts.add(Integer.parseInt(w(t, j, to)));
            j++;
        }
        if (parts.size() < 2) return null;
        int day, mo, y;
        if (parts.size() == 3 && parts.get(0) > 1900) {
            y = parts.get(0); mo = parts.get(1); day = parts.get(2);
        } else if (parts.size() == 3) {
            day = parts.get(0); mo = parts.get(1); y = parts.get(2);
            if (y < 100) y += 2000;
        } else {
            day = parts.get(0); mo = parts.get(1); y = -1;
        }
        if (mo < 1 || mo > 12 || day < 1 || day > 31) return null;
        if (y == -1) {
            if (pub == null) return null;
            LocalDate guess = safe(pub.getYear(), mo, day);
            if (guess == null) return null;
            if (guess.isAfter(pub.plusDays(1))) guess = safe(pub.getYear() - 1, mo, day);
            return guess == null ? null : DateMention.day(i, j, guess);
        }
        if (y < 1990 || y > 2100) return null;
        LocalDate date = safe(y, mo, day);
        return date == null ? null : DateMention.day(i, j, date);
    }

    /** "7 نيسان", "20 أيار/مايو 2015", "3 كانون الأول", "الـ 11 من كانون الأول", "13 من الشهر نفسه". */
    private DateMention dayMonth(AnalyzedText t, int i, int to, LocalDate pub, int day, int next, YearMonth same) {
        if (day < 1 || day > 31) return null;
        int mi = d.is(DateSet.OF, w(t, next, to)) ? next + 1 : next;
        if (d.is(DateSet.THE_MONTH, w(t, mi, to)) && pub != null) {
            String which = w(t, mi + 1, to);
            YearMonth ym = null;
            if (d.is(DateSet.CURRENT, which)) ym = YearMonth.from(pub);
            else if (d.is(DateSet.PAST, which)) ym = YearMonth.from(pub).minusMonths(1);
            else if (d.is(DateSet.SAME, which)) ym = same;
            if (ym == null || day > ym.lengthOfMonth()) return null;
            LocalDate date = ym.atDay(day);
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
            date = safe(year, month[0], day);
        } else {
            if (pub == null) return null;
            date = safe(pub.getYear(), month[0], day);
            if (date != null && date.isAfter(pub.plusDays(1))) date = safe(pub.getYear() - 1, month[0], day);
        }
        return date == null ? null : DateMention.day(i, j, date);
    }

    /**
     * A month name at i, with an optional "/other name" twin: returns {month, end token}. A name of
     * two words (كانون الأول) must be whole: كانون alone is no month.
     */
    private int[] month(AnalyzedText t, int i, int to) {
        List<String[]> names = monthsByFirstWord.get(w(t, i, to));
        if (names == null) return null;
        Integer m = null;
        int j = i + 1;
        for (String[] name : names) {
            if (name.length == 1) {
                m = Integer.valueOf(d.value(DateSet.MONTH, name[0]));
                j = i + 1;
                break;
            }
            if (name[1].equals(w(t, i + 1, to))) {
                m = Integer.valueOf(d.value(DateSet.MONTH, name[0] + " " + name[1]));
                j = i + 2;
                break;
            }
        }
        if (m == null) return null;
        if (j < to && t.token(j).sepBefore() == Sep.DASH) {
            int[] twin = month(t, j, to);
            if (twin != null) j = twin[1];
        }
        return new int[] {m, j};
    }

    private boolean monthContext(AnalyzedText t, int i, int end, int to) {
        String before = w(t, i - 1, to);
        String after = w(t, end, to);
        if (end - i >= 2 && t.token(i + 1).sepBefore() == Sep.DASH) return true;
        if (isNumber(after) && after.length() == 4) return true;
        if (d.is(DateSet.PAST, after) || d.is(DateSet.CURRENT, after) || d.is(DateSet.OF, after)) return true;
        return d.is(DateSet.MONTH_LEAD, before);
    }

    /** "آذار الماضي", "مارس/أذار من العام الحالي", "مطلع نيسان 2016". */
    private DateMention monthName(AnalyzedText t, int i, int to, LocalDate pub) {
        int start = i;
        Part part = part(w(t, i, to));
        int mi = part != null ? i + 1 : i;
        if (d.is(DateSet.MONTH_WORD, w(t, mi, to))) mi++;
        int[] month = month(t, mi, to);
        if (month == null || !monthContext(t, mi, month[1], to)) return null;
        int j = month[1];
        Integer year = null;
        boolean past = false;
        String after = w(t, j, to);
        if (isNumber(after) && after.length() == 4) {
            year = Integer.parseInt(after);
            j++;
        } else if (d.is(DateSet.PAST, after)) {
            past = true;
            j++;
        } else if (d.is(DateSet.OF, after) && (d.is(DateSet.THE_YEAR, w(t, j + 1, to)) || d.is(DateSet.THIS, w(t, j + 1, to)))) {
            String which = w(t, j + 2, to);
            if (pub != null) {
                if (d.is(DateSet.CURRENT, which) || d.is(DateSet.THIS, w(t, j + 1, to))) year = pub.getYear();
                else if (d.is(DateSet.PAST, which)) year = pub.getYear() - 1;
            }
            j += 3;
        }
        if (year == null) {
            if (pub == null) return null;
            year = pub.getYear();
            if (month[0] > pub.getMonthValue() || (past && month[0] == pub.getMonthValue())) year--;
        }
        YearMonth ym = YearMonth.of(year, month[0]);
        return window(start, j, ym, part, pub);
    }

    /** A month, or its early, middle or late part. */
    private static DateMention window(int start, int end, YearMonth ym, Part part, LocalDate pub) {
        int lo = 1, hi = ym.lengthOfMonth();
        if (part == Part.EARLY) hi = 10;
        if (part == Part.MIDDLE) { lo = 10; hi = 20; }
        if (part == Part.LATE) lo = 20;
        return DateMention.window(start, end, ym.atDay(lo), ym.atDay(hi), pub);
    }

    /** "يوم الجمعة الفائت", "مساء الأحد", "ليل (السبت - الأحد)". */
    private DateMention weekday(AnalyzedText t, int i, int to, LocalDate pub) {
        int start = i;
        int j = i;
        while (d.is(DateSet.TIME_OF_DAY, w(t, j, to)) && j < i + 2) j++;
        DayOfWeek dow = dayOfWeek(w(t, j, to));
        if (dow == null || pub == null) return null;
        if (j == i && i > 0 && d.is(DateSet.TIME_OF_DAY, w(t, i - 1, to))) return null;
        j++;
        DayOfWeek second = null;
        if (j < to && t.token(j).sepBefore() == Sep.DASH && dayOfWeek(w(t, j, to)) != null) {
            second = dayOfWeek(w(t, j, to));
            j++;
        }
        boolean past = d.is(DateSet.PAST, w(t, j, to));
        if (past) j++;
        LocalDate day = pub;
        int back = 0;
        while (day.getDayOfWeek() != dow || (past && back == 0)) {
            day = day.minusDays(1);
            back++;
            if (back > 14) return null;
        }
        if (second != null) {
            LocalDate e = day;
            while (e.getDayOfWeek() != second) e = e.plusDays(1);
            if (e.isAfter(pub)) {
                e = e.minusDays(7);
                day = day.minusDays(7);
            }
            return new DateMention(start, j, day, day, e, DatePrecision.DAY);
        }
        return DateMention.day(start, j, day);
    }

    private DayOfWeek dayOfWeek(String w) {
        String v = d.value(DateSet.WEEKDAY, w);
        return v == null ? null : DayOfWeek.valueOf(v);
    }

    private DateMention relative(AnalyzedText t, int i, int to, LocalDate pub) {
        String a = w(t, i, to);
        String b = w(t, i + 1, to);
        String c = w(t, i + 2, to);
        if (d.is(DateSet.DAY_BEFORE_YESTERDAY, a + " " + b)) return pub == null ? null : DateMention.day(i, i + 2, pub.minusDays(2));
        if (d.is(DateSet.YESTERDAY, a)) return pub == null ? null : DateMention.day(i, i + 1, pub.minusDays(1));
        if (d.is(DateSet.TODAY, a) && !d.is(DateSet.OTHER_DAY, b)) {
            return pub == null ? null : DateMention.day(i, i + 1, pub);
        }
        if (d.is(DateSet.NIGHT, a) && d.is(DateSet.PAST, b)) {
            return pub == null ? null : new DateMention(i, i + 2, pub.minusDays(1), pub.minusDays(1), pub, DatePrecision.DAY);
        }
        String recent = d.value(DateSet.RECENT_UNIT, a);
        if (recent != null) {
            int n = 3;
            int j = i + 1;
            String bare = b.startsWith(Clitics.AL) && numberWord(b.substring(2)) != null ? b.substring(2) : b;
            if (numberWord(bare) != null && !d.is(DateSet.PAST, b)) {
                n = numberWord(bare);
                j++;
            } else if (isNumber(b)) {
                n = Integer.parseInt(b);
                j++;
            }
            if (!d.is(DateSet.PAST, w(t, j, to)) && !d.is(DateSet.LATEST, w(t, j, to))) return null;
            if (pub == null) return null;
            int days = n * Integer.parseInt(recent);
            return DateMention.window(i, j + 1, pub.minusDays(days), pub, pub);
        }
        if (pub == null) return null;
        if (d.is(DateSet.WEEK, a) && d.is(DateSet.PAST, b)) {
            return DateMention.window(i, i + 2, pub.minusDays(13), pub.minusDays(5), pub);
        }
        Part part = part(a);
        // "مطلع عام 2017", "أواخر عام 2015"
        if (part != null && (d.is(DateSet.YEAR, b) || d.is(DateSet.THE_YEAR, b)) && isNumber(c) && c.length() == 4) {
            int y = Integer.parseInt(c);
            LocalDate lo = LocalDate.of(y, part == Part.EARLY ? 1 : part == Part.MIDDLE ? 5 : 9, 1);
            LocalDate hi = part == Part.EARLY ? LocalDate.of(y, 3, 31) : part == Part.MIDDLE ? LocalDate.of(y, 8, 31) : LocalDate.of(y, 12, 31);
            return DateMention.window(i, i + 3, lo, hi, null);
        }
        int k = part != null ? i + 1 : i;
        String head = w(t, k, to), mod = w(t, k + 1, to);
        if (d.is(DateSet.THE_MONTH, head) || (d.is(DateSet.THIS, head) && d.is(DateSet.THE_MONTH, mod))) {
            int end = k + 1;
            YearMonth ym = YearMonth.from(pub);
            if (d.is(DateSet.PAST, mod)) {
                ym = ym.minusMonths(1);
                end++;
            } else if (d.is(DateSet.CURRENT, mod) || d.is(DateSet.THIS, head)) {
                end++;
            } else if (part == null) {
                return null;
            }
            return window(i, end, ym, part, pub);
        }
        if (d.is(DateSet.THE_YEAR, head) && (d.is(DateSet.PAST, mod) || d.is(DateSet.CURRENT, mod))) {
            int y = d.is(DateSet.PAST, mod) ? pub.getYear() - 1 : pub.getYear();
            return DateMention.window(i, k + 2, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), pub);
        }
        if (d.is(DateSet.THIS, head) && d.is(DateSet.THE_YEAR, mod)) {
            return DateMention.window(i, k + 2, LocalDate.of(pub.getYear(), 1, 1), pub, pub);
        }
        if (d.is(DateSet.AGO, a) && !d.is(DateSet.AGO_NOT, b)) return agoBefore(t, i, to, pub);
        // "عام 2016", "في 2016", "العام 2017" ("خلال العام 2017 حين تمكن الجيش من …")
        if ((d.is(DateSet.YEAR, a) || d.is(DateSet.THE_YEAR, a) || d.is(DateSet.IN, a) || d.is(DateSet.SINCE, a))
                && isNumber(b) && b.length() == 4) {
            int y = Integer.parseInt(b);
            if (y < 1990 || y > 2100) return null;
            return DateMention.window(i, i + 2, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), pub);
        }
        if (d.is(DateSet.SINCE, a) && (d.is(DateSet.YEAR, w(t, i + 1, to)) || d.is(DateSet.THE_YEAR, w(t, i + 1, to)))
                && isNumber(w(t, i + 2, to))) {
            int y = Integer.parseInt(w(t, i + 2, to));
            if (y < 1990 || y > 2100) return null;
            return DateMention.window(i, i + 3, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), pub);
        }
        if (d.is(DateSet.SINCE, a)) return since(t, i, to, pub);
        if (d.is(DateSet.AFTER, a)) return offsetBefore(t, i, to, pub);
        return null;
    }

    /**
     * "بعد تسعة أشهر على طرده", "بعد أقل من ثلاثة أشهر على سيطرة التنظيم": the event that follows
     * happened that long before the one the article reports, which stands at the publication date.
     */
    private DateMention offsetBefore(AnalyzedText t, int i, int to, LocalDate pub) {
        int j = i + 1;
        String q = w(t, j, to);
        boolean less = false, more = false;
        if ((d.is(DateSet.LESS, q) || d.is(DateSet.MORE, q)) && d.is(DateSet.THAN, w(t, j + 1, to))) {
            less = d.is(DateSet.LESS, q);
            more = d.is(DateSet.MORE, q);
            j += 2;
        } else if (d.is(DateSet.ABOUT, q)) {
            j++;
        }
        String b = w(t, j, to);
        int n;
        String unit;
        if (daysPerUnit(b) > 0 && numberWord(b) == null) {
            // "بعد أسبوع من", "بعد أيام من": one of a unit, or a few
            n = d.is(DateSet.PLURAL_UNIT, b) ? 3 : 1;
            unit = b;
            j += 1;
        } else if (isNumber(b)) {
            n = Integer.parseInt(b);
            unit = w(t, j + 1, to);
            j += 2;
        } else if (counting(b)) {
            boolean dual = d.is(DateSet.DUAL, b);
            n = numberWord(b);
            unit = dual ? b : w(t, j + 1, to);
            j += dual ? 1 : 2;
        } else {
            return null;
        }
        if (!d.is(DateSet.OFFSET_LINK, w(t, j, to))) return null;
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
    private DateMention since(AnalyzedText t, int i, int to, LocalDate pub) {
        String b = w(t, i + 1, to), c = w(t, i + 2, to);
        int lo, hi;
        String unit;
        int end;
        String several = d.value(DateSet.SEVERAL, b);
        if (several != null) {
            String[] range = several.split("\\.\\.");
            lo = Integer.parseInt(range[0]); hi = Integer.parseInt(range[1]); unit = c; end = i + 3;
        } else if (isNumber(b)) {
            lo = hi = Integer.parseInt(b); unit = c; end = i + 3;
        } else if (counting(b)) {
            if (d.is(DateSet.DUAL, b)) {
                lo = hi = numberWord(b); unit = b; end = i + 2;
            } else {
                lo = hi = numberWord(b); unit = c; end = i + 3;
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
    private DateMention agoBefore(AnalyzedText t, int i, int to, LocalDate pub) {
        // "قبل نحو شهرين", "قبل أكثر من 3 سنوات": an approximation or a bound before the count
        int at = i;
        boolean about = false, more = false;
        String q = w(t, i + 1, to);
        if (d.is(DateSet.ABOUT, q)) {
            at = i + 1;
            about = true;
        } else if ((d.is(DateSet.LESS, q) || d.is(DateSet.MORE, q)) && d.is(DateSet.THAN, w(t, i + 2, to))) {
            at = i + 2;
            more = d.is(DateSet.MORE, q);
        }
        DateMention exact = agoCount(t, i, at, to, pub);
        if (exact == null || at == i) return exact;
        // about N units: half a unit either way at least; more than N: up to one unit further back
        long per = java.time.temporal.ChronoUnit.DAYS.between(exact.min(), exact.max()) + 1;
        LocalDate min = about ? exact.min().minusDays(per / 2) : more ? exact.min().minusDays(per) : exact.min();
        LocalDate max = about ? exact.max().plusDays(per / 2) : more ? exact.max() : exact.max().plusDays(per);
        return DateMention.window(i, exact.endToken(), min, max, pub);
    }

    /** The count and unit after {@code at}, "قبل" standing at {@code i}: يومين, ثلاثة أيام, أسبوع. */
    private DateMention agoCount(AnalyzedText t, int i, int at, int to, LocalDate pub) {
        String b = w(t, at + 1, to);
        int n, end;
        String unit;
        if (d.is(DateSet.DUAL, b)) {
            n = numberWord(b); unit = b; end = at + 2;
        } else if (daysPerUnit(b) > 0 && numberWord(b) == null) {
            n = 1; unit = b; end = at + 2;
        } else if (isNumber(b) || counting(b)) {
            n = isNumber(b) ? Integer.parseInt(b) : numberWord(b);
            unit = w(t, at + 2, to);
            end = at + 3;
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
    private int daysPerUnit(String unit) {
        for (Map.Entry<String, Integer> p : unitPrefixes) if (unit.startsWith(p.getKey())) return p.getValue();
        return unitWords.getOrDefault(unit, 0);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
