package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.AFFILIATION;
import static org.saytara.extract.Words.WordSet.DUAL_PRONOUN;
import static org.saytara.extract.Words.WordSet.OBJECT_PRONOUN;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.TOWN_PART;
import static org.saytara.extract.Words.WordSet.TOWN_WORD;
import static org.saytara.extract.Words.WordSet.TYPE;
import static org.saytara.extract.Words.stripConj;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saytara.gazetteer.Cues;
import org.saytara.gazetteer.PlaceFinder;
import org.saytara.gazetteer.PlaceMention;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.Clitics;
import org.saytara.text.Furniture;
import org.saytara.text.PhraseIndex;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;
import org.saytara.text.WordMemo;

/**
 * Rule 1: labels every token as a place (gazetteer), actor, trigger, marker, source or cue, the
 * longest match winning, and adds the words that point back to a place (المدينة, سجنها, عليها)
 * as places for {@link Anaphora} to resolve.
 */
final class Labeller {
    /** A definite type word with its clitics (وللمدينة), precomputed so a token costs one lookup. */
    private record AnaphorForm(String type, Clitics.Surface surface) {}

    private final Map<String, AnaphorForm> anaphorForms;

    private static Map<String, AnaphorForm> anaphorForms(Words words) {
        Map<String, AnaphorForm> m = new HashMap<>();
        // sorted: which type word a shared surface goes to must not depend on hash order
        for (String type : new java.util.TreeSet<>(words.words(TYPE))) {
            for (Clitics.Surface s : Clitics.expand(Clitics.AL + type, Clitics.Form.NAME)) {
                m.putIfAbsent(s.text(), new AnaphorForm(type, s));
            }
        }
        return m; // a HashMap: MapN probes linearly, slow on the hot path
    }

    private final Lexicon lex;
    private final Words words;
    private final PlaceFinder finder;
    private final PhraseIndex<Cues.Cue> cues = Cues.standard().index();

    /**
     * Every word any lexicon entry can start with, and which lexicons: a word costs one lookup,
     * plus one per lexicon that has an entry starting with it (من starts only markers).
     */
    private final Map<String, Integer> starters;
    /**
     * "انتزعتها من سيطرة تنظيم داعش": a word of holding right after من names whose hold a place was
     * taken from (words.tsv loser-hold), never a change of its own; "تمكن من السيطرة على" (with the
     * article) is one.
     */
    private static boolean fromHold(Reading r, int i) {
        return i > 0 && r.words.is(Words.WordSet.LOSER_HOLD, r.text.token(i).text())
                && r.words.is(Words.WordSet.FROM, Words.stripConj(r.text.token(i - 1).text()))
                && !(i > 1 && r.words.is(Words.WordSet.DURATION, Words.stripConj(r.text.token(i - 2).text())));
    }

    /** The starters' bits of each distinct word and its entries in each lexicon, looked up once per word. */
    private final WordMemo<Starts> startsOf = new WordMemo<>(this::startsOf);
    private static final int SOURCE_BIT = 1, ACTOR_BIT = 2, TRIGGER_BIT = 4, MARKER_BIT = 8, CUE_BIT = 16, ANAPHOR_BIT = 32;

    Labeller(Lexicon lex, PlaceFinder finder) {
        this.lex = lex;
        this.words = lex.words;
        this.finder = finder;
        this.anaphorForms = anaphorForms(lex.words);
        Map<String, Integer> m = new HashMap<>();
        addStarters(m, lex.sources.firstWords(), SOURCE_BIT);
        addStarters(m, lex.actors.firstWords(), ACTOR_BIT);
        addStarters(m, lex.patterns.starters(), ACTOR_BIT);
        addStarters(m, lex.triggers.firstWords(), TRIGGER_BIT);
        addStarters(m, lex.markers.firstWords(), MARKER_BIT);
        addStarters(m, cues.firstWords(), CUE_BIT);
        addStarters(m, anaphorForms.keySet(), ANAPHOR_BIT);
        addStarters(m, words.words(OBJECT_PRONOUN), ANAPHOR_BIT);
        addStarters(m, words.words(DUAL_PRONOUN), ANAPHOR_BIT);
        this.starters = m; // a HashMap: the immutable maps probe linearly and are slow at this size
    }

