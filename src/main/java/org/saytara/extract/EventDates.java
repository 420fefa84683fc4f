package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.AFTER_CONNECTOR;
import static org.saytara.extract.Words.WordSet.PREPOSITION;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.CLAUSE_OPENER;
import static org.saytara.extract.Words.WordSet.WAS;
import static org.saytara.extract.Words.WordSet.SINCE;
import static org.saytara.extract.Words.stripConj;

import java.time.LocalDate;
import java.util.List;
import org.saytara.text.Sentence;

/** The date expressions of a reading ({@link #find}) and the one that dates each trigger ({@link #dateFor}). */
final class EventDates {
    private EventDates() {}

    /** Dates matter only where something happened: sentences without a trigger are not searched. */
    static void find(Reading r) {
        boolean[] hasTrigger = new boolean[r.text.sentences().size()];
        for (TriggerHit t : r.triggers) hasTrigger[r.text.sentenceOf(t.start()).index()] = true;
        for (Sentence s : r.text.sentences()) {
            r.dates.add(hasTrigger[s.index()]
                    ? r.dateFinder.find(r.text, s.firstToken(), s.endToken(), r.article.published())
                    : List.of());
        }
    }

    /**
     * The nearest date expression in the sentence. A date after a temporal connector (عقب, بعد)
     * dates the event it introduces, not a trigger before the connector; a contrast word (في حين)
     * separates two times.
     */
    static DateMention dateFor(Reading r, TriggerHit t, Sentence s) {
        int years = Modality.anniversaryYears(r, t);
        if (years > 0 && r.article.published() != null) return anniversary(r, t, s, years);
        DateMention after = null, before = null;
        int afterDist = Integer.MAX_VALUE, beforeDist = Integer.MAX_VALUE;
        boolean beforeAcrossTrigger = false, beforeAcrossConnector = false;
        for (DateMention d : r.dates.get(s.index())) {
            if (d.offset() && !(d.endToken() <= t.start() && t.start() - d.endToken() <= 1)) continue;
            if (d.startToken() >= t.end()) {
                int dist = d.startToken() - t.end();
                // "منذ أيار 2015", "قبل آذار": a connector right before the date introduces it
                int until = d.startToken() > t.end() && r.label[d.startToken() - 1] == Label.MARKER ? d.startToken() - 1 : d.startToken();
                if (dist > 30 || crosses(r, t.end(), until, true) || r.triggerBetween(t.end(), d.startToken())) continue;
                // "استعادت … حلب وحمص ودرعا، المدينة التي كانت مهد الاحتجاجات … في مارس 2011": a date
                // inside a relative clause after the object dates that clause
                if (stateRelativeBetween(r, t.end(), d.startToken())) continue;
                // "استعادة دوما أكبر انتصار للأسد منذ عام 2016": "since" past other words dates something else
                if (opensWithSince(r, d) && !onlyObjectBetween(r, t.end(), d.startToken())) continue;
                if (dist < afterDist) {
                    after = d;
                    afterDist = dist;
                }
            } else if (d.endToken() <= t.start()) {
                int dist = t.start() - d.endToken();
                if (dist > 30 || crosses(r, d.endToken(), t.start(), false)) continue;
                // "المحاصرين في الغوطة منذ العام 2013، إذ أن اشتباكات تدور": how long a state has lasted,
                // told before a clause of its own; "منذ الاثنين، من جراء هجوم … مكنه من السيطرة" dates it
                if (opensWithSince(r, d) && r.wordBetween(CLAUSE_OPENER, d.endToken(), t.start())) continue;
                if (dist < beforeDist) {
                    before = d;
                    beforeDist = dist;
                    beforeAcrossTrigger = r.triggerBetween(d.endToken(), t.start());
                    beforeAcrossConnector = crosses(r, d.endToken(), t.start(), true);
                }
            }
        }
        // "بعد أن طرده النظام منها في آذار": the trigger's own date beats one across بعد
        // "بعد أشهر من تطهير … المدينة من داعش في عام 2016": the change's own year beats an offset
        // that counts from another event
        // "شنت هجومها في 20 يناير، واستولت على المدينة في 18 مارس": a date behind a comma belongs to the
        // clause before it when the trigger has one of its own in its clause
        if (after != null && (before == null || beforeAcrossConnector || afterDist <= beforeDist
                || commaBetween(r, before.endToken(), t.start()) && !commaBetween(r, t.end(), after.startToken())
                        && !r.wordBetween(RELATIVE, t.end(), after.startToken())
                || before.offset() && !after.offset() && !commaBetween(r, t.end(), after.startToken()))) return after;
        if (before != null && beforeAcrossTrigger && !beforeAcrossConnector) {
            // "بدأ الهجوم يوم الجمعة … لتندلع بعدها معارك انتهت بسيطرة التنظيم على …": what follows the
            // dated opening happened on or after it
            LocalDate pub = r.article.published();
            LocalDate hi = pub != null && pub.isAfter(before.max()) ? pub : before.max();
            return DateMention.window(before.startToken(), before.endToken(), before.min(), hi, pub).withDate(before.date());
        }
        // "قال المجلس، اليوم الأربعاء، … في أحدث تهديد بعد انتزاع مدينة عفرين": the day is the
        // statement's; the change after بعد came before it, on that day or in the weeks before (dated, as
        // a change only reported is, by the latest day it can have been)
        if (before != null && t.trigger().kind() != EventKind.CONTESTED && objectOfAfter(r, t) && crossesAfterConnector(r, before.endToken(), t.start())) {
            return DateMention.window(before.startToken(), before.endToken(), before.max().minusDays(BEFORE_STATEMENT_DAYS),
                    before.max(), r.article.published()).withDate(before.max());
        }
        if (before != null && !beforeAcrossTrigger) return before;
        if (before != null) return before;
        return recentAfterConnector(r, t, s);
    }

