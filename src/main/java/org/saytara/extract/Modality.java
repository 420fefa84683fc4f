package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.AGAIN;
import static org.saytara.extract.Words.WordSet.ANNIVERSARY;
import static org.saytara.extract.Words.WordSet.ANNIVERSARY_ORDINAL;
import static org.saytara.extract.Words.WordSet.CONDITION_AFTER;
import static org.saytara.extract.Words.WordSet.DENIED_THING;
import static org.saytara.extract.Words.WordSet.DURATION;
import static org.saytara.extract.Words.WordSet.DURING_SPAN;
import static org.saytara.extract.Words.WordSet.FROM;
import static org.saytara.extract.Words.WordSet.ONSET;
import static org.saytara.extract.Words.WordSet.HOLDING_PRESENT;
import static org.saytara.extract.Words.WordSet.EFFORT_ON;
import static org.saytara.extract.Words.WordSet.UNTIL;
import static org.saytara.extract.Words.WordSet.UNTIL_HELPER;
import static org.saytara.extract.Words.WordSet.UNTIL_PAIR;
import static org.saytara.extract.Words.WordSet.THAT_WORD;
import static org.saytara.extract.Words.WordSet.DEMONSTRATIVE;
import static org.saytara.extract.Words.WordSet.EVACUATION;
import static org.saytara.extract.Words.WordSet.IMMINENT;
import static org.saytara.extract.Words.WordSet.NON_COMBATANT;
import static org.saytara.extract.Words.WordSet.COMBATANT;
import static org.saytara.extract.Words.WordSet.QUANTITY;
import static org.saytara.extract.Words.WordSet.LOCATIVE;
import static org.saytara.extract.Words.WordSet.ONGOING;
import static org.saytara.extract.Words.WordSet.PROSPECT_AFTER;
import static org.saytara.extract.Words.WordSet.PURPOSE_SUPPORT;
import static org.saytara.extract.Words.WordSet.REINFORCE_AFTER;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.STATUS_NOUN;
import static org.saytara.extract.Words.WordSet.TOPIC_OPENER;
import static org.saytara.extract.Words.WordSet.NARRATIVE;
import static org.saytara.extract.Words.WordSet.SUBJUNCTIVE;
import static org.saytara.extract.Words.stripConj;

import org.saytara.text.Clitics;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;

/**
 * Rule 6: what the words around a trigger make of it. A fact stands; an attempt makes it a fight
 * at most; negation, denial, rumour, intention or a future drop it. How far each marker reaches is
 * the reach column of markers.tsv, never a number here.
 */
enum Modality {
    FACT, FIGHT, DROP;

