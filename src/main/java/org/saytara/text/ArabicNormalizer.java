package org.saytara.text;

import java.text.Normalizer;

/**
 * Puts Arabic as it is written on the web into one spelling: Unicode NFKC first (seed articles
 * contain presentation forms such as ﺗﺪﻣﺮ), then Lucene's Arabic normalisation (alef with hamza
 * or madda to bare alef, teh marbuta to heh, alef maksura to yeh, tatweel and diacritics removed),
 * Eastern Arabic and Persian digits to ASCII, Latin to lower case, Arabic punctuation to its ASCII
 * twin, and zero-width marks dropped.
 *
 * <p>Every step works on one character at a time, so the whole mapping is precomputed into a
 * table: normalising is one array lookup per char, which keeps extraction close to the speed of a
 * bare Lucene analyzer pass.
 */
public final class ArabicNormalizer {
    /** Replacement per BMP char; null means "keep as is", "" means "drop". */
    private static final String[] TABLE = buildTable();

    private ArabicNormalizer() {}

    public static NormalizedText normalize(String text) {
        return chars(text).text(text);
    }

    /**
     * The normalised characters {@code chars[0, length)}, each with the original offset it came
     * from: the tokenizer reads the array itself, which is quicker than reading the String.
     */
    record Chars(char[] chars, int length, int[] origStart) {
        NormalizedText text(String original) {
            return new NormalizedText(original, new String(chars, 0, length), origStart);
        }
    }

    static Chars chars(String text) {
        int n = text.length();
        char[] out = new char[n + 16];
        // Each normalised char comes from one original char, so its original offset is all there
        // is to remember (the range ends one char later).
        int[] start = new int[n + 16];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String r = TABLE[c];
            if (r == null) {
                if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                    start = java.util.Arrays.copyOf(start, out.length);
                }
                out[k] = c;
                start[k] = i;
                k++;
                continue;
            }
            int len = r.length();
            if (k + len > out.length) {
                int cap = out.length * 2 + len;
                out = java.util.Arrays.copyOf(out, cap);
                start = java.util.Arrays.copyOf(start, cap);
            }
            for (int j = 0; j < len; j++) {
                out[k] = r.charAt(j);
                start[k] = i;
                k++;
            }
        }
        return new Chars(out, k, start);
    }

    /** Normalises a lexicon or gazetteer entry: same rules, no offsets, spaces collapsed. */
    public static String normalizeTerm(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = TABLE[c];
            out.append(r == null ? String.valueOf(c) : r);
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }

    private static String[] buildTable() {
        String[] t = new String[0x10000];
        char[] one = new char[1];
        org.apache.lucene.analysis.ar.ArabicNormalizer lucene = new org.apache.lucene.analysis.ar.ArabicNormalizer();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) continue;
            if (!needsWork(c)) continue;
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            StringBuilder r = new StringBuilder();
            for (int i = 0; i < nfkc.length(); i++) {
                char x = nfkc.charAt(i);
                one[0] = x;
                int len = lucene.normalize(one, 1);
                if (len == 0) continue;
                r.append(extra(one[0]));
            }
            String s = r.toString();
            if (!s.equals(String.valueOf((char) c))) t[c] = s;
        }
        return t;
    }

    /** Only these ranges change; the rest of Unicode stays untouched and costs nothing. */
    private static boolean needsWork(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 0x00A0 && c <= 0x00BF)
                || (c >= 0x0600 && c <= 0x06FF)
                || (c >= 0x0750 && c <= 0x077F)
                || (c >= 0x08A0 && c <= 0x08FF)
                || (c >= 0x2000 && c <= 0x206F)
                || (c >= 0xFB50 && c <= 0xFDFF)
                || (c >= 0xFE70 && c <= 0xFEFF)
                || (c >= 0xFF01 && c <= 0xFF5E);
    }

    /** What Lucene's normaliser leaves alone but matching still needs folded. */
    private static String extra(char x) {
        if (x >= 0x0660 && x <= 0x0669) return String.valueOf((char) ('0' + x - 0x0660));
        if (x >= 0x06F0 && x <= 0x06F9) return String.valueOf((char) ('0' + x - 0x06F0));
        if (x >= 'A' && x <= 'Z') return String.valueOf((char) (x + 32));
        switch (x) {
            case '\u0671': return "\u0627";           // alef wasla
            case '\u0670': return "";                 // superscript alef
            case '\u06CC': case '\u064A': return "\u064A"; // Farsi yeh
            case '\u06A9': return "\u0643";           // keheh
            case '\u060C': return ",";
            case '\u061B': return ";";
            case '\u061F': return "?";
            case '\u066A': return "%";
            case '\u066B': return ".";
            case '\u066C': return ",";
            case '\u06D4': return ".";
            case '\u00A0': return " ";
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F':
            case '\u2060': case '\uFEFF': case '\u061C': case '\u202A': case '\u202B':
            case '\u202C': case '\u202D': case '\u202E':
                return "";
            case '\u2013': case '\u2014': case '\u2212': return "-";
            default:
                if (x >= 0x2000 && x <= 0x200A) return " ";
                return String.valueOf(x);
        }
    }
}