    /**
     * "الذكرى الثالثة لطرد التنظيم منها": the change was that many years before the anniversary, which
     * is the sentence's own date if it has one, else the day of publication; give or take a week.
     */
    private static DateMention anniversary(Reading r, TriggerHit t, Sentence s, int years) {
        LocalDate pub = r.article.published();
        LocalDate day = pub;
        for (DateMention d : r.dates.get(s.index())) {
            if (d.date() != null) {
                day = d.date();
                break;
            }
        }
        day = day.minusYears(years);
        return DateMention.window(t.start(), t.end(), day.minusDays(7), day.plusDays(7), pub).withDate(day);
    }

    private static boolean opensWithSince(Reading r, DateMention d) {
        return r.words.is(SINCE, stripConj(r.text.token(d.startToken()).text()))
                || d.startToken() > 0 && r.words.is(SINCE, stripConj(r.text.token(d.startToken() - 1).text()));
    }

    /** Nothing but the trigger's object (places, cues, actors, prepositions, منذ) between two tokens. */
    private static boolean onlyObjectBetween(Reading r, int from, int to) {
        for (int k = from; k < to; k++) {
            Label l = r.label[k];
            if (l == Label.PLACE || l == Label.CUE || l == Label.ACTOR || l == Label.ANAPHOR) continue;
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(PREPOSITION, w) || r.words.is(SINCE, w)) continue;
            return false;
        }
        return true;
    }

    /**
     * "A عقب استيلائها على الكتيبة يوم 10/12": A came right after a dated event. When that date is
     * recent (within a week of publication) it is A's lower bound; an older one ("جاءت عقب
     * استعادة النظام للمدينة في آذار") says nothing about when A happened.
     */
    private static DateMention recentAfterConnector(Reading r, TriggerHit t, Sentence s) {
        LocalDate pub = r.article.published();
        if (pub == null) return null;
        for (DateMention d : r.dates.get(s.index())) {
            if (d.startToken() < t.end() || d.startToken() - t.end() > 25 || d.date() == null) continue;
            if (r.crossesMarker(t.end(), d.startToken(), Lexicon.Marker.CONTRAST)) continue;
            if (!crossesAfterConnector(r, t.end(), d.startToken())) continue;
            if (d.max().isAfter(pub) || d.max().isBefore(pub.minusDays(7))) continue;
            return DateMention.window(d.startToken(), d.endToken(), d.min(), pub, pub).withDate(d.date());
        }
        return null;
    }

    /** How far back a change told after بعد in a dated statement may lie: the window of a recent change. */
    private static final int BEFORE_STATEMENT_DAYS = 30;

    /** بعد انتزاع, إثر سيطرتها, بعد أن سيطرت: the trigger is what بعد, إثر or عقب governs. */
    private static boolean objectOfAfter(Reading r, TriggerHit t) {
        for (int k = t.start() - 1; k >= Math.max(0, t.start() - 2); k--) {
            if (afterConnectorAt(r, k)) return true;
            if (k == t.start() - 1 && !r.text.token(k).text().equals(THAT)) return false;
        }
        return false;
    }

    private static final String THAT = "ان";

    private static boolean crossesAfterConnector(Reading r, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) if (afterConnectorAt(r, k)) return true;
        return false;
    }

    /** بعد, إثر, عقب read as a temporal marker at token {@code k}. */
    private static boolean afterConnectorAt(Reading r, int k) {
        return r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.TEMPORAL
                && r.words.is(AFTER_CONNECTOR, stripConj(r.text.token(k).text()));
    }

    /**
     * A relative pronoun and a verb of being (was) between two tokens, with no comma after them: the
     * clause tells what a place was ("التي كانت مهد الاحتجاجات في مارس 2011"). A relative that tells
     * a change again ("تدمر التي استعيدت في آذار 2016") keeps its date for the trigger.
     */
    private static boolean stateRelativeBetween(Reading r, int from, int to) {
        for (int k = Math.max(0, from); k + 1 < Math.min(to, r.n); k++) {
            if (!r.words.is(RELATIVE, stripConj(r.text.token(k).text())) || !r.words.is(WAS, r.text.token(k + 1).text())) continue;
            if (!commaBetween(r, k + 1, to)) return true;
        }
        return false;
    }

    private static boolean commaBetween(Reading r, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < r.n; k++) if (r.text.token(k).sepBefore() == org.saytara.text.Sep.COMMA) return true;
        return false;
    }

    private static boolean crosses(Reading r, int from, int to, boolean temporalToo) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) {
            if (r.label[k] != Label.MARKER) continue;
            Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
            if (m == Lexicon.Marker.CONTRAST) return true;
            if (temporalToo && m == Lexicon.Marker.TEMPORAL) return true;
        }
        return false;
    }
}
