package org.saytara.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;

/**
 * The function words the reading rules look for, read from {@code words.tsv}: one closed list of
 * named sets ({@link WordSet}), each documented in the file. The rules ask {@link #is} of a word (a
 * hash lookup), so no Arabic word list lives in code.
 */
final class Words {
    static final String FILE = "words.tsv";

    /** What the value column of a set holds. */
    enum Value { NONE, PLACE_TYPES, RELATION }

    /** The word sets of {@code words.tsv}; the file's header says what each is for. */
    enum WordSet {
        PREPOSITION, NOT_DIRECT, ADVERB, DURATION, SUPPORT, SUPPORT_JOINING, INCLUSION, DEFINITE_PART,
        COUNTRYSIDE, DIRECTION, BETWEEN, NEAR(Value.RELATION), ATTRIBUTION_END, DATE_PREPOSITION, LOOSE_PREPOSITION, WHERE,
        TYPE(Value.PLACE_TYPES), CALLED(Value.PLACE_TYPES), TOWN_WORD, VILLAGE_WORD, TOWN_PART, RELATIVE,
        OBJECT_PRONOUN(Value.RELATION), DUAL_PRONOUN(Value.RELATION),
        AFFILIATION, GAINER_MARKER, GAINER_BEFORE_L, BY, FROM, NOUN_CONTEXT, AFTER_CONNECTOR,
        DENIED_THING, SUBJUNCTIVE, NARRATIVE, AGAIN;

        final Value value;

        WordSet() {
            this(Value.NONE);
        }

        WordSet(Value value) {
            this.value = value;
        }
    }

    private final Map<WordSet, Map<String, String>> values;
    private final Map<String, PlaceType[]> types;
    private final Map<PlaceType, List<String>> calledBy;
    private final List<String[]> inclusions;
    private final java.util.Set<String> inclusionOpeners;

    private Words(Map<WordSet, Map<String, String>> values) {
        this.values = values;
        Map<String, PlaceType[]> t = new HashMap<>();
        values.get(WordSet.TYPE).forEach((w, v) -> t.put(w, placeTypes(v)));
        this.types = t;
        Map<PlaceType, List<String>> called = new EnumMap<>(PlaceType.class);
        values.get(WordSet.CALLED).forEach((w, v) -> {
            for (PlaceType p : placeTypes(v)) called.computeIfAbsent(p, k -> new ArrayList<>()).add(w);
        });
        this.calledBy = called;
        // longest first, so بما في ذلك is tried before a shorter phrase ending the same way
        List<String[]> inc = new ArrayList<>();
        for (String phrase : values.get(WordSet.INCLUSION).keySet()) inc.add(phrase.split(" "));
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
        LexiconFile.Columns columns = LexiconFile.Columns.of("set", "value", "forms").lists("forms");
        Map<WordSet, Map<String, String>> values = new EnumMap<>(WordSet.class);
        for (WordSet s : WordSet.values()) values.put(s, new LinkedHashMap<>());
        List<LexiconFile.Row> relationRows = new ArrayList<>();
        LexiconFile.Meanings<String> meanings = new LexiconFile.Meanings<>();
        for (LexiconFile.Row row : LexiconFile.read(source, FILE, columns)) {
            WordSet set = row.name("set", WordSet.class);
            String value = row.get("value");
            switch (set.value) {
                case NONE -> {
                    if (!value.equals("-")) throw row.error("set " + LexiconFile.code(set) + " takes no value: write -");
                }
                case PLACE_TYPES -> {
                    for (String code : value.split(",")) {
                        if (PlaceType.fromCode(code) == null) throw row.error("unknown place type '" + code + "'");
                    }
                }
                case RELATION -> {
                    value = ArabicNormalizer.normalizeTerm(value);
                    relationRows.add(row);
                }
            }
            for (String form : row.items("forms")) {
                String word = ArabicNormalizer.normalizeTerm(form);
                meanings.add(row, LexiconFile.code(set) + " " + word, value);
                values.get(set).put(word, value);
            }
        }
        for (WordSet s : WordSet.values()) {
            if (values.get(s).isEmpty()) throw new org.saytara.text.LexiconException(FILE, 0, "no words for set " + LexiconFile.code(s));
        }
        // a relation must be a governing word the rules know
        for (LexiconFile.Row row : relationRows) {
            String rel = ArabicNormalizer.normalizeTerm(row.get("value"));
            if (!values.get(WordSet.PREPOSITION).containsKey(rel)) {
                throw row.error("value '" + row.get("value") + "' is not a preposition of this file");
            }
        }
        for (WordSet s : List.of(WordSet.TOWN_WORD, WordSet.VILLAGE_WORD, WordSet.TOWN_PART)) {
            for (String w : values.get(s).keySet()) {
                if (!values.get(WordSet.TYPE).containsKey(w)) {
                    throw new org.saytara.text.LexiconException(FILE, 0, LexiconFile.code(s) + " '" + w + "' is not a type word");
                }
            }
        }
        for (String phrase : values.get(WordSet.INCLUSION).keySet()) {
            if (phrase.isEmpty()) throw new org.saytara.text.LexiconException(FILE, 0, "empty inclusion phrase");
        }
        Map<WordSet, Map<String, String>> frozen = new EnumMap<>(WordSet.class);
        // HashMaps: the immutable maps probe linearly and these are asked on every word
        values.forEach((s, m) -> frozen.put(s, Collections.unmodifiableMap(new HashMap<>(m))));
        return new Words(frozen);
    }

    private static PlaceType[] placeTypes(String codes) {
        String[] parts = codes.split(",");
        PlaceType[] out = new PlaceType[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = PlaceType.fromCode(parts[i]);
        return out;
    }

    /** Whether {@code word} (normalised, as the rule has prepared it) is in the set. */
    boolean is(WordSet set, String word) {
        return values.get(set).containsKey(word);
    }

    /** The set's value for a word (a governing word, place-type codes), or null. */
    String value(WordSet set, String word) {
        return values.get(set).get(word);
    }

    /** The words of a set. */
    java.util.Set<String> words(WordSet set) {
        return values.get(set).keySet();
    }

    /** The place types a type word can point back to, most likely first; null when it is not one. */
    PlaceType[] types(String typeWord) {
        return types.get(typeWord);
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
    static String stripConj(String w) {
        return w.length() > 2 && (w.startsWith(Clitics.WA) || w.startsWith(Clitics.FA)) ? w.substring(1) : w;
    }
}
