package org.saytara.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;
import org.saytara.text.PhraseIndex;

/**
 * The extraction lexicons: what words change control ({@code triggers.tsv}), what words undo or
 * weaken them and how far they reach ({@code markers.tsv}), the function words of the rules
 * ({@code words.tsv}) and the words of dates ({@code dates.tsv}), read from the TSV files beside
 * this class by {@link LexiconFile}; who fights and who reports, from the {@link Profile} (its actor
 * registry, sources and actor rules). Each file documents its columns (docs/lexicons.md); a
 * malformed line, an unknown name or a form with two meanings stops start-up with its file and line
 * number.
 */
final class Lexicon {
    /**
     * An actor as the text names it: its registry id (or, for a faction the registry does not list,
     * its name as written), its side (null when it has none or the text does not say) and the kind
     * of the form that named it ({@code org}, {@code force}, {@code group} … of {@code actors.tsv};
     * {@code unlisted} and {@code unlisted-weak} for a faction found by its form; {@code inferred}).
     */
    record Actor(String id, Side side, String kind) {
        static final String UNLISTED = "unlisted", UNLISTED_WEAK = "unlisted-weak", INFERRED = "inferred";

        boolean isGroup() {
            return kind.equals(org.saytara.extract.Actor.Kinds.GROUP);
        }

        boolean isUnlisted() {
            return kind.equals(UNLISTED) || kind.equals(UNLISTED_WEAK);
        }

        Actor withSide(Side s) {
            return new Actor(id, s, kind);
        }
    }

    /**
     * What a trigger word needs beyond its governing words: the closed set the args column of
     * {@code triggers.tsv} may name besides prepositions and {@code direct}.
     */
    enum Role {
        /** The place is the subject (سقطت تدمر); the gainer comes with بيد/لصالح. */
        FALL,
        /** The gainer follows ل (سلّموا المدينة للتنظيم); the subject is the loser. */
        HANDOVER,
        /** The actor after it is the loser (طرد التنظيم من المدينة). */
        EXPEL,
        /** A following من + actor names the loser (استعادة النظام للمدينة من داعش). */
        RETAKE,
        /** Only a road can be cut. */
        ROAD,
        /** Needs a named or continuing actor to count (دخلت قافلة المساعدات is no capture). */
        ACTOR,
        /** The state's fold (عادت إلى كنف الدولة): the gainer is the government. */
        STATE,
        /** Only the bare verb: ليعود إليها ("only to return to it", later) is no event here. */
        BARE,
        /** A state: the place comes before (المدينة تحت سيطرة التنظيم). */
        UNDER,
        /** The word of holding itself: after an area noun it says who holds the area (مناطق سيطرة الفصائل). */
        CONTROL
    }

    /** The relation a trigger takes for a place right after it, with no preposition. */
    static final String DIRECT = "direct";

    /**
     * A trigger word and how it takes its place and actors.
     *
     * @param relations the governing words of a place it takes: {@link #DIRECT}, prepositions, ب, ل
     * @param roles     what else it needs ({@link Role})
     */
    record Trigger(EventKind kind, boolean verb, Set<String> relations, Set<Role> roles) {
        boolean takes(String relation) {
            return relations.contains(relation);
        }

        boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** What a marker does to a trigger near it; markers.tsv says which words and how far. */
    enum Marker {
        NEGATION(Reach.Shape.WORDS), DENIAL(Reach.Shape.SENTENCE), ATTEMPT(Reach.Shape.WORDS),
        MAYBE(Reach.Shape.WORDS), STILL(Reach.Shape.NONE), DURING(Reach.Shape.WORDS),
        INTENTION(Reach.Shape.WORDS_OR_FAR), ATTITUDE(Reach.Shape.WORDS), RUMOUR(Reach.Shape.SENTENCE), AIR(Reach.Shape.WORDS),
        CONTRAST(Reach.Shape.NONE), TEMPORAL(Reach.Shape.WORDS), SPEECH(Reach.Shape.NONE),
        ATTRIBUTION(Reach.Shape.WORDS), TERMS(Reach.Shape.WORDS_OR_FAR);

        /** The form of reach this role's rows must give. */
        final Reach.Shape shape;

        Marker(Reach.Shape shape) {
            this.shape = shape;
        }
    }

    /**
     * How far a marker acts, in words between it and what it acts on (markers.tsv says, for each
     * role, what that is). {@code far} is a second, longer reach that holds only when no other
     * trigger stands between (intention).
     */
    record Reach(int words, int far) {
        enum Shape { NONE, SENTENCE, WORDS, WORDS_OR_FAR }

