package org.saytara.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named word sets read from one lexicon file of three columns, {@code set}, {@code value} and
 * {@code forms}: the shape of {@code words.tsv} and {@code dates.tsv}. The sets are a closed list,
 * an enum of the file's owner; a set name the enum does not know, a set with no words, an empty
 * form, a value its set does not accept, or a form listed twice in one set with two values stops
 * start-up ({@link LexiconException}).
 *
 * <p>Forms are normalised like article text. They are looked up exactly: the rules decide which
 * clitics to take off a text word before asking.
 *
 * @param <E> the enum of the file's sets; a constant {@code FOO_BAR} is written {@code foo-bar}
 */
public final class WordSets<E extends Enum<E>> {
    /** Checks a row's value for its set and returns it as stored; throws {@link LexiconFile.Row#error}. */
    @FunctionalInterface
    public interface ValueCheck<E> {
        String check(E set, String value, LexiconFile.Row row);
    }

    private final String file;
    private final Map<E, Map<String, String>> values;
    private final Map<E, Map<String, Integer>> lines;

    private WordSets(String file, Map<E, Map<String, String>> values, Map<E, Map<String, Integer>> lines) {
        this.file = file;
        this.values = values;
        this.lines = lines;
    }

    /** Reads and checks a file of word sets. */
    public static <E extends Enum<E>> WordSets<E> read(LexiconFile.Source source, String file, Class<E> sets,
                                                       ValueCheck<E> values) {
        Map<E, Map<String, String>> out = new EnumMap<>(sets);
        Map<E, Map<String, Integer>> lines = new EnumMap<>(sets);
        for (E s : sets.getEnumConstants()) {
            out.put(s, new LinkedHashMap<>());
            lines.put(s, new HashMap<>());
        }
        LexiconFile.Meanings<String> meanings = new LexiconFile.Meanings<>();
        for (LexiconFile.Row row : LexiconFile.read(source, file,
                LexiconFile.Columns.of("set", "value", "forms").lists("forms"))) {
            E set = row.name("set", sets);
            String value = values.check(set, row.get("value"), row);
            for (String form : row.items("forms")) {
                String word = ArabicNormalizer.normalizeTerm(form);
                meanings.add(row, LexiconFile.code(set) + " " + word, value, v -> "value " + v);
                out.get(set).put(word, value);
                lines.get(set).putIfAbsent(word, row.line());
            }
        }
        Map<E, Map<String, String>> frozen = new EnumMap<>(sets);
        for (E s : sets.getEnumConstants()) {
            if (out.get(s).isEmpty()) throw new LexiconException(file, 0, "no words for set " + LexiconFile.code(s));
            // HashMaps: the immutable maps probe linearly, and these are asked on every word
            frozen.put(s, Collections.unmodifiableMap(new HashMap<>(out.get(s))));
        }
        return new WordSets<>(file, frozen, lines);
    }

    /** A value check for sets that take none: the value column must be "-". */
    public static String none(Enum<?> set, String value, LexiconFile.Row row) {
        if (!value.equals("-")) throw row.error("set " + LexiconFile.code(set) + " takes no value: write -");
        return value;
    }

    /** A value check for a whole number within bounds. */
    public static String number(Enum<?> set, String value, LexiconFile.Row row, int min, int max) {
        int n = row.number("value", value);
        if (n < min || n > max) throw row.error("set " + LexiconFile.code(set) + " takes a number from " + min + " to " + max + ", not " + n);
        return value;
    }

    /** Whether the word (normalised, as the rule has prepared it) is in the set. */
    public boolean is(E set, String word) {
        return values.get(set).containsKey(word);
    }

    /** The set's value for the word, or null when the word is not in it. */
    public String value(E set, String word) {
        return values.get(set).get(word);
    }

    /** The words of a set. */
    public Set<String> words(E set) {
        return values.get(set).keySet();
    }

    /** The file the sets were read from, for messages about them. */
    public String file() {
        return file;
    }

    /**
     * A problem found across rows (a value naming a word of another set that is not there), at the
     * line of the word it is about.
     */
    public LexiconException error(E set, String word, String reason) {
        return new LexiconException(file, lines.get(set).getOrDefault(word, 0), reason);
    }

    /** The words of several sets. */
    public List<String> words(List<E> sets) {
        List<String> out = new java.util.ArrayList<>();
        for (E s : sets) out.addAll(words(s));
        return out;
    }
}
