package org.saytara.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic writes conjunctions, prepositions, the article and pronouns attached to the word:
 * وبالمدينة is و + ب + ال + مدينة. Rather than strip them from every token of every article (slow,
 * and ambiguous: وادي is not و + ادي), Saytara expands each lexicon entry into every attached form
 * once, at start-up, so matching a token is a single hash lookup.
 */
public final class Clitics {
    /** What may attach to the first word of an entry. */
    public enum Form {
        /** A proper name: و/ف, then ب/ل/ك; names written with ال take لل for ل. */
        NAME,
        /** A common noun or masdar: as a name, plus the article and possessive pronouns. */
        NOUN,
        /** A verb form: و/ف, then ل (purpose) or س (future), plus object pronouns. */
        VERB,
        /** A particle or fixed word: only و/ف. */
        WORD
    }

    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PREP = {"", "ب", "ل", "ك"};
    private static final String[] VERB_PREFIX = {"", "ل", "س"};
    private static final String[] PRONOUNS = {"ه", "ها", "هم", "هما", "هن", "نا", "كم"};

    private Clitics() {}

    /** Every surface form of {@code word} (already normalised) under the given form. */
    public static List<Surface> expand(String word, Form form) {
        if (form == Form.NAME) {
            // twelve distinct forms, no set needed: names are expanded by the ten thousand
            List<Surface> names = new ArrayList<>(CONJ.length * PREP.length);
            boolean art = word.startsWith("ال");
            for (String c : CONJ) {
                for (String p : PREP) {
                    String prefix = c + p;
                    String surface = (p.equals("ل") && art) ? c + "ل" + word.substring(1) : prefix + word;
                    names.add(new Surface(surface, prefix, false, null));
                }
            }
            return names;
        }
        Set<Surface> out = new LinkedHashSet<>();
        switch (form) {
            case WORD -> {
                for (String c : CONJ) out.add(new Surface(c + word, c, false, null));
            }
            case NAME -> addNominal(out, word, false);
            case NOUN -> {
                addNominal(out, word, false);
                if (!word.startsWith("ال")) addNominal(out, "ال" + word, true);
                for (String p : PRONOUNS) {
                    for (String stem : construct(word)) {
                        for (String c : CONJ) for (String pr : PREP) {
                            out.add(new Surface(c + pr + stem + p, c + pr, false, p));
                        }
                    }
                }
            }
            case VERB -> {
                for (String c : CONJ) for (String v : VERB_PREFIX) {
                    out.add(new Surface(c + v + word, c + v, false, null));
                    for (String p : PRONOUNS) {
                        for (String stem : construct(word)) {
                            out.add(new Surface(c + v + stem + p, c + v, false, p));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void addNominal(Set<Surface> out, String word, boolean addedArticle) {
        boolean art = word.startsWith("ال");
        for (String c : CONJ) {
            for (String p : PREP) {
                String prefix = c + p;
                String surface = (p.equals("ل") && art) ? c + "ل" + word.substring(1) : prefix + word;
                out.add(new Surface(surface, prefix, addedArticle, null));
            }
        }
    }

    /** The stem a pronoun attaches to: teh marbuta comes back as ت, final hamza sits on yeh. */
    private static List<String> construct(String word) {
        if (word.endsWith("ه")) return List.of(word.substring(0, word.length() - 1) + "ت");
        if (word.endsWith("اء")) return List.of(word.substring(0, word.length() - 1) + "ئ", word);
        if (word.endsWith("ي") && word.length() > 3) {
            return List.of(word, word.substring(0, word.length() - 1) + "ا");
        }
        return List.of(word);
    }

    /**
     * One attached form of an entry's first word.
     *
     * @param text        the surface string as it appears in normalised text
     * @param prefix      what is attached before the word (و, ب, وب, ل …), "" for nothing
     * @param article     whether the article was added by expansion (the entry lacked it)
     * @param pronoun     the attached pronoun, or null
     */
    public record Surface(String text, String prefix, boolean article, String pronoun) {
        public boolean proclitic() {
            return !prefix.isEmpty();
        }
    }
}
