package org.saytara.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.ArabicText;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;
import org.saytara.text.WordSets;
import org.saytara.text.WordMemo;

/**
 * The function words the reading rules look for, read from {@code words.tsv}: one closed list of
 * named sets ({@link WordSet}), each documented in the file. The rules ask {@link #is} of a word (a
 * hash lookup), so no Arabic word list lives in code.
 */
final class Words {
    static final String FILE = "words.tsv";

    /** What the value column of a set holds. */
    enum Value { NONE, PLACE_TYPES, RELATION, REACH, COUNT }

    /** The word sets of {@code words.tsv}; the file's header says what each is for. */
    enum WordSet {
        PREPOSITION, NOT_DIRECT, ADVERB, DURATION, SUPPORT, SUPPORT_JOINING, INCLUSION, DEFINITE_PART,
        COUNTRYSIDE, DIRECTION, EXCEPTION, BETWEEN, NEAR(Value.RELATION), ATTRIBUTION_END, DATE_PREPOSITION, LOOSE_PREPOSITION, WHERE,
        TYPE(Value.PLACE_TYPES), CALLED(Value.PLACE_TYPES), TOWN_WORD, VILLAGE_WORD, TOWN_PART, RELATIVE,
        OBJECT_PRONOUN(Value.RELATION), DUAL_PRONOUN(Value.RELATION),
        AFFILIATION, BACKER_PRONOUN, GAINER_MARKER, GAINER_BEFORE_L, BY, FROM, LOSER_HOLD, SO_CALLED, WAS, JOINT, CLAUSE_OPENER, WHILE_NOUN, NOUN_CONTEXT, AFTER_CONNECTOR,
        DENIED_THING, SUBJUNCTIVE, NARRATIVE(Value.REACH), AGAIN(Value.REACH),
        TOPIC_OPENER, STATUS_NOUN, AREA, NON_COMBATANT, COMBATANT, QUANTITY, EVACUATION, PROSPECT_AFTER(Value.REACH),
        CONDITION_AFTER(Value.REACH), IMMINENT, EFFORT_ON, ONSET, HOLDING_PRESENT, DURING_SPAN, UNTIL, UNTIL_PAIR, THAT_WORD, DEMONSTRATIVE, UNTIL_HELPER, PURPOSE_SUPPORT, REINFORCE_AFTER(Value.REACH), ONGOING, ANNIVERSARY, ANNIVERSARY_ORDINAL(Value.COUNT),
        FIGHTER_NOUN, LOCATIVE, OBJECT_PREPOSITION, SINCE, COPULA, LIST_AGAIN, PARTIAL, PART_OF_IT, APPOSITION, GROUP_OF;

        final Value value;

        WordSet() {
            this(Value.NONE);
        }

        WordSet(Value value) {
            this.value = value;
        }
    }

    private final WordSets<WordSet> sets;
    private final Map<String, PlaceType[]> types;
    private final Map<PlaceType, List<String>> calledBy;
    private final List<String[]> inclusions;
    private final java.util.Set<String> inclusionOpeners;

    private Words(WordSets<WordSet> sets) {
        this.sets = sets;
        Map<String, PlaceType[]> t = new HashMap<>();
        for (String w : sets.words(WordSet.TYPE)) t.put(w, placeTypes(sets.value(WordSet.TYPE, w)));
        this.types = t;
        Map<PlaceType, List<String>> called = new EnumMap<>(PlaceType.class);
        for (String w : new java.util.TreeSet<>(sets.words(WordSet.CALLED))) {
            for (PlaceType p : placeTypes(sets.value(WordSet.CALLED, w))) called.computeIfAbsent(p, k -> new ArrayList<>()).add(w);
        }
        this.calledBy = called;
        // longest first, so بما في ذلك is tried before a shorter phrase ending the same way
        List<String[]> inc = new ArrayList<>();
        for (String phrase : sets.words(WordSet.INCLUSION)) inc.add(phrase.split(" "));
        inc.sort((a, b) -> Integer.compare(b.length, a.length));
        this.inclusions = inc;
        java.util.Set<String> openers = new java.util.HashSet<>();
        for (String[] p : inc) openers.add(p[0]);
        // وبما is بما with its conjunction: only the bare word opens
        openers.removeIf(w -> w.startsWith(Clitics.WA) && openers.contains(w.substring(1)));
        this.inclusionOpeners = openers;
    }

