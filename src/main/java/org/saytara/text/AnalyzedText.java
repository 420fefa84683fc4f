package org.saytara.text;

import java.util.List;

/** An article's text normalised, cut into tokens and sentences, with the way back to the original. */
public final class AnalyzedText {
    private final NormalizedText normalized;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;

    AnalyzedText(NormalizedText normalized, List<Token> tokens, List<Sentence> sentences) {
        this.normalized = normalized;
        // ArabicText hands over lists nobody else holds: wrapping, not copying, keeps a big article cheap.
        this.tokens = java.util.Collections.unmodifiableList(tokens);
        this.sentences = java.util.Collections.unmodifiableList(sentences);
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) sentenceOfToken[i] = s.index();
        }
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public String original() {
        return normalized.original();
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(int token) {
        return sentences.get(sentenceOfToken[token]);
    }

    /** Original offsets {start, end} of tokens {@code [from, to)}. */
    public int[] originalRange(int from, int to) {
        if (to <= from) {
            int at = normalized.originalStart(from < tokens.size() ? tokens.get(from).start() : normalized.norm().length());
            return new int[] {at, at};
        }
        return normalized.originalRange(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The sentence exactly as the article writes it, trimmed of surrounding blanks. */
    public int[] originalSentenceRange(Sentence s) {
        int[] r = normalized.originalRange(s.start(), s.end());
        String o = normalized.original();
        int a = r[0], b = r[1];
        while (a < b && Character.isWhitespace(o.charAt(a))) a++;
        while (b > a && Character.isWhitespace(o.charAt(b - 1))) b--;
        return new int[] {a, b};
    }
}
