package org.saytara.extract;

import static org.saytara.extract.Words.ADVERBS;
import static org.saytara.extract.Words.PREPOSITIONS;
import static org.saytara.extract.Words.RELATIVE;
import static org.saytara.extract.Words.stripConj;

import java.util.Set;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;

/**
 * Rule 5: who acts on a trigger (the agent) and who gains or loses the place: the actor right
 * after the verb or masdar, else the last actor before it, or one marked by بيد, لصالح, من قبل.
 */
final class Roles {
    private Roles() {}

    private static final Set<String> GAINER_MARKERS = Set.of("بيد", "بايدي", "يد", "لصالح", "قبضه", "بقبضه");

    /**
     * Who does what the trigger says: the actor right after it (not one behind ل or ب), one after
     * من قبل, else the last one before it.
     */
    static Lexicon.Actor agent(Reading r, TriggerHit t, Sentence s) {
        if (!t.trigger().verb() && t.pronoun() != null && !t.trigger().has("fall")) return agentBefore(r, t, s);
        ActorHit after = actorAfter(r, t, s, 2);
        if (after != null && !after.prefix().contains("ل") && !after.prefix().contains("ب")) return after.actor();
        Lexicon.Actor byAgent = actorAfterWord(r, t.end(), s, "قبل");
        if (byAgent != null) return byAgent;
        return agentBefore(r, t, s);
    }

    /** The last acting (not affiliated) actor before the trigger in its sentence. */
    static Lexicon.Actor agentBefore(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.CONTRAST) return null;
            // "… التي انسحب منها": a relative clause has its own, unnamed subject
            if (RELATIVE.contains(stripConj(r.text.token(k).text()))) {
                // "التنظيم الذي سيطر عليها": the relative pronoun hangs on the actor, who acts
                if (k > 0 && r.label[k - 1] == Label.ACTOR) {
                    ActorHit a = r.actors.get(r.itemAt[k - 1]);
                    return a.affiliated() ? null : a.actor();
                }
                return null;
            }
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (!a.affiliated()) return a.actor();
                k = a.start();
            }
        }
        return null;
    }

    /**
     * The actor right after a trigger: سيطر التنظيم, سيطرة التنظيم. Only a date or an adverb may
     * stand between; any other word means the actor belongs to a later verb.
     */
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
            // سيطر عليها تنظيم داعش: the object pronoun may come before the subject
            if (ADVERBS.contains(stripConj(r.text.token(k).text())) || r.label[k] == Label.ANAPHOR && k == t.end()) {
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
        return PREPOSITIONS.contains(w) || w.equals("بعد") || w.equals("قبل") || w.equals("عقب") || w.equals("اثر")
                || w.equals("منذ") || w.equals("خلال");
    }

    /** "… التي فخخها المسلحون قبل انسحابهم": the trigger sits in a relative clause with its own subject. */
    static boolean insideRelativeClause(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 8); k--) {
            if (r.label[k] == Label.ACTOR || r.label[k] == Label.TRIGGER) return false;
            if (RELATIVE.contains(stripConj(r.text.token(k).text()))) return true;
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
        return side == null ? null : lex.profile.sides().byCode(side).map(lex::representative).orElse(null);
    }

    /** A second actor right after the first (طرد النظام التنظيم من المدينة). */
    static ActorHit actorAfterActor(Reading r, ActorHit first, Sentence s) {
        int k = first.end();
        if (k < s.endToken() && r.label[k] == Label.ACTOR) return r.actors.get(r.itemAt[k]);
        return null;
    }

    /** The actor right after a given word (من تنظيم داعش, من قبل التنظيم). */
    static Lexicon.Actor actorAfterWord(Reading r, int from, Sentence s, String word) {
        for (int k = from; k < Math.min(s.endToken(), from + 6); k++) {
            String w = r.text.token(k).text();
            if (stripConj(w).equals(word) && k + 1 < s.endToken() && r.label[k + 1] == Label.ACTOR) {
                return r.actors.get(r.itemAt[k + 1]).actor();
            }
            if (word.equals("قبل") && w.equals("من") && k + 2 < s.endToken() && r.text.token(k + 1).text().equals("قبل")
                    && r.label[k + 2] == Label.ACTOR) {
                return r.actors.get(r.itemAt[k + 2]).actor();
            }
            if (r.label[k] == Label.ACTOR && r.actors.get(r.itemAt[k]).prefix().endsWith("م")) {
                return r.actors.get(r.itemAt[k]).actor();
            }
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
            if (GAINER_MARKERS.contains(w) || w.equals("امام")) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 3); j++) {
                    if (r.label[j] == Label.ACTOR) return r.actors.get(r.itemAt[j]).actor();
                }
            }
            if (r.label[k] == Label.ACTOR) {
                ActorHit a = r.actors.get(r.itemAt[k]);
                if (a.prefix().endsWith("ل") && k > t.end() && (stripConj(r.text.token(k - 1).text()).equals("صالح"))) return a.actor();
            }
        }
        return null;
    }

    /** A trigger right after بعد, عقب, قبل, إثر (within four words, no trigger between): a subordinate, earlier event. */
    static boolean inTemporalClause(Reading r, TriggerHit t, Sentence s) {
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 4); k--) {
            if (r.label[k] == Label.TRIGGER) return false;
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.TEMPORAL) return true;
        }
        return false;
    }
}