    /** Reads and checks {@code words.tsv}. */
    static Words read(LexiconFile.Source source) {
        WordSets<WordSet> sets = WordSets.read(source, FILE, WordSet.class, (set, value, row) -> switch (set.value) {
            case NONE -> WordSets.none(set, value, row);
            case PLACE_TYPES -> {
                for (String code : value.split(",")) {
                    if (PlaceType.fromCode(code) == null) throw row.error("unknown place type '" + code + "'");
                }
                yield value;
            }
            case RELATION -> ArabicNormalizer.normalizeTerm(value);
            case REACH -> WordSets.number(set, value, row, 0, 40);
            case COUNT -> WordSets.number(set, value, row, 1, 100);
        });
        // a reach belongs to the set: its rows must agree
        for (WordSet s : WordSet.values()) {
            if (s.value != Value.REACH) continue;
            java.util.Set<String> reaches = new java.util.TreeSet<>();
            for (String w : sets.words(s)) reaches.add(sets.value(s, w));
            if (reaches.size() > 1) {
                String w = sets.words(s).iterator().next();
                throw sets.error(s, w, LexiconFile.code(s) + " has one reach for all its rows, not " + reaches);
            }
        }
        // a relation must be a governing word the rules know
        for (WordSet s : WordSet.values()) {
            if (s.value != Value.RELATION) continue;
            for (String w : sets.words(s)) {
                String rel = sets.value(s, w);
                if (!sets.is(WordSet.PREPOSITION, rel)) {
                    throw sets.error(s, w, LexiconFile.code(s) + " " + w + ": '" + rel + "' is not a preposition of this file");
                }
            }
        }
        for (WordSet s : List.of(WordSet.TOWN_WORD, WordSet.VILLAGE_WORD, WordSet.TOWN_PART)) {
            for (String w : sets.words(s)) {
                if (!sets.is(WordSet.TYPE, w)) throw sets.error(s, w, LexiconFile.code(s) + " '" + w + "' is not a type word");
            }
        }
        keepWhole(sets);
        return new Words(sets);
    }

    /**
     * Words of the lists that begin with و or ف as a letter of their own (وسع, فريق, فرض, واصل):
     * {@link #stripConj} leaves them whole, unless their rest is a listed word too (وحلفاؤها is و +
     * حلفاؤها). words.tsv is the one file of these lists, so what it lists holds for every reader.
     */
    private static void keepWhole(WordSets<WordSet> sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (WordSet s : WordSet.values()) all.addAll(sets.words(s));
        for (String w : all) {
            if (w.length() > 2 && w.indexOf(' ') < 0 && (w.startsWith(Clitics.WA) || w.startsWith(Clitics.FA))
                    && !all.contains(w.substring(1))) {
                WHOLE.add(w);
            }
        }
    }

    private static final java.util.Set<String> WHOLE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static PlaceType[] placeTypes(String codes) {
        String[] parts = codes.split(",");
        PlaceType[] out = new PlaceType[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = PlaceType.fromCode(parts[i]);
        return out;
    }

    /** Whether {@code word} (normalised, as the rule has prepared it) is in the set. */
    boolean is(WordSet set, String word) {
        return sets.is(set, word);
    }

    /** The set's value for a word (a governing word, place-type codes), or null. */
    String value(WordSet set, String word) {
        return sets.value(set, word);
    }

    /** The words of a set. */
    java.util.Set<String> words(WordSet set) {
        return sets.words(set);
    }

    /** The place types a type word can point back to, most likely first; null when it is not one. */
    PlaceType[] types(String typeWord) {
        return types.get(typeWord);
    }

    /** How many words may stand between a word of a reach set and the trigger it acts on. */
    int reach(WordSet set) {
        if (set.value != Value.REACH) throw new IllegalArgumentException(set + " has no reach");
        return Integer.parseInt(sets.value(set, sets.words(set).iterator().next()));
    }

    /** Whether a governing word is what a near-word gives (قرب): only fighting takes it. */
    boolean isNearRelation(String relation) {
        for (String w : sets.words(WordSet.NEAR)) if (relation.equals(sets.value(WordSet.NEAR, w))) return true;
        return false;
    }

    /** The number a word of a count set stands for (الثالثة: 3), or 0 when it is not in the set. */
    int count(WordSet set, String word) {
        if (set.value != Value.COUNT) throw new IllegalArgumentException(set + " has no count");
        String v = sets.value(set, word);
        return v == null ? 0 : Integer.parseInt(v);
    }

    /** The type words a named place of this type can later be called by. */
    List<String> calledBy(PlaceType type) {
        return calledBy.getOrDefault(type, List.of());
    }

    /** The inclusion phrases, as word arrays, longest first. */
    List<String[]> inclusions() {
        return inclusions;
    }

    /** First words of inclusion phrases: after a comma the list goes on. */
    boolean opensInclusion(String word) {
        return inclusionOpeners.contains(word);
    }

    /** The word without one leading و or ف (words of three or more letters): وسيطر is سيطر. */
    /**
     * The word without one attached preposition among {@code letters} (بمناطق → مناطق with ب ل ك,
     * باستثناء → استثناء with ب); a word too short to carry one is kept.
     */
    static String withoutAttached(String w, String letters) {
        return w.length() > 3 && letters.indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
    }

    static String stripConj(String w) {
        return w.length() > 2 && (w.startsWith(Clitics.WA) || w.startsWith(Clitics.FA)) && !WHOLE.contains(w) ? WITHOUT_CONJ.get(w) : w;
    }

    /** The rules strip the same words again and again: each distinct word is cut (and its rest shared) once. */
    private static final WordMemo<String> WITHOUT_CONJ = new WordMemo<>(w -> ArabicText.word(w, 1, w.length()));
}
