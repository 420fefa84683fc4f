package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.ADVERB;
import static org.saytara.extract.Words.WordSet.BY;
import static org.saytara.extract.Words.WordSet.FIGHTER_NOUN;
import static org.saytara.extract.Words.WordSet.FROM;
import static org.saytara.extract.Words.WordSet.LOSER_HOLD;
import static org.saytara.extract.Words.WordSet.SO_CALLED;
import static org.saytara.extract.Words.WordSet.GAINER_BEFORE_L;
import static org.saytara.extract.Words.WordSet.GAINER_MARKER;
import static org.saytara.extract.Words.WordSet.GROUP_OF;
import static org.saytara.extract.Words.WordSet.NOUN_CONTEXT;
import static org.saytara.extract.Words.WordSet.PREPOSITION;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.COMBATANT;
import static org.saytara.extract.Words.WordSet.QUANTITY;
import static org.saytara.extract.Words.WordSet.WAS;
import static org.saytara.extract.Words.stripConj;

import org.saytara.text.Clitics;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;

/**
 * Rule 5: who acts on a trigger (the agent) and who gains or loses the place: the actor right
 * after the verb or masdar, else the last actor before it, or one marked by بيد, لصالح, من قبل.
 */
final class Roles {
    private Roles() {}

    /**
     * Who does what the trigger says: the actor right after it (not one behind ل or ب), one after
     * من قبل, else the last one before it.
     */
    static Lexicon.Actor agent(Reading r, TriggerHit t, Sentence s) {
        if (!t.trigger().verb() && t.pronoun() != null && !t.trigger().has(Lexicon.Role.FALL)) return agentBefore(r, t, s);
        // "الاحتلال التركي لعفرين", "السيطرة الروسية على": a nationality adjective on the masdar names who acts
        if (!t.trigger().verb() && t.end() < s.endToken() && r.label[t.end()] == Label.NONE) {
            Lexicon.Actor nation = r.patterns.nationality(r.text.token(t.end()).text());
            if (nation != null) return nation;
        }
        ActorHit after = actorAfter(r, t, s, 2);
        if (after != null && !after.prefix().contains(Clitics.LI) && !after.prefix().contains(Clitics.BI)) return after.actor();
        Lexicon.Actor byAgent = actorAfterWord(r, t.end(), s, BY);
        if (byAgent != null) return byAgent;
        return agentBefore(r, t, s);
    }

