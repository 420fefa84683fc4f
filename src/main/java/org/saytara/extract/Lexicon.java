package org.saytara.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;
import org.saytara.text.PhraseIndex;

/**
 * The extraction lexicons, read from the TSV files beside this class: who fights
 * ({@code actors.tsv}), what words change control ({@code triggers.tsv}), what words undo or
 * weaken them and how far they reach ({@code markers.tsv}), who reports ({@code sources.tsv}), the
 * function words of the rules ({@code words.tsv}) and the words of dates ({@code dates.tsv}). Each
 * file documents its columns (docs/lexicons.md); every file is read by {@link LexiconFile}, and a
 * malformed line, an unknown name or a form with two meanings stops start-up with its file and
 * line number.
 */
final class Lexicon {
    /** An actor name: {@code kind} org, force or anaphor (التنظيم points back to the last org). */
    record Actor(String id, Side side, String kind) {}

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
        UNDER
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
        INTENTION(Reach.Shape.WORDS_OR_FAR), RUMOUR(Reach.Shape.SENTENCE), AIR(Reach.Shape.WORDS),
        CONTRAST(Reach.Shape.NONE), TEMPORAL(Reach.Shape.WORDS), SPEECH(Reach.Shape.NONE),
        ATTRIBUTION(Reach.Shape.WORDS);

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

    final PhraseIndex<Actor> actors;
    final PhraseIndex<Trigger> triggers;
    final PhraseIndex<MarkerWord> markers;
    final PhraseIndex<Source> sources;
    final Words words;
    final DateFinder dates;

    private Lexicon(PhraseIndex<Actor> actors, PhraseIndex<Trigger> triggers, PhraseIndex<MarkerWord> markers,
                    PhraseIndex<Source> sources, Words words, DateFinder dates) {
        this.actors = actors;
        this.triggers = triggers;
        this.markers = markers;
        this.sources = sources;
        this.words = words;
        this.dates = dates;
    }

    /** The lexicons packaged with Saytara. */
    static Lexicon standard() {
        return read(LexiconFile.beside(Lexicon.class));
    }

    /** The lexicons of a source: the packaged files, or a folder of changed ones. */
    static Lexicon read(LexiconFile.Source source) {
        Words words = Words.read(source);
        PhraseIndex.Builder<Actor> actors = PhraseIndex.builder();
        read(source, "actors.tsv", 4, f -> actors.add(f[3], new Actor(f[0], Side.fromCode(f[1]), f[2]), Clitics.Form.NOUN));
        PhraseIndex.Builder<Source> sources = PhraseIndex.builder();
        read(source, "sources.tsv", 2, f -> sources.add(f[1], new Source(f[0]), Clitics.Form.NOUN));
        return new Lexicon(actors.build(), triggers(source, words), markers(source), sources.build(), words,
                DateFinder.read(source));
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
                triggers.add(form, t, verb ? Clitics.Form.VERB : Clitics.Form.NOUN, verb ? nounSurfaces : Set.of());
            }
        }
        return triggers.build();
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

    /** Reads a file whose rows are handed on as cells; an IllegalArgumentException names the row. */
    private static void read(LexiconFile.Source source, String file, int columns, Consumer<String[]> line) {
        String[] names = new String[columns];
        for (int i = 0; i < columns; i++) names[i] = "column " + (i + 1);
        for (LexiconFile.Row row : LexiconFile.read(source, file, LexiconFile.Columns.of(names))) {
            String[] f = new String[columns];
            for (int i = 0; i < columns; i++) f[i] = row.get(names[i]);
            try {
                line.accept(f);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
    }

    static List<String> sideActorIds() {
        return new ArrayList<>(List.of("isis", "regime", "russia", "iran", "opposition", "sdf"));
    }
}
