package org.saytara.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.saytara.text.Clitics;

/**
 * Arabic-name helpers for building the gazetteer: a comparison key for "is this the same name",
 * a test for which alternate names are Arabic, and a rough consonant skeleton to tell which
 * Arabic alternate is the one the Latin name transliterates.
 */
final class ArabicNames {
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    /**
     * Letters of Persian, Urdu and Kurdish spelling; names using them are not Arabic names. A fact
     * of the scripts, not a word list, so it stays here.
     */
    private static final String NON_ARABIC_LETTERS = "پچژگکیۆێڕڵھە";

    private ArabicNames() {}

    /**
     * The form under which two spellings count as one name: NFKC (presentation forms), Lucene's
     * Arabic normalisation (hamza forms of alef, teh marbuta, alef maksura, tatweel, diacritics),
     * single spaces, and the article ال dropped from the first word.
     */
    static String key(String name) {
        String normalised = normal(name);
        if (normalised.startsWith(Clitics.AL) && normalised.length() > 3) normalised = normalised.substring(2);
        return normalised;
    }

    /** As {@link #key}, keeping the article: the form of a dictionary entry. */
    static String normal(String name) {
        char[] chars = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toCharArray();
        int length = LUCENE.normalize(chars, chars.length);
        return new String(chars, 0, length).replaceAll("[\\s\\-‐–—_]+", " ").strip();
    }

    /** Written in Arabic letters only (spaces and dashes allowed), with no Persian/Kurdish letters. */
    static boolean isArabic(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.ARABIC) return false;
            if (NON_ARABIC_LETTERS.indexOf(cp) >= 0) return false;
            letter = true;
        }
        return letter;
    }

    /**
     * Written in Latin letters (with diacritics, spaces, apostrophes, and the modifier letters ʿ ʾ
     * of transliteration, which Unicode files under no script).
     */
    static boolean isLatin(String name) {
        boolean latin = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) latin = true;
            else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) return false;
        }
        return latin;
    }

    /**
     * Consonants of an Arabic name in Latin letters, article dropped, long vowels (ا و ي ى) and ع ء
     * dropped, so that it can be compared with {@link #latinSkeleton}.
     */
    static String arabicSkeleton(String arabic) {
        // the letters' Latin consonants: a transliteration scheme, a fact of the alphabet, not a word list
        String k = key(arabic);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k.length(); i++) {
            out.append(switch (k.charAt(i)) {
                case 'ب' -> "b";
                case 'ت', 'ط' -> "t";
                case 'ث' -> "th";
                case 'ج' -> "j";
                case 'ح', 'ه', 'ة' -> "h";
                case 'خ' -> "kh";
                case 'د', 'ض' -> "d";
                case 'ذ' -> "dh";
                case 'ر' -> "r";
                case 'ز', 'ظ' -> "z";
                case 'س', 'ص' -> "s";
                case 'ش' -> "sh";
                case 'غ' -> "gh";
                case 'ف' -> "f";
                case 'ق', 'ك' -> "k";
                case 'ل' -> "l";
                case 'م' -> "m";
                case 'ن' -> "n";
                default -> "";
            });
        }
        return out.toString();
    }

    /** Consonants of a transliterated name, with a leading article (Al, As, Ash, El …) dropped. */
    static String latinSkeleton(String latin) {
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^(a|e)(l|t|th|d|dh|r|z|s|sh|n)[ -]", "");
        s = s.replace('q', 'k');
        return s.replaceAll("[^a-z]", "").replaceAll("[aeiouwy]", "");
    }

    /** Share of the two skeletons that line up (longest common subsequence, 0 to 1). */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                lcs[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return 2.0 * lcs[a.length()][b.length()] / (a.length() + b.length());
    }
}