    /**
     * The actor a pronoun on the trigger stands for: the last actor named before it in its sentence,
     * acting or not ("في المعارك ضد مسلحي المعارضة وطردهم منها": them, the opposition's fighters).
     */
    static Lexicon.Actor pronounActor(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.CONTRAST) return null;
            if (r.label[k] == Label.ACTOR) return r.actors.get(r.itemAt[k]).actor();
        }
        return null;
    }

    /**
     * An actor right after a masdar of fighting: the attacker (هجوم داعش). One after a masdar of
     * taking (سيطرة الجيش السوري على … بعد استعادة بلدتي الأشعري وبيت سوا) did both.
     */
    private static boolean genitiveOfMasdar(Reading r, ActorHit a) {
        int k = a.start() - 1;
        if (k < 0 || r.label[k] != Label.TRIGGER || r.text.token(a.start()).sepBefore() != Sep.NONE) return false;
        Lexicon.Trigger other = r.triggers.get(r.itemAt[k]).trigger();
        return !other.verb() && other.kind() == EventKind.CONTESTED;
    }

    /** The last acting (not affiliated) actor before the trigger in its sentence. */
    static Lexicon.Actor agentBefore(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.CONTRAST) return null;
            // "… التي انسحب منها": a relative clause has its own, unnamed subject
            if (r.words.is(RELATIVE, stripConj(r.text.token(k).text()))) {
                // "التنظيم الذي سيطر عليها": the relative pronoun hangs on the actor, who acts
                if (k > 0 && r.label[k - 1] == Label.ACTOR) {
                    ActorHit a = r.actors.get(r.itemAt[k - 1]);
                    if (!a.affiliated()) return a.actor();
                    // "مقاتلي الجيش الحر المدعوم من تركيا الذين اجتاحوا عفرين": the relative hangs on the
                    // group its backer is named after
                    return groupBeforeBacker(r, a, s);
                }
                return null;
            }
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                // "ويعد هجوم داعش الأعنف منذ استعادة مدينتي البوكمال والميادين": the actor of another
                // masdar (its genitive) is not the agent of a masdar in a time clause after it
                if (genitiveOfMasdar(r, a) && !t.trigger().verb() && t.pronoun() == null && inTemporalClause(r, t, s)) {
                    k = a.start();
                    continue;
                }
                // "تم القضاء على أعداد من مسلحي تنظيم داعش، مما أدى إلى إحكام السيطرة": an actor behind a
                // preposition is acted upon; the one who took the place stands further back
                boolean acted = t.trigger().kind() == EventKind.CAPTURE && !t.trigger().verb() && oblique(r, a);
                if (!a.affiliated() && !acted && !expelled(r, a, t)) return a.actor();
                k = a.start();
            }
        }
        return null;
    }

    /**
     * "بدأت قسد العملية لطرد فلول تنظيم الدولة من هجين … بعد تطهير بلدتي باغوز ودشيشة": the actor an
     * earlier expulsion drives out (right after طرد, or after one word for its fighters or remnants)
     * is the loser there, so it does not take a later place of the sentence.
     */
    private static boolean expelled(Reading r, ActorHit a, TriggerHit later) {
        // "طردت القوات مقاتلي التنظيم من أحياء تدمر بعد يومين من دخولهم إليها": a pronoun on the later
        // word stands for the group just named, the expelled one
        if (later.pronoun() != null) return false;
        int k = a.start() - 1;
        // as written too: فلول begins with ف, which is its own letter here
        if (k >= 0 && r.label[k] != Label.TRIGGER && (r.words.is(FIGHTER_NOUN, r.text.token(k).text())
                || r.words.is(FIGHTER_NOUN, stripConj(r.text.token(k).text())))) k--;
        if (k < 0 || r.label[k] != Label.TRIGGER) return false;
        TriggerHit t = r.triggers.get(r.itemAt[k]);
        return t != later && t.trigger().has(Lexicon.Role.EXPEL);
    }

    /** The actor at most four words before a backer (الجيش الحر المعارض المدعوم من تركيا), or null. */
    private static Lexicon.Actor groupBeforeBacker(Reading r, ActorHit backer, Sentence s) {
        for (int k = backer.start() - 1; k >= Math.max(s.firstToken(), backer.start() - 5); k--) {
            // the group itself, even when a word before it (مقاتلي) marks it as only named
            if (r.label[k] == Label.ACTOR) return r.actors.get(r.itemAt[k]).actor();
        }
        return null;
    }

    /**
     * An actor behind ب or ل on its own word, or behind a preposition, possibly with a word for its
     * fighters between (من مسلحي تنظيم داعش, fighter-noun): not the one acting.
     */
    private static boolean oblique(Reading r, ActorHit a) {
        if (a.prefix().contains(Clitics.BI) || a.prefix().endsWith(Clitics.LI)) return true;
        int k = a.start() - 1;
        if (k >= 0 && r.words.is(FIGHTER_NOUN, stripConj(r.text.token(k).text()))) k--;
        return k >= 0 && r.words.is(PREPOSITION, stripConj(r.text.token(k).text()));
    }

    /** The next acting actor after token {@code from} in its clause, before من, a place or a trigger. */
    static Lexicon.Actor nextActor(Reading r, int from, Sentence s) {
        for (int k = from; k < Math.min(s.endToken(), from + 12); k++) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.TRIGGER) return null;
            if (r.words.is(FROM, stripConj(r.text.token(k).text()))) return null;
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (!a.affiliated()) return a.actor();
                k = a.end() - 1;
            }
        }
        return null;
    }

    /**
     * The actor right after a trigger: سيطر التنظيم, سيطرة التنظيم. Only a date or an adverb may
     * stand between; any other word means the actor belongs to a later verb.
     */
    /**
     * "استعادة مدينة الرقة، التي كانت معقلا لتنظيم داعش": an actor in a relative clause of what the
     * place was (a relative pronoun and a verb of being right after the object) held it before; or null.
     */
    static Lexicon.Actor formerHolder(Reading r, int objectEnd, Sentence s) {
        int k = objectEnd;
        if (k + 1 >= s.endToken() || !r.words.is(RELATIVE, stripConj(r.text.token(k).text()))
                || !r.words.is(WAS, r.text.token(k + 1).text())) {
            return null;
        }
        for (int j = k + 2; j < Math.min(s.endToken(), k + 2 + FORMER_HOLDER_REACH); j++) {
            if (j > k + 2 && r.text.token(j).sepBefore() != Sep.NONE) return null;
            if (r.label[j] == Label.TRIGGER || r.label[j] == Label.PLACE) return null;
            if (r.label[j] == Label.ACTOR) return r.actors.get(r.itemAt[j]).actor();
        }
        return null;
    }

    /** How many words after "التي كانت" the former holder may come (معقلا رئيسيا لتنظيم داعش). */
    private static final int FORMER_HOLDER_REACH = 4;

    /**
     * "كما خرج بموجبه، الأحد، مئات المقاتلين والمدنيين من مدينة درعا": a verb whose subject, right
     * after it, is fighters the registry does not name. The sentence names its own subject, so no
     * actor of an earlier sentence is carried onto it.
     */
    static boolean unnamedFightersAfter(Reading r, TriggerHit t, Sentence s) {
        if (!t.trigger().verb() || t.pronoun() != null) return false;
        Sentence sent = r.text.sentenceOf(t.start());
        int words = 0;
        for (int k = t.end(); k < s.endToken() && words < UNNAMED_SUBJECT_REACH; k++) {
            DateMention d = r.dateAt(sent, k);
            if (d != null) {
                k = d.endToken() - 1;
                continue;
            }
            if (r.label[k] != Label.NONE) return false;
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(COMBATANT, w)) return true;
            if (!r.words.is(QUANTITY, w)) words++;
        }
        return false;
    }

    /** How many plain words (not dates or counts) may stand between a verb and the fighters who are its subject. */
    private static final int UNNAMED_SUBJECT_REACH = 3;

    static ActorHit actorAfter(Reading r, TriggerHit t, Sentence s, int reach) {
        Sentence sent = r.text.sentenceOf(t.start());
        int k = t.end();
        int skipped = 0;
        while (k < s.endToken() && skipped < reach) {
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                return a.affiliated() ? null : a;
            }
            DateMention d = r.dateAt(sent, k);
            if (d != null) {
                k = d.endToken();
                skipped++;
                continue;
            }
            // "سيطر ائتلاف من القوات الإيرانية والعراقية والسورية على": a coalition of the actor after من
            if (r.words.is(GROUP_OF, stripConj(r.text.token(k).text())) && k + 2 < s.endToken()
                    && r.words.is(FROM, r.text.token(k + 1).text()) && r.label[k + 2] == Label.ACTOR) {
                k += 2;
                continue;
            }
            // "انسحب مقاتلو جيش الإسلام من دوما": the fighters of the actor after them
            if (k + 1 < s.endToken() && r.label[k + 1] == Label.ACTOR && r.words.is(FIGHTER_NOUN, stripConj(r.text.token(k).text()))) {
                k++;
                continue;
            }
            // سيطر عليها تنظيم داعش: the object pronoun may come before the subject
            if (r.words.is(ADVERB, stripConj(r.text.token(k).text())) || r.label[k] == Label.ANAPHOR && k == t.end()) {
                k++;
                skipped++;
                continue;
            }
            return null;
        }
        return null;
    }

    /**
     * طرده is "he expelled him" or "his expulsion"; after a preposition or بعد without أن it is the
     * noun (بعد طرده من المدينة), after بعد أن the verb (بعد أن طرده النظام منها).
     */
    static boolean nounContext(Reading r, int at) {
        if (at == 0) return false;
        String w = stripConj(r.text.token(at - 1).text());
        return r.words.is(PREPOSITION, w) || r.words.is(NOUN_CONTEXT, w) || afterMasdar(r, at);
    }

    /**
     * "في قتال تنظيم الدولة وطرده من حلب": a word joined by و to a masdar of the same clause
     * (within a few words, no comma) is a masdar too.
     */
    private static boolean afterMasdar(Reading r, int at) {
        if (!r.text.token(at).text().startsWith(Clitics.WA)) return false;
        for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
            Sep sep = r.text.token(k + 1).sepBefore();
            if (sep == Sep.COMMA || sep == Sep.STOP || sep == Sep.COLON) return false;
            if (r.label[k] == Label.TRIGGER) return !r.triggers.get(r.itemAt[k]).trigger().verb();
        }
        return false;
    }

    /** "… التي فخخها المسلحون قبل انسحابهم": the trigger sits in a relative clause with its own subject. */
    static boolean insideRelativeClause(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 8); k--) {
            if (r.label[k] == Label.ACTOR || r.label[k] == Label.TRIGGER) return false;
            if (r.words.is(RELATIVE, stripConj(r.text.token(k).text()))) return true;
            if (r.text.token(k).sepBefore() == Sep.COMMA) return false;
        }
        return false;
    }

    /**
     * "أعلنت وسائل إعلام النظام استعادة مهين": when a side's own media announce a capture and the
     * sentence names no one else, that side is the one that took it.
     */
    static Lexicon.Actor speakerSide(Reading r, TriggerHit t, Sentence s, Lexicon lex) {
        String side = null;
        for (SourceHit h : r.sources) {
            if (!s.contains(h.start()) || h.start() >= t.start()) continue;
            if (h.voice().equals("independent")) return null;
            if (side != null && !side.equals(h.voice())) return null;
            side = h.voice();
        }
        if (side != null) return lex.profile.sides().byCode(side).map(lex::representative).orElse(null);
        return announcer(r, t, s);
    }

    /**
     * "وقال الجيش السوري في بيان إن البلدات التي تمت استعادتها …": a passive or agentless change a
     * fighting side announces itself: the actor right after the speech verb before the trigger.
     */
    private static Lexicon.Actor announcer(Reading r, TriggerHit t, Sentence s) {
        for (MarkerHit m : r.markers) {
            if (m.marker() != Lexicon.Marker.SPEECH || !s.contains(m.start()) || m.start() >= t.start()) continue;
            int k = m.end();
            if (k < t.start() && r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (!a.affiliated() && a.actor().side() != null) return a.actor();
            }
        }
        return null;
    }

    /** A second actor right after the first (طرد النظام التنظيم من المدينة). */
    static ActorHit actorAfterActor(Reading r, ActorHit first, Sentence s) {
        int k = first.end();
        if (k < s.endToken() && r.label[k] == Label.ACTOR) return r.actors.get(r.itemAt[k]);
        return null;
    }

    /**
     * The actor right after a word of a set, within six words (من تنظيم داعش, من قبل التنظيم): من
     * may stand before the word, so the set's word may be the seventh.
     */
    static Lexicon.Actor actorAfterWord(Reading r, int from, Sentence s, Words.WordSet set) {
        for (int k = from; k < Math.min(s.endToken(), from + 6); k++) {
            String w = r.text.token(k).text();
            if (r.words.is(set, stripConj(w)) && k + 1 < s.endToken() && r.label[k + 1] == Label.ACTOR) {
                return r.actors.get(r.itemAt[k + 1]).actor();
            }
            // "انتزعتها من سيطرة (ما يسمى ب)تنظيم الدولة": from whose hold
            if (set == FROM && r.words.is(FROM, stripConj(w))) {
                int j = afterLoserHold(r, k + 1, s);
                if (j > k + 1 && j < s.endToken() && r.label[j] == Label.ACTOR) return r.actors.get(r.itemAt[j]).actor();
            }
            if (set != FROM && r.words.is(FROM, w) && k + 2 < s.endToken() && r.words.is(set, r.text.token(k + 1).text())
                    && r.label[k + 2] == Label.ACTOR) {
                return r.actors.get(r.itemAt[k + 2]).actor();
            }
        }
        return null;
    }

    /**
     * The token after a word of holding that follows من (loser-hold: من سيطرة, من قبضة) and any
     * so-called words (ما يسمى), or {@code at} itself when there is none.
     */
    static int afterLoserHold(Reading r, int at, Sentence s) {
        if (at >= s.endToken() || !r.words.is(LOSER_HOLD, r.text.token(at).text())) return at;
        int j = at + 1;
        while (j < Math.min(s.endToken(), at + 4) && r.label[j] != Label.ACTOR && r.words.is(SO_CALLED, r.text.token(j).text())) j++;
        return j;
    }

    /**
     * "… بلدات عربين وزملكا من مقاتلي فيلق الرحمن": the actor right after من (a word for its
     * fighters may stand between), at most two words after {@code from}, or null.
     */
    static Lexicon.Actor actorAfterFrom(Reading r, int from, Sentence s) {
        for (int k = from; k < Math.min(s.endToken(), from + 2); k++) {
            if (!r.words.is(FROM, stripConj(r.text.token(k).text()))) continue;
            int j = k + 1;
            if (j < s.endToken() && r.label[j] != Label.ACTOR && r.words.is(FIGHTER_NOUN, r.text.token(j).text())) j++;
            if (j < s.endToken() && r.label[j] == Label.ACTOR) return r.actors.get(r.itemAt[j]).actor();
            return null;
        }
        return null;
    }

    static Lexicon.Actor actorWithPrefix(Reading r, int from, int to, String prefix) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (a.prefix().endsWith(prefix)) return a.actor();
                k = a.end() - 1;
            }
        }
        return null;
    }

    /** بيد التنظيم, لصالح قوات النظام: the gainer of a fall or a withdrawal, when named. */
    static Lexicon.Actor gainerMarked(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.end(); k < Math.min(s.endToken(), t.end() + 8); k++) {
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(GAINER_MARKER, w)) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 3); j++) {
                    if (r.label[j] == Label.ACTOR) return r.actors.get(r.itemAt[j]).actor();
                }
            }
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (a.prefix().endsWith(Clitics.LI) && k > t.end() && r.words.is(GAINER_BEFORE_L, stripConj(r.text.token(k - 1).text()))) {
                    return a.actor();
                }
            }
        }
        return null;
    }

    /**
     * A trigger right after بعد, عقب, قبل, إثر (within the temporal marker's reach, markers.tsv, with
     * no trigger between): a subordinate, earlier event.
     */
    /**
     * "وبعد أن اجتاحت مدينة عفرين في شمال سوريا الشهر الماضي، هددت تركيا": the subject of the main
     * clause after a time clause that opens the sentence, right after its verb; null when the clause
     * does not open the sentence or the main clause names no actor there.
     */
    static Lexicon.Actor mainClauseSubject(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.TEMPORAL) {
                // the time word opens the sentence (after و at most one word: وبعد أن)
                if (k - s.firstToken() > 1) return null;
                break;
            }
            if (k == s.firstToken()) return null;
        }
        for (int k = t.end(); k < s.endToken(); k++) {
            if (r.label[k] == Label.TRIGGER || r.label[k] == Label.MARKER && k > t.end()
                    && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.TEMPORAL) {
                return null;
            }
            if (r.text.token(k).sepBefore() != Sep.COMMA) continue;
            // the main clause: its verb, then the subject
            int subject = k + 1;
            if (subject < s.endToken() && r.label[subject] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[subject]);
                return a.affiliated() ? null : a.actor();
            }
            return null;
        }
        return null;
    }

    static boolean inTemporalClause(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.TRIGGER) return false;
            if (r.label[k] == Label.MARKER) {
                MarkerHit m = r.markers.get(r.itemAt[k]);
                if (m.marker() == Lexicon.Marker.TEMPORAL && t.start() - 1 - k <= m.reach().words()) return true;
            }
        }
        return false;
    }
}