    /** What a word can start, from each lexicon that has an entry beginning with it. */
    private record Starts(int bits, PhraseIndex.Starts<Lexicon.Source> sources, PhraseIndex.Starts<Lexicon.Actor> actors,
                          PhraseIndex.Starts<Lexicon.Trigger> triggers, PhraseIndex.Starts<Lexicon.MarkerWord> markers,
                          PhraseIndex.Starts<Cues.Cue> cues) {}

    private Starts startsOf(String word) {
        Integer mask = starters.get(word);
        if (mask == null) return null;
        return new Starts(mask, lex.sources.startsOf(word), lex.actors.startsOf(word), lex.triggers.startsOf(word),
                lex.markers.startsOf(word), cues.startsOf(word));
    }

    private static void addStarters(Map<String, Integer> m, java.util.Collection<String> words, int bit) {
        for (String w : words) m.merge(w, bit, (a, b) -> a | b);
    }

    /**
     * Fills the reading's labels and hit lists, left to right, one phrase at a time; where several
     * lexicons match at a token, the length comparisons below pick one.
     */
    void label(Reading r) {
        PlaceMention[] named = new PlaceMention[r.n];
        for (PlaceMention m : finder.find(r.text)) named[m.start()] = m;
        WordMemo.Table<Starts> starting = startsOf.table();
        int i = 0;
        while (i < r.n) {
            PlaceMention pm = named[i];
            Starts st = starting.get(r.text.token(i).text());
            if (pm == null && st == null) {
                i++;
                continue;
            }
            int bits = st == null ? 0 : st.bits();
            PhraseIndex.Match<Lexicon.Source> src = (bits & SOURCE_BIT) != 0 ? lex.sources.longestAt(r.text, i, st.sources()) : null;
            PhraseIndex.Match<Lexicon.Actor> act = (bits & ACTOR_BIT) != 0 ? actorAt(r, i, named, starting) : null;
            PhraseIndex.Match<Lexicon.Trigger> trg = (bits & TRIGGER_BIT) != 0 ? lex.triggers.longestAt(r.text, i, st.triggers()) : null;
            PhraseIndex.Match<Lexicon.MarkerWord> mrk = (bits & MARKER_BIT) != 0 ? lex.markers.longestAt(r.text, i, st.markers()) : null;
            PhraseIndex.Match<Cues.Cue> cue = (bits & CUE_BIT) != 0 ? cues.longestAt(r.text, i, st.cues()) : null;
            int lenSrc = src == null ? 0 : src.end() - i;
            int lenPlace = pm == null ? 0 : pm.end() - i;
            int lenAct = act == null ? 0 : act.end() - i;
            int lenTrg = trg == null ? 0 : trg.end() - i;
            int lenMrk = mrk == null ? 0 : mrk.end() - i;
            if (lenSrc > 0 && lenSrc >= lenPlace && lenSrc >= lenAct) {
                r.sources.add(new SourceHit(i, src.end(), src.payload().voice()));
                mark(r, i, src.end(), Label.SOURCE, r.sources.size() - 1);
                i = src.end();
            } else if (lenPlace > 0 && lenPlace >= lenAct && lenPlace >= lenTrg) {
                // A cue word that the finder folded into the noun phrase stays a cue.
                PlaceItem item = new PlaceItem(pm.npStart(), pm.start(), pm.end(), pm.place(), pm.prefix(), pm.cueWord(), true);
                // "ريف حلب", "محافظة درعا": a region only locates, it never changes hands as a town would
                if (pm.place().locatesOnly()) item.relation = "descriptor";
                r.places.add(item);
                mark(r, pm.start(), pm.end(), Label.PLACE, r.places.size() - 1);
                i = pm.end();
            } else if (lenAct > 0 && lenAct >= lenTrg) {
                r.actors.add(new ActorHit(i, act.end(), act.payload(), act.surface().prefix(), affiliated(r, i)));
                mark(r, i, act.end(), Label.ACTOR, r.actors.size() - 1);
                i = act.end();
            } else if (lenTrg > 0 && lenTrg >= lenMrk && !fromHold(r, i)) {
                r.triggers.add(new TriggerHit(i, trg.end(), trg.payload(), trg.surface().prefix(), trg.surface().pronoun()));
                mark(r, i, trg.end(), Label.TRIGGER, r.triggers.size() - 1);
                i = trg.end();
            } else if (lenMrk > 0) {
                r.markers.add(new MarkerHit(i, mrk.end(), mrk.payload().marker(), mrk.payload().reach()));
                mark(r, i, mrk.end(), Label.MARKER, r.markers.size() - 1);
                i = mrk.end();
            } else {
                PlaceItem ana = (bits & ANAPHOR_BIT) != 0 ? anaphor(r, i) : null;
                if (ana != null) {
                    r.places.add(ana);
                    mark(r, i, i + 1, Label.ANAPHOR, r.places.size() - 1);
                    i++;
                } else if (cue != null) {
                    labelCue(r, i, cue);
                    i = cue.end();
                } else {
                    i++;
                }
            }
        }
        r.places.sort(java.util.Comparator.comparingInt(p -> p.start));
        for (int k = 0; k < r.places.size(); k++) {
            PlaceItem p = r.places.get(k);
            for (int t = p.start; t < p.end; t++) r.itemAt[t] = k;
        }
    }

