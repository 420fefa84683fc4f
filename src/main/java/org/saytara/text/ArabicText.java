package org.saytara.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the text stage: normalises an article and cuts it into tokens and sentences.
 *
 * <p>Sentences end at . ! ? ; and at line breaks that close a line ending in punctuation or a
 * short line (a heading); a line break inside running text is a soft wrap, not an end. A dot
 * between digits (1.5) ends nothing.
 */
public final class ArabicText {
    private ArabicText() {}

    public static AnalyzedText analyze(String text) {
        ArabicNormalizer.Chars chars = ArabicNormalizer.chars(text);
        NormalizedText nt = chars.text(text);
        String s = nt.norm();
        // the same characters as s, read from the array: String.charAt costs a check and a decode per char
        char[] cs = chars.chars();
        int n = chars.length();
        List<Token> tokens = new ArrayList<>(n / 5 + 4);
        WordTable words = WordTable.local();
        List<Sentence> sentences = new ArrayList<>();
        Sep pending = Sep.NONE;
        boolean sentenceBreak = false;
        int sentenceFirstToken = 0;
        int sentenceStart = 0;
        int lineStart = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isWordChar(c)) {
                int st = i;
                // the word's hash as String.hashCode computes it, for the word table
                int h = 0;
                while (i < n && (isWordChar(cs[i]) || isJoiner(s, i))) h = 31 * h + cs[i++];
                if (sentenceBreak) {
                    if (tokens.size() > sentenceFirstToken) {
                        sentences.add(new Sentence(sentences.size(), sentenceFirstToken, tokens.size(),
                                sentenceStart, tokens.get(tokens.size() - 1).end() + trailingPunct(s, tokens.get(tokens.size() - 1).end())));
                    }
                    sentenceFirstToken = tokens.size();
                    sentenceStart = st;
                    sentenceBreak = false;
                    pending = Sep.STOP;
                }
                tokens.add(new Token(tokens.size(), st, i, words.word(cs, st, i, h), pending));
                pending = Sep.NONE;
                continue;
            }
            Sep sep = Sep.NONE;
            switch (c) {
                case '.':
                    if (!(i > 0 && i + 1 < n && Character.isDigit(cs[i - 1]) && Character.isDigit(cs[i + 1]))) {
                        sentenceBreak = true;
                        sep = Sep.STOP;
                    }
                    break;
                case '!': case '?': case ';':
                    sentenceBreak = true;
                    sep = Sep.STOP;
                    break;
                case '\n':
                    if (endsLine(s, lineStart, i)) {
                        sentenceBreak = true;
                        sep = Sep.STOP;
                    }
                    lineStart = i + 1;
                    break;
                case ',':
                    sep = Sep.COMMA;
                    break;
                case ':':
                    sep = Sep.COLON;
                    break;
                case '-': case '/':
                    sep = Sep.DASH;
                    break;
                case '(': case '[': case '{':
                    sep = Sep.OPEN;
                    break;
                case ')': case ']': case '}':
                    sep = Sep.CLOSE;
                    break;
                case '"': case '\'': case '\u201C': case '\u201D': case '\u00AB': case '\u00BB':
                case '\u2018': case '\u2019': case '\u201E':
                    sep = Sep.QUOTE;
                    break;
                default:
                    break;
            }
            if (sep.ordinal() > pending.ordinal()) pending = sep;
            i++;
        }
        if (tokens.size() > sentenceFirstToken) {
            sentences.add(new Sentence(sentences.size(), sentenceFirstToken, tokens.size(), sentenceStart,
                    tokens.get(tokens.size() - 1).end() + trailingPunct(s, tokens.get(tokens.size() - 1).end())));
        }
        return new AnalyzedText(nt, tokens, sentences);
    }

    /**
     * {@code s.substring(start, end)} as the one shared String the tokens of this thread use for
     * that word (see {@link WordTable}): a word with a clitic taken off (وسيطر is سيطر) is looked up
     * in lexicons at every token, and this way it costs no allocation once seen, and its hash
     * code is cached for the lookups.
     */
    public static String word(String s, int start, int end) {
        return WordTable.local().word(s, start, end);
    }

    static boolean isWordChar(char c) {
        if (c >= 0x0621 && c <= 0x064A) return true; // Arabic letters first: most chars of the text
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        return Character.isLetterOrDigit(c);
    }

    /** An apostrophe inside a Latin word (Sha'ir) keeps the word whole. */
    private static boolean isJoiner(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < s.length()
                && isLatin(s.charAt(i - 1)) && isLatin(s.charAt(i + 1));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Quotes and brackets that close a sentence belong to its evidence. */
    private static int trailingPunct(String s, int from) {
        int k = from;
        while (k < s.length() && ".!?;\"')]\u201D\u00BB".indexOf(s.charAt(k)) >= 0) k++;
        return k - from;
    }

    /**
     * A line break ends a sentence after punctuation, after a short line (a heading), or after a
     * line of web furniture ("اقرأ أيضاً: …", "المصدر: …"), which never runs on into the next line.
     */
    private static boolean endsLine(String s, int lineStart, int nl) {
        int e = nl;
        while (e > lineStart && Character.isWhitespace(s.charAt(e - 1))) e--;
        if (e == lineStart) return true;
        String head = s.substring(lineStart, Math.min(e, lineStart + 12)).strip();
        if (Furniture.standard().isLineStart(head)) return true;
        char last = s.charAt(e - 1);
        if (".!?;:\"')\u201D\u00BB".indexOf(last) >= 0) return true;
        int words = 0;
        boolean in = false;
        for (int k = lineStart; k < e; k++) {
            boolean w = isWordChar(s.charAt(k));
            if (w && !in) words++;
            in = w;
        }
        return words <= 8;
    }
}
