package org.saytara.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;

/**
 * Whose side the text puts a group word or an unlisted faction on, once every token is labelled.
 * The registry's side of a named faction (جيش الإسلام, فرقة الحمزة) is never changed; these
 * general rules decide the rest, the first that applies wins:
 * <ol>
 *   <li><b>Backer.</b> An affiliation word after the group (المدعومة من, الموالية ل, التابعة ل,
 *       بدعم …, from {@code actor-rules.tsv}) and the actor or nationality it names: "الفصائل
 *       المدعومة من تركيا" fights on Turkey's side, "الميليشيات الموالية لإيران" on Iran's. A
 *       pronoun (الموالية له) names the nearest actor before the group. A backer of no side (the
 *       coalition) decides nothing. The backer is only named, not acting.</li>
 *   <li><b>Operation.</b> An operation named in the same sentence (درع الفرات, غصن الزيتون) gives
 *       its side to the group words and unlisted factions of the sentence; one named elsewhere in
 *       the article does too, when the article's named factions, operations and backed groups are
 *       mostly on the operation's side (an article about Euphrates Shield, not a round-up that
 *       also names Jaysh al-Islam in Ghouta).</li>
 *   <li><b>Company.</b> An unlisted faction (لواء X) takes the side of the named factions, group
 *       words and operations around it: those of its sentence, else those of the article, when one
 *       side has more of them than all the others together (a faction named among opposition
 *       factions is opposition).</li>
 *   <li>Otherwise an unlisted faction has no side: it acts, but makes no one the holder. One found
 *       by a word that also means something else (حركة, تجمع) needs rule 1 or 2, else it is no
 *       actor at all.</li>
 * </ol>
 * A group word none of this touches keeps its registry side (الفصائل: the opposition). Any actor
 * right after an affiliation word ("تدعمه واشنطن", "بدعم من الطيران الروسي") is a backer: named,
 * not acting.
 */
final class Allegiance {
    /** How far after a group its affiliation word may stand: "الفصائل السورية المعارضة المدعومة". */
    private static final int AFFILIATION_REACH = 3;

    private record Backer(Lexicon.Actor actor, int hit) {}

    private Allegiance() {}

    static void resolve(Reading r, Lexicon lex) {
        if (r.actors.isEmpty()) return;
        markBackers(r, lex.patterns);
        backedGroups(r, lex);
        Set<Integer> decided = new HashSet<>();
        for (int h = 0; h < r.actors.size(); h++) {
            ActorHit hit = r.actors.get(h);
            Lexicon.Actor a = hit.actor();
            if (!a.isGroup() && !a.isUnlisted()) continue;
            Backer b = backerAfter(r, h, lex.patterns);
            if (b == null) continue;
            if (b.hit() >= 0) {
                ActorHit bh = r.actors.get(b.hit());
                r.actors.set(b.hit(), new ActorHit(bh.start(), bh.end(), bh.actor(), bh.prefix(), true));
            }
            if (b.actor().side() == null) continue;
            bind(r, h, a.isGroup() ? lex.groupActorFor(b.actor()) : a.withSide(b.actor().side()));
            decided.add(h);
        }
        Map<Integer, Lexicon.Actor> operationIn = new HashMap<>();
        Map<Side, Lexicon.Actor> operations = new LinkedHashMap<>();
        for (ActorHit hit : r.actors) {
            Lexicon.Actor a = hit.actor();
            if (a.kind().equals(Actor.Kinds.OPERATION) && a.side() != null) {
                operationIn.putIfAbsent(r.text.sentenceOf(hit.start()).index(), a);
                operations.putIfAbsent(a.side(), a);
            }
        }
        // an operation the article is about: its side holds the article's decided factions
        Side decidedSide = majority(r, 0, r.n, decided);
        Lexicon.Actor articleOperation = decidedSide == null ? null : operations.get(decidedSide);
        for (int h = 0; h < r.actors.size(); h++) {
            if (decided.contains(h)) continue;
            ActorHit hit = r.actors.get(h);
            Lexicon.Actor a = hit.actor();
            if (!a.isGroup() && !a.isUnlisted()) continue;
            Sentence s = r.text.sentenceOf(hit.start());
            Lexicon.Actor op = operationIn.getOrDefault(s.index(), articleOperation);
            if (op != null) {
                if (a.isUnlisted()) bind(r, h, a.withSide(op.side()));
                else if (!op.side().equals(a.side())) bind(r, h, lex.groupActorFor(op));
                decided.add(h);
            }
        }
        for (int h = 0; h < r.actors.size(); h++) {
            ActorHit hit = r.actors.get(h);
            Lexicon.Actor a = hit.actor();
            if (decided.contains(h) || !a.isUnlisted()) continue;
            if (a.kind().equals(Lexicon.Actor.UNLISTED_WEAK)) {
                // حركة النزوح, تجمع النازحين: no faction; nothing reads it as an actor any more
                for (int k = hit.start(); k < hit.end(); k++) r.label[k] = Label.NONE;
                r.actors.set(h, new ActorHit(hit.start(), hit.end(), a, hit.prefix(), true));
                continue;
            }
            Sentence s = r.text.sentenceOf(hit.start());
            Side side = majority(r, s.firstToken(), s.endToken(), null);
            if (side == null) side = majority(r, 0, r.n, null);
            if (side != null) bind(r, h, a.withSide(side));
        }
        joint(r, lex);
    }