    /**
     * The actor phrase at token i: the registry's longest, unless a force word bound by a
     * nationality reaches further (الجيش التركي is Turkey, not الجيش); else a named faction the
     * registry does not list (see {@link ActorPatterns}).
     */
    private PhraseIndex.Match<Lexicon.Actor> actorAt(Reading r, int i, PlaceMention[] named, WordMemo.Table<Starts> starting) {
        PhraseIndex.Match<Lexicon.Actor> act = lex.actors.longestAt(r.text, i, starting.get(r.text.token(i).text()).actors());
        PhraseIndex.Match<Lexicon.Actor> nation = lex.patterns.nationalityAt(r.text, i);
        if (nation != null && (act == null || nation.end() > act.end())) return nation;
        if (act != null) {
            // "وحدات الجيش السوري الحر": a longer name that starts inside this one is the one meant
            for (int j = i + 1; j < act.end(); j++) {
                Starts inside = starting.get(r.text.token(j).text());
                PhraseIndex.Match<Lexicon.Actor> inner = inside == null ? null : lex.actors.longestAt(r.text, j, inside.actors());
                if (inner != null && inner.end() > act.end()) return new PhraseIndex.Match<>(i, inner.end(), inner.payload(), act.surface());
            }
            return act;
        }
        // a faction's name may be a place's (لواء القادسية), but runs into no other word of a lexicon
        return lex.patterns.factionAt(r.text, i,
                k -> lex.triggers.longestAt(r.text, k) != null || lex.markers.longestAt(r.text, k) != null
                        || lex.sources.longestAt(r.text, k) != null || lex.actors.longestAt(r.text, k) != null,
                k -> named[k] != null || cues.longestAt(r.text, k) != null);
    }

    private void labelCue(Reading r, int i, PhraseIndex.Match<Cues.Cue> cue) {
        Cues.Cue c = cue.payload();
        mark(r, i, cue.end(), Label.CUE, -1);
        r.cuePrefix[i] = cue.surface().prefix();
        for (int k = i + 1; k < cue.end(); k++) r.cuePrefix[k] = "";
        if (c.role().locatesOnly()) {
            for (int t = i; t < cue.end(); t++) r.descriptorTok[t] = true;
            if (c.zone()) r.zoneStart[i] = true;
        }
        String pron = cue.surface().pronoun();
        if (c.role() == Cues.Role.PARTITIVE && Clitics.HA.equals(pron)) {
            // أطرافها, أحياؤها, محيطها: (part of) the town itself. Anaphora takes the current town
            // for it directly, so it needs no type word and no types.
            PlaceItem p = new PlaceItem(i, i, cue.end(), null, cue.surface().prefix(), null, false);
            p.anaphorTypes = new PlaceType[0];
            p.partOfTown = true;
            r.places.add(p);
            mark(r, i, cue.end(), Label.ANAPHOR, r.places.size() - 1);
            return;
        }
        if (c.role() == Cues.Role.HEAD && Clitics.HA.equals(pron) && words.types(c.singular()) != null) {
            PlaceItem p = new PlaceItem(i, i, cue.end(), null, cue.surface().prefix(), c.singular(), false);
            p.anaphorTypes = words.types(c.singular());
            p.possessive = true;
            r.places.add(p);
            mark(r, i, cue.end(), Label.ANAPHOR, r.places.size() - 1);
        }
    }