        static final Reach NONE = new Reach(-1, -1);
        static final Reach SENTENCE = new Reach(Integer.MAX_VALUE, Integer.MAX_VALUE);

        static Reach parse(LexiconFile.Row row, Marker m) {
            String v = row.get("reach");
            String role = LexiconFile.code(m);
            switch (m.shape) {
                case NONE -> {
                    if (!v.equals("-")) throw row.error(role + " does not act at a distance: its reach is -, not '" + v + "'");
                    return NONE;
                }
                case SENTENCE -> {
                    if (!v.equals("sentence")) throw row.error(role + " reaches over the sentence: write sentence, not '" + v + "'");
                    return SENTENCE;
                }
                case WORDS -> {
                    int n = row.number("reach", v);
                    if (n < 0) throw row.error("reach must not be negative");
                    return new Reach(n, n);
                }
                default -> {
                    int slash = v.indexOf('/');
                    if (slash < 0) throw row.error(role + " needs a reach N/M (N words, or M with no other trigger between), not '" + v + "'");
                    int n = row.number("reach", v.substring(0, slash)), far = row.number("reach", v.substring(slash + 1));
                    if (n < 0 || far < n) throw row.error("reach N/M needs 0 <= N <= M, not '" + v + "'");
                    return new Reach(n, far);
                }
            }
        }

        @Override
        public String toString() {
            return this.equals(NONE) ? "-" : this.equals(SENTENCE) ? "sentence" : words == far ? String.valueOf(words) : words + "/" + far;
        }
    }

    /** A marker word: what it does and how far it reaches. */
    record MarkerWord(Marker marker, Reach reach) {}

    /** A reporting voice: a side's own media, or {@code independent}. */
    record Source(String voice) {}

    final Profile profile;
    final PhraseIndex<Actor> actors;
    final PhraseIndex<Trigger> triggers;
    final PhraseIndex<MarkerWord> markers;
    final PhraseIndex<Source> sources;
    final ActorPatterns patterns;
    final Words words;
    final DateFinder dates;

    private Lexicon(Profile profile, PhraseIndex<Actor> actors, PhraseIndex<Trigger> triggers, PhraseIndex<MarkerWord> markers,
                    PhraseIndex<Source> sources, Words words, DateFinder dates) {
        this.profile = profile;
        this.actors = actors;
        this.triggers = triggers;
        this.markers = markers;
        this.sources = sources;
        this.patterns = new ActorPatterns(profile, words);
        this.words = words;
        this.dates = dates;
    }

    /** The lexicons packaged with Saytara, with the actors and sources of a profile. */
    static Lexicon of(Profile profile) {
        return of(profile, LexiconFile.beside(Lexicon.class));
    }

    /** The lexicon files of a source (the packaged files, or a folder of changed ones), with a profile's actors. */
    static Lexicon of(Profile profile, LexiconFile.Source source) {
        Words words = Words.read(source);
        PhraseIndex.Builder<Actor> actors = PhraseIndex.builder();
        for (org.saytara.extract.Actor a : profile.actors().all()) {
            for (org.saytara.extract.Actor.Form f : a.forms()) {
                if (f.kind().equals(org.saytara.extract.Actor.Kinds.NATIONALITY)) continue; // binds a force word, no name alone
                actors.add(f.text(), new Actor(a.id(), a.side(), f.kind()), Clitics.Form.NOUN);
            }
        }
        PhraseIndex.Builder<Source> sources = PhraseIndex.builder();
        for (Profile.Source src : profile.sources()) sources.add(src.name(), new Source(src.voice()), Clitics.Form.NOUN);
        return new Lexicon(profile, actors.build(), triggers(source, words), markers(source), sources.build(), words,
                DateFinder.read(source));
    }

    /** The actor that stands for a side no actor is named for (see {@link Actors#representative}). */
    Actor representative(Side side) {
        return new Actor(profile.actors().representative(side).id(), side, Actor.INFERRED);
    }

    /** Who a group word becomes once the text ties it to this backer (see {@link Actors#groupActorFor}). */
    Actor groupActorFor(Actor backer) {
        org.saytara.extract.Actor known = profile.actors().byId(backer.id()).orElse(null);
        if (known == null || known.side() == null) return representative(backer.side());
        org.saytara.extract.Actor g = profile.actors().groupActorFor(known);
        return new Actor(g.id(), g.side(), org.saytara.extract.Actor.Kinds.GROUP);
    }