    /**
     * Rule Joint: "القوات التركية وحلفاؤها من الجيش السوري الحر", "الجيش الحر مع قوات الجيش التركي":
     * a faction or group named in one phrase with the forces of a patron side (sides.tsv role
     * patron) fights on the patron's side, whatever its own side alone would be. The state side
     * and the patron's own actors are left as they are.
     */
    private static void joint(Reading r, Lexicon lex) {
        Sides sides = lex.profile.sides();
        for (int h = 0; h + 1 < r.actors.size(); h++) {
            ActorHit a = r.actors.get(h), b = r.actors.get(h + 1);
            // "الجيش الحر مع قوات الجيش التركي": the one after مع is named, not acting, but it still
            // tells whose side the one acting is on
            if (a.affiliated() || !jointPhrase(r, a.end(), b.start())) continue;
            Side sa = a.actor().side(), sb = b.actor().side();
            if (sa == null || sb == null || sa.equals(sb)) continue;
            if (sides.isPatron(sa) && joins(b.actor(), sb, sides)) bind(r, h + 1, b.actor().withSide(sa));
            else if (sides.isPatron(sb) && joins(a.actor(), sa, sides)) bind(r, h, a.actor().withSide(sb));
        }
    }

    /** A faction or group of a side that is neither the state nor a patron. */
    private static boolean joins(Lexicon.Actor a, Side side, Sides sides) {
        String kind = a.kind();
        boolean factionLike = kind.equals(Actor.Kinds.FACTION) || kind.equals(Actor.Kinds.GROUP) || a.isUnlisted();
        return factionLike && !sides.isPatron(side) && !sides.state().map(side::equals).orElse(false);
    }

    /** Two actors of one phrase: at most three joint words (و, مع, حلفاؤها من) between, no comma. */
    private static boolean jointPhrase(Reading r, int from, int to) {
        if (to - from > 3) return false;
        for (int k = from; k <= to && k < r.n; k++) {
            Sep sep = r.text.token(k).sepBefore();
            if (!sep.insidePhrase()) return false;
        }
        for (int k = from; k < to; k++) {
            String w = r.text.token(k).text();
            if (r.label[k] != Label.NONE || !(r.words.is(Words.WordSet.JOINT, w) || r.words.is(Words.WordSet.JOINT, Words.stripConj(w)))) return false;
        }
        return true;
    }

    private static void bind(Reading r, int h, Lexicon.Actor actor) {
        ActorHit hit = r.actors.get(h);
        r.actors.set(h, new ActorHit(hit.start(), hit.end(), actor, hit.prefix(), hit.affiliated()));
    }

    /**
     * The backer an affiliation word after hit h names: "الفصائل (السورية) المدعومة (من) تركيا",
     * "بدعم تركي", "المشاركة في عملية درع الفرات". A form that ends in the affiliation word itself
     * (الفصائل الموالية) takes the backer right after it.
     */
    private static Backer backerAfter(Reading r, int h, ActorPatterns patterns) {
        ActorHit hit = r.actors.get(h);
        Sentence s = r.text.sentenceOf(hit.start());
        int k = hit.end();
        boolean found = patterns.isAffiliation(r.text.token(hit.end() - 1).text());
        for (int reach = 0; !found && k < s.endToken() && reach < AFFILIATION_REACH; k++, reach++) {
            if (r.text.token(k).sepBefore() == Sep.STOP) return null;
            if (patterns.isAffiliation(r.text.token(k).text())) {
                found = true;
                k++;
                break;
            }
            if (r.label[k] != Label.NONE) return null; // another actor, a place, a verb: not this group's
        }
        if (!found) return null;
        if (k < s.endToken() && patterns.isLink(r.text.token(k).text())) k++;
        for (int filler = 0; filler <= 1 && k < s.endToken(); filler++, k++) {
            String w = r.text.token(k).text();
            if (r.label[k] == Label.ACTOR) return new Backer(r.actors.get(r.itemAt[k]).actor(), r.itemAt[k]);
            Lexicon.Actor nation = patterns.nationality(w);
            if (nation != null) return new Backer(nation, -1);
            if (r.words.is(Words.WordSet.BACKER_PRONOUN, w)) {
                Lexicon.Actor before = actorBefore(r, h, s);
                return before == null ? null : new Backer(before, -1);
            }
            if (r.label[k] != Label.NONE) return null;
        }
        return null;
    }

