package org.saytara.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.saytara.text.Clitics;

/**
 * The general Arabic word list behind the "a name that is also an ordinary word needs a cue" guard:
 * the entries of Debian's {@code hunspell-ar} dictionary ({@code /usr/share/hunspell/ar.dic},
 * Ayaspell 3.2), read at import time only.
 *
 * <p>{@code ar.dic} is several files joined, each announced by a {@code ::::} line and its name:
 * {@code stopwords.dic}, {@code tools.dic}, {@code names.dic} (nouns and adjectives, opening with
 * continents, countries and their nationality adjectives, capitals, then given names) and
 * {@code verb.huns.dic}. What news uses as words counts: stop words, particles, nouns, adjectives,
 * countries, nationalities (الروسية "the Russian", a village's name too) and capitals. Given names
 * are left out (many villages bear a saint's or a family's name), and so are the verbs, whose
 * conjugations in hunspell's affix rules would make half of all village names look like a verb form.
 *
 * <p>A name (article dropped, normalised) is an ordinary word when it is an entry, an entry with
 * the feminine ending (جديد → الجديدة), or the dual or sound plural of a feminine entry (قرية →
 * القريتين, حالة → حالات).
 */
final class DictionaryWords {
    /** Why a name counts as an ordinary word. */
    enum Rule { ENTRY, FEMININE, DUAL, PLURAL }

    record Match(Rule rule, String entry) {}

    /** The headings hunspell-ar 3.2's ar.dic gives its blocks: the layout of that file, not a word list. */
    private static final String PROPER_NAMES_START = "##اسماء،أشخاص##";
    private static final String PROPER_NAMES_END = "####الأسماء####";
    /**
     * Endings of Arabic morphology, normalised (ة is ه): the feminine, the feminine dual, the
     * feminine sound plural. Facts of the grammar, like the letters of {@link ArabicNames}.
     */
    private static final String FEMININE = Clitics.HU;
    private static final String DUAL_GENITIVE = "تين", DUAL_NOMINATIVE = "تان", PLURAL = "ات";
    private static final Set<String> COMMON_SECTIONS = Set.of("stopwords.dic", "tools.dic", "names.dic");

    /** Normalised entry → the entry as written. */
    private final Map<String, String> entries;

    private DictionaryWords(Map<String, String> entries) {
        this.entries = entries;
    }

    int size() {
        return entries.size();
    }

    /**
     * @throws GazetteerException when the file is missing (install the Debian package
     *                            {@code hunspell-ar}) or is not laid out as hunspell-ar 3.2's
     */
    static DictionaryWords read(Path dic) {
        Map<String, String> entries = new HashMap<>();
        String section = null;
        boolean inProperNames = false, sawProperNames = false, sawNouns = false;
        try (BufferedReader in = Files.newBufferedReader(dic, StandardCharsets.UTF_8)) {
            String line;
            boolean header = false;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("::::")) {
                    header = !header;
                    continue;
                }
                if (header) {
                    section = line.strip();
                    if (section.equals("names.dic")) sawNouns = true;
                    continue;
                }
                if (line.startsWith(PROPER_NAMES_START)) {
                    inProperNames = true;
                    sawProperNames = true;
                }
                if (line.startsWith(PROPER_NAMES_END)) inProperNames = false;
                if (section == null || !COMMON_SECTIONS.contains(section) || inProperNames) continue;
                if (line.isBlank() || line.startsWith("#") || Character.isDigit(line.charAt(0))) continue;
                String word = line.split("[\t/]", 2)[0].strip();
                if (word.isEmpty() || !ArabicNames.isArabic(word)) continue;
                entries.putIfAbsent(ArabicNames.normal(word), word);
            }
        } catch (NoSuchFileException e) {
            throw new GazetteerException(dic + ": not found. The ordinary-word guard is built from Debian's "
                    + "hunspell-ar dictionary: install it (apt-get install hunspell-ar) or pass --words FILE");
        } catch (IOException e) {
            throw new GazetteerException(dic + ": cannot read: " + e.getMessage(), e);
        }
        if (!sawNouns || !sawProperNames) {
            throw new GazetteerException(dic + ": not laid out as hunspell-ar 3.2's ar.dic (sections names.dic, "
                    + "given names from \"" + PROPER_NAMES_START + "\"); " + entries.size() + " words read");
        }
        return new DictionaryWords(entries);
    }

    /** Builds a word list from words given directly (tests). */
    static DictionaryWords of(Set<String> words) {
        Map<String, String> m = new HashMap<>();
        for (String w : words) m.put(ArabicNames.normal(w), w);
        return new DictionaryWords(m);
    }

    /** Why the key of a name ({@link ArabicNames#key}) is an ordinary word, or null when it is not one. */
    Match match(String key) {
        if (key.indexOf(' ') >= 0 || key.length() < 3) return null;
        String e = entries.get(key);
        if (e != null) return new Match(Rule.ENTRY, e);
        if (key.endsWith(FEMININE) && (e = entries.get(key.substring(0, key.length() - 1))) != null) {
            return new Match(Rule.FEMININE, e);
        }
        if ((key.endsWith(DUAL_GENITIVE) || key.endsWith(DUAL_NOMINATIVE)) && key.length() > 4
                && (e = entries.get(key.substring(0, key.length() - 3) + FEMININE)) != null) {
            return new Match(Rule.DUAL, e);
        }
        if (key.endsWith(PLURAL) && key.length() >= 4 && (e = entries.get(key.substring(0, key.length() - 2) + FEMININE)) != null) {
            return new Match(Rule.PLURAL, e);
        }
        return null;
    }
}