    /** المدينة, للمدينة, البلدة …: a definite type word that points back to a place. */
    private PlaceItem anaphor(Reading r, int i) {
        String w = r.text.token(i).text();
        Clitics.Surface surface = null;
        String type = null;
        AnaphorForm form = anaphorForms.get(w);
        if (form != null) {
            surface = form.surface();
            type = form.type();
        }
        if (type != null) {
            String prefix = surface.prefix();
            // "المدينة الأثرية" is still the town; a following name makes it a cue instead.
            if (i + 1 < r.n && r.text.token(i + 1).sepBefore().insidePhrase() && r.label[i + 1] == Label.PLACE) return null;
            int np = i;
            String npPrefix = prefix;
            while (np > 0 && r.label[np - 1] == Label.CUE && !r.descriptorTok[np - 1]
                    && r.text.token(np).sepBefore().insidePhrase() && r.cuePrefix[np - 1] != null
                    && (np == i || !npPrefix.startsWith(Clitics.WA))) {
                np--;
                npPrefix = r.cuePrefix[np];
            }
            // "مطار المدينة", "سجن البلدة": the airport or prison of the current town
            String part = i > 0 && r.label[i - 1] == Label.CUE && words.is(TOWN_WORD, type)
                    ? partWord(r.text.token(i - 1).text()) : null;
            PlaceItem p = new PlaceItem(np, i, i + 1, null, npPrefix, part != null ? part : type, false);
            p.anaphorTypes = words.types(part != null ? part : type);
            p.possessive = part != null;
            return p;
        }
        // عليها, منها, إليها: a pronoun object right after a trigger; عليهما, عليهم: the whole list.
        if (i > 0 && words.is(DUAL_PRONOUN, w) && triggerJustBefore(r, i)) {
            PlaceItem p = new PlaceItem(i, i, i + 1, null, "", null, false);
            p.relation = words.value(DUAL_PRONOUN, w);
            p.anaphorTypes = new PlaceType[0];
            p.plural = true;
            return p;
        }
        if (i > 0 && words.is(OBJECT_PRONOUN, w) && triggerJustBefore(r, i)) {
            PlaceItem p = new PlaceItem(i, i, i + 1, null, "", null, false);
            p.relation = words.value(OBJECT_PRONOUN, w);
            p.anaphorTypes = new PlaceType[0];
            return p;
        }
        return null;
    }

    /** A trigger right before token i, with at most its actor between (سيطرة النظام السوري عليها). */
    private boolean triggerJustBefore(Reading r, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (r.label[k] == Label.TRIGGER) return true;
            // "سيطرة قوات النظام وحلفائها عليها": the subject's allies may stand between too
            if (r.label[k] == Label.NONE && words.is(Words.WordSet.SUPPORT, Words.stripConj(r.text.token(k).text()))) continue;
            if (r.label[k] != Label.ACTOR && !(k == i - 1 && words.is(RELATIVE, r.text.token(k).text()))) return false;
        }
        return false;
    }

    private void mark(Reading r, int from, int to, Label l, int item) {
        for (int t = from; t < to && t < r.n; t++) {
            r.label[t] = l;
            r.itemAt[t] = item;
        }
    }

    /** "موالية للنظام", "مع جيش الأسد": the actor is named, but not as the one acting. */
    private boolean affiliated(Reading r, int i) {
        if (i == 0 || r.text.token(i).sepBefore() == Sep.STOP) return false;
        String before = stripConj(r.text.token(i - 1).text());
        return words.is(AFFILIATION, before) || words.is(AFFILIATION, r.text.token(i - 1).text());
    }

    /** "اقرأ أيضاً: …", "شاهد أيضاً": a headline of another story, not this article's report. */
    static boolean isFurniture(Reading r, Sentence s) {
        String first = r.text.token(s.firstToken()).text();
        String second = s.endToken() > s.firstToken() + 1 ? r.text.token(s.firstToken() + 1).text() : "";
        return Furniture.standard().isHeadline(first, second);
    }

    /** The part a word names when it stands before "المدينة" (مطار, سجن, قلعة, with ب ل ك), or null. */
    private String partWord(String word) {
        String w = stripConj(word);
        if (words.is(TOWN_PART, w)) return w;
        if (w.length() > 1 && (w.startsWith(Clitics.BI) || w.startsWith(Clitics.LI) || w.startsWith(Clitics.KA))
                && words.is(TOWN_PART, w.substring(1))) {
            return w.substring(1);
        }
        return null;
    }
}