    /** The nearest actor before hit h in its sentence that is not itself a group word. */
    private static Lexicon.Actor actorBefore(Reading r, int h, Sentence s) {
        for (int j = h - 1; j >= 0; j--) {
            ActorHit o = r.actors.get(j);
            if (o.start() < s.firstToken()) return null;
            if (!o.actor().isGroup() && !o.actor().isUnlisted()) return o.actor();
        }
        return null;
    }

    /**
     * An actor right after an affiliation word, or after one and its preposition, is a backer:
     * "قوات سوريا الديمقراطية، التي تدعمها واشنطن", "بدعم من الطيران الروسي".
     */
    private static void markBackers(Reading r, ActorPatterns patterns) {
        for (int h = 0; h < r.actors.size(); h++) {
            ActorHit hit = r.actors.get(h);
            int k = hit.start() - 1;
            if (hit.affiliated() || k < 0 || !r.text.token(hit.start()).sepBefore().insidePhrase()) continue;
            if (patterns.isLink(r.text.token(k).text()) && k > 0) k--;
            if (patterns.isAffiliation(r.text.token(k).text())) {
                r.actors.set(h, new ActorHit(hit.start(), hit.end(), hit.actor(), hit.prefix(), true));
            }
        }
    }

    /** How many words (adjectives: السورية, المسلحة) may stand between a group word and its affiliation word. */
    private static final int GROUP_ADJECTIVES = 2;

    /**
     * "قوات تدعمها تركيا", "فصائل مدعومة من أنقرة", "مقاتلين موالين للنظام": a general word for forces
     * or groups (profile: force-head, group-head) that no actor covers, then an affiliation word and
     * the backer it names, is a group fighting on the backer's side. The backer stays named, not
     * acting; a backer of no side makes no group.
     */
    private static void backedGroups(Reading r, Lexicon lex) {
        ActorPatterns patterns = lex.patterns;
        List<ActorHit> added = new ArrayList<>();
        for (ActorHit backer : r.actors) {
            if (!backer.affiliated() || backer.actor().side() == null) continue;
            Sentence s = r.text.sentenceOf(backer.start());
            int k = backer.start() - 1;
            if (k > s.firstToken() && patterns.isLink(r.text.token(k).text())) k--;
            if (k <= s.firstToken() || !patterns.isAffiliation(r.text.token(k).text())) continue;
            for (int g = k - 1; g >= Math.max(s.firstToken(), k - 1 - GROUP_ADJECTIVES); g--) {
                if (r.label[g] != Label.NONE || !r.text.token(g + 1).sepBefore().insidePhrase()) break;
                if (patterns.isGroupHead(r.text.token(g).text())) {
                    added.add(new ActorHit(g, g + 1, lex.groupActorFor(backer.actor()), "", false));
                    break;
                }
            }
        }
        if (added.isEmpty()) return;
        r.actors.addAll(added);
        r.actors.sort(java.util.Comparator.comparingInt(ActorHit::start));
        for (int h = 0; h < r.actors.size(); h++) {
            ActorHit hit = r.actors.get(h);
            for (int t = hit.start(); t < hit.end(); t++) {
                r.label[t] = Label.ACTOR;
                r.itemAt[t] = h;
            }
        }
    }

    /**
     * The side with more named factions, group words and operations in tokens [from, to) than all
     * the other sides together; null when none has. With {@code only}, group words count only when
     * their index is in it (their side decided by the text, not the registry's default).
     */
    private static Side majority(Reading r, int from, int to, Set<Integer> only) {
        Map<Side, Integer> count = new LinkedHashMap<>();
        int total = 0;
        for (int h = 0; h < r.actors.size(); h++) {
            ActorHit hit = r.actors.get(h);
            if (hit.start() < from || hit.start() >= to || hit.affiliated()) continue;
            Lexicon.Actor a = hit.actor();
            String kind = a.kind();
            boolean factionLike = kind.equals(Actor.Kinds.FACTION) || kind.equals(Actor.Kinds.OPERATION)
                    || kind.equals(Actor.Kinds.GROUP) && (only == null || only.contains(h));
            if (!factionLike || a.side() == null) continue;
            count.merge(a.side(), 1, Integer::sum);
            total++;
        }
        for (Map.Entry<Side, Integer> e : count.entrySet()) {
            if (e.getValue() * 2 > total) return e.getKey();
        }
        return null;
    }
}