    /**
     * Drop, fight or fact, from the clitics on the trigger and the markers before it (and a
     * denial after it).
     */
    static Modality of(Reading r, TriggerHit t, Sentence s) {
        if (t.prefix().contains(Clitics.SA)) return Modality.DROP;
        if (t.trigger().has(Lexicon.Role.BARE) && t.prefix().contains(Clitics.LI)) return Modality.DROP;
        if (t.prefix().endsWith(Clitics.LI) && t.trigger().kind() == EventKind.CAPTURE && !afterReturn(r, t)
                && anniversaryYears(r, t) == 0
                && (!t.trigger().verb() || !startsPresent(r.text.token(t.start()).text(), t.prefix()))) {
            // للسيطرة على: in order to take; but عاد للسيطرة: took again, and الذكرى الثالثة لطرد: an
            // anniversary. لطرد read as a verb (ل + past tense) is the same masdar of purpose; ليدخلها is
            // the narrative's next step
            return Modality.DROP;
        }
        if (!t.trigger().verb() && nominalTopic(r, t, s)) return Modality.DROP;
        if (statusNoun(r, t) || duringSpan(r, t)) return Modality.DROP;
        if (t.trigger().kind() != EventKind.CONTESTED && nonCombatant(r, t, s)) return Modality.DROP;
        if (prospectOrCondition(r, t, s)) return Modality.DROP;
        if (imminent(r, t) || untilClause(r, t)) return Modality.DROP;
        if (t.trigger().has(Lexicon.Role.ACTOR) && reinforcement(r, t, s)) return Modality.DROP;
        if (t.trigger().kind() == EventKind.WITHDRAWAL && t.trigger().has(Lexicon.Role.ACTOR) && evacuation(r, s)) {
            return Modality.DROP;
        }
        boolean starting = onset(r, t, s);
        // "بدأ مقاتلو الفصائل في الخروج من حي الوعر": a withdrawal begun is not yet done
        if (starting && t.trigger().kind() == EventKind.WITHDRAWAL) return Modality.DROP;
        Modality result = starting ? Modality.FIGHT : Modality.FACT;
        // "تحدثت صفحات عن سيطرة التنظيم على الدوة، غير أن مصدراً نفى ذلك": denied later in the sentence
        for (int k = t.end(); k < s.endToken(); k++) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.DENIAL
                    && k + 1 < s.endToken() && r.words.is(DENIED_THING, stripConj(r.text.token(k + 1).text()))) {
                return Modality.DROP;
            }
        }
        for (int k = s.firstToken(); k < t.start(); k++) {
            if (r.label[k] != Label.MARKER) continue;
            MarkerHit m = r.markers.get(r.itemAt[k]);
            k = m.end() - 1;
            int gap = m.gapTo(t.start());
            Lexicon.Reach reach = m.reach();
            // "يحاول التنظيم منذ سيطرته على تدمر قطع الطريق": منذ/بعد open a background event of its own
            boolean shielded = m.marker() != Lexicon.Marker.TEMPORAL && r.crossesMarker(m.end(), t.start(), Lexicon.Marker.TEMPORAL);
            // "ومن شأن ذلك أن يسمح لتركيا، التي نجحت في السيطرة على عفرين، …": a relative clause in
            // commas tells a fact of its own
            shielded |= relativeAsideBetween(r, m.end(), t.start());
            // "سنضمن أن تحقق العملية هدفها بعد السيطرة على تل رفعت": after a future, what comes after
            // بعد is to come too
            if (shielded && m.marker() == Lexicon.Marker.INTENTION && future(r, m.start())) shielded = false;
            if (shielded && (m.marker() == Lexicon.Marker.ATTEMPT || m.marker() == Lexicon.Marker.INTENTION
                    || m.marker() == Lexicon.Marker.TERMS || m.marker() == Lexicon.Marker.NEGATION)) {
                continue;
            }
            switch (m.marker()) {
                case NEGATION -> { if (gap <= reach.words() && !punctuationBetween(r, m.end(), t.start())) return Modality.DROP; }
                case DENIAL, RUMOUR -> { if (gap <= reach.words()) return Modality.DROP; }
                // "يسعى التنظيم، بحسب محللين، إلى السيطرة على": the first trigger after it
                case INTENTION -> {
                    if (gap <= reach.words() || (gap <= reach.far() && !r.triggerBetween(m.end(), t.start()))) return Modality.DROP;
                }
                // "ويتضمن الاقتراح … تسليم الفصائل سلاحها … وسيطرة قوات النظام على معبر نصيب": every masdar
                // after the terms of a deal or proposal, to the end of the sentence, is what was proposed or
                // agreed, not what happened; a verb is reached as an intention's is ("اتفاق ينص على أن تنسحب")
                case TERMS -> {
                    // "ووافق جيش الإسلام على الاتفاق، وانسحب مقاتلوه": a verb after a comma and و is the next
                    // step of the narrative, not the terms
                    boolean nextClause = t.trigger().verb() && t.prefix().startsWith(Clitics.WA)
                            && r.text.token(t.start()).sepBefore() == Sep.COMMA;
                    if (!t.trigger().verb() || !nextClause
                            && (gap <= reach.words() || gap <= reach.far() && !r.triggerBetween(m.end(), t.start()))) {
                        return Modality.DROP;
                    }
                }
                // "رحب بدخول قواته", "اتهم تركيا باحتلال عفرين", "طالب بانسحاب": a stance on a change, not a report of one
                case ATTITUDE -> { if (gap <= reach.words() && !punctuationBetween(r, m.end(), t.start())) return Modality.DROP; }
                case ATTEMPT -> { if (gap <= reach.words() && !punctuationBetween(r, m.end(), t.start())) result = Modality.FIGHT; }
                // سيطرتهم reads as a verb too (سيطرت + هم); after فترة it can only be the masdar
                case DURING -> { if (gap <= reach.words()) return Modality.DROP; }
                case MAYBE -> {
                    // قد + past tense is "had already"; قد + present is "may"
                    if (gap <= reach.words() && t.trigger().verb() && startsPresent(r.text.token(t.start()).text(), t.prefix())) {
                        return Modality.DROP;
                    }
                }
                default -> { }
            }
        }
        return result;
    }

    /**
     * "دخول القوات السورية إلى عفرين يعني …", "إن دخول قوات النظام مرفوض": a masdar of change that
     * opens its sentence, or comes right after إن/أن (topic-opener), is what the sentence talks about,
     * not a report that it happened. Fighting words are exempt: "قالت إن اشتباكات دارت" reports.
     */
    private static boolean nominalTopic(Reading r, TriggerHit t, Sentence s) {
        if (t.prefix().contains(Clitics.BI) || t.prefix().contains(Clitics.LI) || t.prefix().contains(Clitics.KA)) return false;
        if (t.trigger().kind() == EventKind.CONTESTED) return false;
        if (t.start() == s.firstToken()) return true;
        if (r.words.is(TOPIC_OPENER, stripConj(r.text.token(t.start() - 1).text()))) return true;
        return t.start() - 1 == s.firstToken() && r.label[t.start() - 1] == Label.MARKER;
    }

    /**
     * "مناطق سيطرة الفصائل", "نطاق سيطرتها", "تحت سيطرتها": a word of control after an area noun
     * (status-noun) says who holds the area, not that it changed hands. سيطرتها also reads as a verb
     * (سيطرت + ها), so the form does not matter.
     */
    private static boolean statusNoun(Reading r, TriggerHit t) {
        if (t.start() == 0 || t.trigger().has(Lexicon.Role.UNDER)) return false;
        if (!t.prefix().isEmpty() && !t.prefix().equals(Clitics.WA)) return false;
        if (!t.trigger().has(Lexicon.Role.CONTROL)) return false;
        String before = stripConj(r.text.token(t.start() - 1).text());
        // "يربطها منفذ وحيد بمناطق سيطرة قوات النظام": the area noun may carry its own preposition
        return r.words.is(STATUS_NOUN, before) || r.words.is(STATUS_NOUN, Words.withoutAttached(before, Clitics.BI + Clitics.LI + Clitics.KA));
    }

    /**
     * "دخلت قافلة المساعدات", "دخول مفتشي المنظمة", "فرّ أكثر من 2500 مدني": entering or leaving by
     * people who hold no ground (non-combatant), within three words before or after, with no actor
     * between and no fighters named first ("خرج مئات المقاتلين والمدنيين" is a handover). The words of
     * a count do not use up the three.
     */
    private static boolean nonCombatant(Reading r, TriggerHit t, Sentence s) {
        int counted = 0;
        for (int k = t.end(); k < s.endToken() && counted < 3; k++) {
            Boolean who = nonCombatantAt(r, k);
            if (who != null) return who;
            if (!quantity(r, k)) counted++;
        }
        counted = 0;
        for (int k = t.start() - 1; k >= s.firstToken() && counted < 3; k--) {
            Boolean who = nonCombatantAt(r, k);
            if (who != null) return who;
            if (!quantity(r, k)) counted++;
        }
        return false;
    }

    /** True for people who hold no ground at token k, false for an actor or fighters, else null. */
    private static Boolean nonCombatantAt(Reading r, int k) {
        if (r.label[k] == Label.ACTOR) return false;
        String w = stripConj(r.text.token(k).text());
        if (r.words.is(COMBATANT, w)) return false;
        if (!r.words.is(NON_COMBATANT, w)) return null;
        // "آلاف المقاتلين": a count word is who it counts
        return k + 1 >= r.text.size() || !r.words.is(COMBATANT, stripConj(r.text.token(k + 1).text()));
    }

    private static boolean quantity(Reading r, int k) {
        String w = stripConj(r.text.token(k).text());
        return r.words.is(QUANTITY, w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** "خروج مقاتلي الفصائل من حرستا بموجب اتفاق": an evacuation under a deal, not a front that moved. */
    private static boolean evacuation(Reading r, Sentence s) {
        return r.wordBetween(EVACUATION, s.firstToken(), s.endToken());
    }

    /** "الهجوم المتوقع على إدلب" (prospect-after), "… إذا كان الهدف ردع الوحدات" (condition-after). */
    private static boolean prospectOrCondition(Reading r, TriggerHit t, Sentence s) {
        int prospect = r.words.reach(PROSPECT_AFTER), condition = r.words.reach(CONDITION_AFTER);
        for (int k = t.end(); k < Math.min(s.endToken(), t.end() + Math.max(prospect, condition)); k++) {
            String w = stripConj(r.text.token(k).text());
            if (k < t.end() + prospect && r.words.is(PROSPECT_AFTER, w)) return true;
            if (k < t.end() + condition && r.words.is(CONDITION_AFTER, w)) return true;
        }
        return false;
    }

    /**
     * "دخلت قوات شعبية إلى عفرين لدعم الأهالي في صد الهجوم التركي": an entering whose purpose
     * (reinforce-after, within its reach, in the sentence) is to support the holder, not a capture.
     */
    private static boolean reinforcement(Reading r, TriggerHit t, Sentence s) {
        return r.wordBetween(REINFORCE_AFTER, t.end(), Math.min(s.endToken(), t.end() + r.words.reach(REINFORCE_AFTER)));
    }

    /**
     * "قرب سيطرتها على عفرين": soon, not yet (imminent, right before the masdar); "لإحكام السيطرة على":
     * in order to (purpose-support after ل).
     */
    private static boolean imminent(Reading r, TriggerHit t) {
        // سيطرتها also reads as a verb (سيطرت + ها); after قرب or ل + masdar it can only be the masdar
        if (t.start() == 0 || !t.prefix().isEmpty() && !t.prefix().equals(Clitics.WA)) return false;
        String before = stripConj(r.text.token(t.start() - 1).text());
        if (r.words.is(IMMINENT, before)) return true;
        // "تعمل القوات على بسط سيطرتها في معرة النعمان": a support masdar after على is what they work at
        if (t.start() >= 2 && r.words.is(PURPOSE_SUPPORT, before)
                && r.words.is(EFFORT_ON, stripConj(r.text.token(t.start() - 2).text()))) {
            return true;
        }
        // "يركز عملياته لإحكام السيطرة على محيط دمشق": ل of purpose on the support masdar before it
        return before.length() > 3 && before.startsWith(Clitics.LI) && r.words.is(PURPOSE_SUPPORT, before.substring(1));
    }

    /**
     * "بدأت تلك القوات باقتحام البلدة", "بدأت في دخول المناطق": a capture masdar right after a verb
     * of starting (onset), with only the actor, a date or في between, is under way, not done; so is a
     * withdrawal begun (بدأ المقاتلون في الخروج, بدء خروج المقاتلين).
     */
    private static boolean onset(Reading r, TriggerHit t, Sentence s) {
        if (t.trigger().verb() || t.trigger().kind() != EventKind.CAPTURE && t.trigger().kind() != EventKind.WITHDRAWAL) return false;
        int plain = 0;
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 6); k--) {
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(ONSET, w)) return true;
            if (r.text.token(k + 1).sepBefore() == Sep.COMMA) return onsetBeforeAside(r, s, k);
            if (r.label[k] == Label.TRIGGER || r.label[k] == Label.PLACE) return false;
            if (r.label[k] == Label.ACTOR || r.dateAt(s, k) != null || r.words.is(LOCATIVE, w) || r.words.is(DEMONSTRATIVE, w)) continue;
            // "تلك القوات": a force noun the actor list does not name
            if (++plain > 1) return false;
        }
        return false;
    }

    /**
     * "شرع، بالتعاون مع الجيش التركي، في اقتحام بلدة راجو": an aside in commas, ending at token
     * {@code last}, between the verb of starting and its masdar (no trigger or place inside it).
     */
    private static boolean onsetBeforeAside(Reading r, Sentence s, int last) {
        for (int k = last; k >= Math.max(s.firstToken() + 1, last - 6); k--) {
            if (r.label[k] == Label.TRIGGER || r.label[k] == Label.PLACE) return false;
            if (r.text.token(k).sepBefore() == Sep.COMMA) return r.words.is(ONSET, stripConj(r.text.token(k - 1).text()));
        }
        return false;
    }

    /**
     * "سيستمر في العمليات إلى أن يجري تطهير منبج": after until (حتى, إلى أن) a present-tense verb,
     * or a helper verb and a masdar, is what is to come. A past verb after it (حتى سيطرت) or a bare
     * masdar (استمرت المعارك حتى سيطرة الجيش) may tell the end of a past fight, so they are left.
     */
    private static boolean untilClause(Reading r, TriggerHit t) {
        int k = t.start() - 1;
        if (!t.trigger().verb() || !startsPresent(r.text.token(t.start()).text(), t.prefix())) {
            // a masdar: only with a helper verb between
            if (t.trigger().verb() || k < 1 || !r.words.is(UNTIL_HELPER, stripConj(r.text.token(k).text()))) return false;
            k--;
        }
        if (k < 0) return false;
        String w = stripConj(r.text.token(k).text());
        if (r.words.is(UNTIL, w)) return true;
        // "طلبت روسيا أن يتم إخراج الخوذ البيضاء من إدلب": أن, a helper and a masdar is what is asked
        // or due; after a time word (بعد أن تم، قبل أن يتم) it is the narrative
        if (!t.trigger().verb() && r.words.is(THAT_WORD, w)
                && (k == 0 || r.label[k - 1] != Label.MARKER || r.markers.get(r.itemAt[k - 1]).marker() != Lexicon.Marker.TEMPORAL)) {
            return true;
        }
        return k >= 1 && r.words.is(THAT_WORD, w) && r.words.is(UNTIL_PAIR, stripConj(r.text.token(k - 1).text()));
    }

    /**
     * "خلال أكثر من 3 أعوام من سيطرته على المدينة": a span of time (during-span, a duration word,
     * then من) right before a word of control is how long a place was held, not a change.
     */
    private static boolean duringSpan(Reading r, TriggerHit t) {
        if (!t.trigger().has(Lexicon.Role.CONTROL) || t.start() < 3) return false;
        if (!r.words.is(FROM, stripConj(r.text.token(t.start() - 1).text()))) return false;
        boolean duration = false;
        for (int k = t.start() - 2; k >= Math.max(0, t.start() - 7); k--) {
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(DURING_SPAN, w)) return duration;
            if (r.words.is(DURATION, w)) duration = true;
            if (r.label[k] == Label.TRIGGER || r.label[k] == Label.ACTOR || r.label[k] == Label.PLACE) return false;
        }
        return false;
    }

    /**
     * "الذكرى الثالثة لطرد التنظيم منها": how many years before the anniversary the change was (an
     * anniversary word, then an ordinal of anniversary-ordinal, or none for the first), or 0.
     */
    static int anniversaryYears(Reading r, TriggerHit t) {
        if (t.start() < 1) return 0;
        int k = t.start() - 1;
        String w = stripConj(r.text.token(k).text());
        int n = r.words.count(ANNIVERSARY_ORDINAL, w);
        if (n > 0 && k >= 1 && r.words.is(ANNIVERSARY, stripConj(r.text.token(k - 1).text()))) return n;
        return r.words.is(ANNIVERSARY, w) ? 1 : 0;
    }

    /**
     * A fight told as now: a date in its sentence, a verb of ongoing fighting (ongoing), or a verb
     * trigger of its own (اشتبك). "قبل أن يخسروا معركة الرقة" names a past fight, not a front.
     */
    static boolean current(Reading r, TriggerHit t, Sentence s) {
        if (t.trigger().verb()) return true;
        if (r.dates.size() > s.index() && !r.dates.get(s.index()).isEmpty()) return true;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (r.words.is(ONGOING, stripConj(r.text.token(k).text()))) return true;
        }
        return false;
    }

    /** سوف, or a present verb with the future's س on it (سنضمن, سيتم): the marker word is a future. */
    private static boolean future(Reading r, int at) {
        String w = stripConj(r.text.token(at).text());
        return w.equals(FUTURE_WORD) || w.startsWith(Clitics.SA) && startsPresent(w, Clitics.SA);
    }

    private static final String FUTURE_WORD = "سوف";

    private static boolean startsPresent(String word, String prefix) {
        String w = word.substring(Math.min(prefix.length(), word.length()));
        return !w.isEmpty() && Clitics.PRESENT_PREFIXES.indexOf(w.charAt(0)) >= 0;
    }

    /**
     * "آخر مدينة يسيطر عليها التنظيم": a present-tense verb tells who holds a place now. In a
     * narrative ("ليواصل تقدمه ويسيطر على", "ليدخل ويسيطر") it is an event.
     */
    static boolean isStateVerb(Reading r, TriggerHit t) {
        // سيطرتها also reads as a verb (سيطرت + ها): after a verb of holding it is the masdar
        int verbAt = t.trigger().verb() && startsPresent(r.text.token(t.start()).text(), t.prefix())
                ? t.start() : holdingVerbBefore(r, t);
        if (verbAt < 0) return false;
        if (t.prefix().contains(Clitics.LI) || t.trigger().has(Lexicon.Role.FALL)) return false;
        Sentence s = r.text.sentenceOf(t.start());
        // "قبل أن تستعيده": after أن, لن, كي, حتى the verb is a subjunctive of the narrative
        if (verbAt > 0) {
            String prev = stripConj(r.text.token(verbAt - 1).text());
            if (r.words.is(SUBJUNCTIVE, prev)) return false;
        }
        for (int k = Math.max(s.firstToken(), verbAt - 1 - r.words.reach(NARRATIVE)); k < verbAt; k++) {
            String w = r.text.token(k).text();
            if (w.startsWith(Clitics.LI) && r.label[k] == Label.TRIGGER) return false;
            // ليواصل, لتسيطر: ل of purpose on a present-tense verb carries the narrative on
            if (w.length() > 1 && w.startsWith(Clitics.LI) && Clitics.THIRD_PERSON_PRESENT.indexOf(w.charAt(1)) >= 0) return false;
            if (r.words.is(NARRATIVE, w) || r.words.is(NARRATIVE, stripConj(w))) return false;
        }
        return true;
    }

    /**
     * "حيث تفرض قوات النظام سيطرتها": the present-tense verb of holding (holding-present) before a
     * masdar of control, with at most the actor's three words between; its token, or -1.
     */
    private static int holdingVerbBefore(Reading r, TriggerHit t) {
        if (t.trigger().kind() != EventKind.CAPTURE || !t.prefix().isEmpty()) return -1;
        Sentence s = r.text.sentenceOf(t.start());
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 4); k--) {
            if (!r.text.token(k + 1).sepBefore().insidePhrase()) return -1;
            if (r.words.is(HOLDING_PRESENT, stripConj(r.text.token(k).text()))) return k;
            if (r.label[k] == Label.TRIGGER || r.label[k] == Label.PLACE || r.label[k] == Label.MARKER) return -1;
        }
        return -1;
    }

    /** A relative pronoun right after a comma between two tokens: an aside with a subject of its own. */
    private static boolean relativeAsideBetween(Reading r, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, r.n); k++) {
            if (r.text.token(k).sepBefore() == Sep.COMMA && r.words.is(RELATIVE, stripConj(r.text.token(k).text()))) return true;
        }
        return false;
    }

    private static boolean punctuationBetween(Reading r, int from, int to) {
        for (int k = from; k <= to && k < r.n; k++) {
            Sep sep = r.text.token(k).sepBefore();
            if (sep == Sep.COMMA || sep == Sep.STOP || sep == Sep.COLON) return true;
        }
        return false;
    }

    private static boolean afterReturn(Reading r, TriggerHit t) {
        return r.wordBetween(AGAIN, t.start() - 1 - r.words.reach(AGAIN), t.start());
    }

    /** An air marker within its reach (markers.tsv) of the trigger's first word, before or after it. */
    static boolean nearAir(Reading r, TriggerHit t, Sentence s) {
        for (MarkerHit m : r.markers) {
            if (m.marker() != Lexicon.Marker.AIR || !s.contains(m.start())) continue;
            int reach = m.reach().words();
            if (m.start() <= t.start() + reach && m.end() - 1 >= t.start() - reach) return true;
        }
        return false;
    }
}
