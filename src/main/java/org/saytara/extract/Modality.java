package org.saytara.extract;

import static org.saytara.extract.Words.stripConj;

import java.util.Set;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;

/**
 * Rule 6: what the words around a trigger make of it. A fact stands; an attempt makes it a fight
 * at most; negation, denial, rumour, intention or a future drop it.
 */
enum Modality {
    FACT, FIGHT, DROP;

    /** What a later denial points back at: نفى ذلك, نفت هذه الأنباء, نفى الخبر. */
    private static final Set<String> DENIED_THING = Set.of("ذلك", "هذا", "هذه", "الخبر", "الانباء", "ذلكم", "صحه");

    /**
     * Drop, fight or fact, from the clitics on the trigger and the markers before it (and a
     * denial after it).
     */
    static Modality of(Reading r, TriggerHit t, Sentence s) {
        if (t.prefix().contains("س")) return Modality.DROP;
        if (t.trigger().has("bare") && t.prefix().contains("ل")) return Modality.DROP;
        if (!t.trigger().verb() && t.prefix().endsWith("ل") && t.trigger().kind() == EventKind.CAPTURE
                && !afterReturn(r, t)) {
            return Modality.DROP; // للسيطرة على: in order to take; but عاد للسيطرة: took again
        }
        Modality result = Modality.FACT;
        // "تحدثت صفحات عن سيطرة التنظيم على الدوة، غير أن مصدراً نفى ذلك": denied later in the sentence
        for (int k = t.end(); k < s.endToken(); k++) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.DENIAL
                    && k + 1 < s.endToken() && DENIED_THING.contains(stripConj(r.text.token(k + 1).text()))) {
                return Modality.DROP;
            }
        }
        for (int k = s.firstToken(); k < t.start(); k++) {
            if (r.label[k] != Label.MARKER) continue;
            MarkerHit m = r.markers.get(r.itemAt[k]);
            k = m.end() - 1;
            int gap = t.start() - m.end();
            // "يحاول التنظيم منذ سيطرته على تدمر قطع الطريق": منذ/بعد open a background event of its own
            boolean shielded = m.marker() != Lexicon.Marker.TEMPORAL && r.crossesMarker(m.end(), t.start(), Lexicon.Marker.TEMPORAL);
            if (shielded && (m.marker() == Lexicon.Marker.ATTEMPT || m.marker() == Lexicon.Marker.INTENTION
                    || m.marker() == Lexicon.Marker.NEGATION)) {
                continue;
            }
            switch (m.marker()) {
                case NEGATION -> { if (gap <= 4 && !punctuationBetween(r, m.end(), t.start())) return Modality.DROP; }
                case DENIAL, RUMOUR -> { return Modality.DROP; }
                // "يسعى التنظيم، بحسب محللين، إلى السيطرة على": the first trigger after it
                case INTENTION -> { if (gap <= 3 || (gap <= 12 && !r.triggerBetween(m.end(), t.start()))) return Modality.DROP; }
                case ATTEMPT -> { if (gap <= 6 && !punctuationBetween(r, m.end(), t.start())) result = Modality.FIGHT; }
                // سيطرتهم reads as a verb too (سيطرت + هم); after فترة it can only be the masdar
                case DURING -> { if (gap <= 1) return Modality.DROP; }
                case MAYBE -> {
                    // قد + past tense is "had already"; قد + present is "may"
                    if (gap <= 1 && t.trigger().verb() && startsPresent(r.text.token(t.start()).text(), t.prefix())) {
                        return Modality.DROP;
                    }
                }
                default -> { }
            }
        }
        return result;
    }

    private static boolean startsPresent(String word, String prefix) {
        String w = word.substring(Math.min(prefix.length(), word.length()));
        return !w.isEmpty() && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت' || w.charAt(0) == 'ن');
    }

    /**
     * "آخر مدينة يسيطر عليها التنظيم": a present-tense verb tells who holds a place now. In a
     * narrative ("ليواصل تقدمه ويسيطر على", "ليدخل ويسيطر") it is an event.
     */
    static boolean isStateVerb(Reading r, TriggerHit t) {
        if (!t.trigger().verb() || !startsPresent(r.text.token(t.start()).text(), t.prefix())) return false;
        if (t.prefix().contains("ل") || t.trigger().has("fall")) return false;
        Sentence s = r.text.sentenceOf(t.start());
        // "قبل أن تستعيده": after أن, لن, كي, حتى the verb is a subjunctive of the narrative
        if (t.start() > 0) {
            String prev = stripConj(r.text.token(t.start() - 1).text());
            if (prev.equals("ان") || prev.equals("لن") || prev.equals("كي") || prev.equals("حتي") || prev.equals("لكي")) return false;
        }
        for (int k = Math.max(s.firstToken(), t.start() - 8); k < t.start(); k++) {
            String w = r.text.token(k).text();
            if (w.startsWith("ل") && r.label[k] == Label.TRIGGER) return false;
            if (w.startsWith("لي") || w.startsWith("لت") || w.equals("ثم") || w.equals("بعدها")) return false;
        }
        return true;
    }

    private static boolean punctuationBetween(Reading r, int from, int to) {
        for (int k = from; k <= to && k < r.n; k++) {
            Sep sep = r.text.token(k).sepBefore();
            if (sep == Sep.COMMA || sep == Sep.STOP || sep == Sep.COLON) return true;
        }
        return false;
    }

    private static boolean afterReturn(Reading r, TriggerHit t) {
        for (int k = Math.max(0, t.start() - 3); k < t.start(); k++) {
            String w = stripConj(r.text.token(k).text());
            if (w.equals("عاد") || w.equals("عادت") || w.equals("عادوا") || w.equals("يعود") || w.equals("تعود")) return true;
        }
        return false;
    }

    static boolean nearAir(Reading r, TriggerHit t, Sentence s) {
        for (int k = Math.max(s.firstToken(), t.start() - 3); k <= Math.min(s.endToken() - 1, t.start() + 3); k++) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.AIR) return true;
        }
        return false;
    }
}