    private static PhraseIndex<Trigger> triggers(LexiconFile.Source source, Words words) {
        List<LexiconFile.Row> rows = LexiconFile.read(source, "triggers.tsv",
                LexiconFile.Columns.of("kind", "pos", "args", "forms").lists("args", "forms"));
        Set<String> nounSurfaces = new HashSet<>();
        for (LexiconFile.Row row : rows) {
            if (!row.get("pos").equals("N")) continue;
            for (String form : row.items("forms")) {
                for (Clitics.Surface sf : Clitics.expand(ArabicNormalizer.normalizeTerm(form), Clitics.Form.NOUN)) {
                    if (sf.pronoun() == null) nounSurfaces.add(sf.text());
                }
            }
        }
        Map<String, Role> roleNames = new HashMap<>();
        for (Role r : Role.values()) roleNames.put(LexiconFile.code(r), r);
        PhraseIndex.Builder<Trigger> triggers = PhraseIndex.builder();
        LexiconFile.Meanings<String> meanings = new LexiconFile.Meanings<>();
        for (LexiconFile.Row row : rows) {
            EventKind kind = row.name("kind", EventKind.class);
            String pos = row.get("pos");
            if (!pos.equals("V") && !pos.equals("N")) throw row.error("pos must be V or N, not " + pos);
            boolean verb = pos.equals("V");
            Set<String> relations = new HashSet<>();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String a : row.items("args")) {
                String rel = ArabicNormalizer.normalizeTerm(a);
                if (rel.equals(DIRECT) || rel.equals(Clitics.BI) || rel.equals(Clitics.LI) || words.is(Words.WordSet.PREPOSITION, rel)) {
                    relations.add(rel);
                } else if (roleNames.containsKey(a)) {
                    roles.add(roleNames.get(a));
                } else {
                    throw row.error("unknown arg '" + a + "': not direct, a preposition of words.tsv, " + Clitics.BI + ", " + Clitics.LI + " or a role ("
                            + String.join(", ", new java.util.TreeSet<>(roleNames.keySet())) + ")");
                }
            }
            Trigger t = new Trigger(kind, verb, Set.copyOf(relations), Set.copyOf(roles));
            for (String form : row.items("forms")) {
                meanings.add(row, ArabicNormalizer.normalizeTerm(form) + " (" + pos + ")", t, Lexicon::describe);
                triggers.add(form, t, verb ? Clitics.Form.VERB : Clitics.Form.NOUN,
                        verb ? (relations.contains(DIRECT) || roles.contains(Role.EXPEL) ? nounSurfaces : withObjectPronouns(form, nounSurfaces)) : Set.of());
            }
        }
        return triggers.build();
    }

    /**
     * A verb that takes its place through a preposition (سيطر على, انسحب من) has no object pronoun
     * (one of expelling has: طردهم, the expelled):
     * سيطرتها is the masdar with its owner (her control), never "she controlled it".
     */
    private static final String WE = "نا";

    private static Set<String> withObjectPronouns(String form, Set<String> taken) {
        Set<String> out = new HashSet<>(taken);
        String[] words = org.saytara.text.PhraseIndex.splitWords(ArabicNormalizer.normalizeTerm(form));
        if (words.length != 1) return out;
        for (Clitics.Surface sf : Clitics.expand(words[0], Clitics.Form.VERB)) {
            // سيطرنا is "we took" (نا the subject of a past verb), not "took us"
            if (sf.pronoun() != null && !sf.pronoun().equals(WE)) out.add(sf.text());
        }
        return out;
    }

    private static String describe(Trigger t) {
        List<String> args = new ArrayList<>(new java.util.TreeSet<>(t.relations()));
        for (Role r : t.roles()) args.add(LexiconFile.code(r));
        java.util.Collections.sort(args);
        return t.kind().code() + " " + (t.verb() ? "V" : "N") + " " + String.join(",", args);
    }

    private static PhraseIndex<MarkerWord> markers(LexiconFile.Source source) {
        PhraseIndex.Builder<MarkerWord> markers = PhraseIndex.builder();
        LexiconFile.Meanings<String> meanings = new LexiconFile.Meanings<>();
        for (LexiconFile.Row row : LexiconFile.read(source, "markers.tsv",
                LexiconFile.Columns.of("role", "reach", "forms").lists("forms"))) {
            Marker m = row.name("role", Marker.class);
            MarkerWord word = new MarkerWord(m, Reach.parse(row, m));
            for (String w : row.items("forms")) {
                meanings.add(row, ArabicNormalizer.normalizeTerm(w), word,
                        x -> LexiconFile.code(x.marker()) + " (reach " + x.reach() + ")");
                markers.add(w, word, m == Marker.SPEECH ? Clitics.Form.VERB : Clitics.Form.WORD);
            }
        }
        return markers.build();
    }
}
