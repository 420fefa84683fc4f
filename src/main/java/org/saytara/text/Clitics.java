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

    // The letters below are the grammar of attachment itself, not a word list: which single letters
    // (and the article) may be written onto a word. They stay in code, named, and every rule that
    // needs one takes it from here.

    /** The conjunctions و (and) and ف (so). */
    public static final String WA = "و", FA = "ف";
    /** The attached prepositions ب (in, with, by), ل (to, for) and ك (like). */
    public static final String BI = "ب", LI = "ل", KA = "ك";
    /** The single letters that attach before a word: the conjunctions and the prepositions. */
    public static final String PROCLITIC_LETTERS = WA + FA + BI + KA + LI;
    /** The future prefix of a verb (سيسيطر: will take). ل before a verb is a purpose (ليسيطر). */
    public static final String SA = "س";
    /** The article. */
    public static final String AL = "ال";
    /** The attached pronoun "her, it" (ها): a town, a village, a place named by a feminine word. */
    public static final String HA = "ها";
    /** The attached pronoun "him, it" (ه): a field, an airport, a mountain (masculine words). */
    public static final String HU = "ه";
    /** Letters a present-tense verb starts with (يسيطر, تسيطر, نسيطر): "he/she/we take". */
    public static final String PRESENT_PREFIXES = "يتن";
    /** The present-tense prefix of "he" (يقتل: he kills). */
    public static final String YA = "ي";
    /** The present-tense prefixes of "he" and "she" (يسيطر, تسيطر): ليسيطر is "for him to take". */
    public static final String THIRD_PERSON_PRESENT = "يت";

    /** Endings of a nisba adjective (السوري, السورية, الروسيون, الروسيين): morphology, like the clitics. */
    private static final String[] NISBA_ENDINGS = {"ي", "يه", "يون", "يين"};

    /** A definite nisba adjective (السوري, العربية): the article, a stem, a nisba ending. */
    public static boolean isNisba(String normalisedWord) {
        return normalisedWord.startsWith(AL) && normalisedWord.length() > 4 && hasNisbaEnding(normalisedWord);
    }

    /** A word that ends as a nisba adjective does (ي, ية, يون, يين), with or without the article. */
    public static boolean hasNisbaEnding(String normalisedWord) {
        for (String e : NISBA_ENDINGS) if (normalisedWord.endsWith(e)) return true;
        return false;
    }

    private static final String[] CONJ = {"", WA, FA};
    private static final String[] PREP = {"", BI, LI, KA};
    private static final String[] VERB_PREFIX = {"", LI, SA};
    private static final String[] PRONOUNS = {HU, HA, "هم", "هما", "هن", "نا", "كم"};

    private Clitics() {}

    /** Every surface form of {@code word} (already normalised) under the given form. */
    public static List<Surface> expand(String word, Form form) {
        Set<Surface> out = new LinkedHashSet<>();
        switch (form) {
            case WORD -> {
                for (String c : CONJ) out.add(new Surface(c + word, c, false, null));
            }
            case NAME -> addNominal(out, word, false);
            case NOUN -> {
                addNominal(out, word, false);
                if (!word.startsWith(AL)) addNominal(out, AL + word, true);
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
        boolean art = word.startsWith(AL);
        for (String c : CONJ) {
            for (String p : PREP) {
                String prefix = c + p;
                String surface = (p.equals(LI) && art) ? c + LI + word.substring(1) : prefix + word;
                out.add(new Surface(surface, prefix, addedArticle, null));
            }
        }
    }

    /** The stem a pronoun attaches to: teh marbuta comes back as ت, final hamza sits on yeh. */
    private static List<String> construct(String word) {
        // spelling rules of attachment (ه/ة → ت, اء → ائ, ى → ا): grammar, so code, not a lexicon
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
