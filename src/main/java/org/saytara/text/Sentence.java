package org.saytara.text;

/**
 * A sentence as a token range {@code [firstToken, endToken)} and its normalised char range.
 */
public record Sentence(int index, int firstToken, int endToken, int start, int end) {
    public boolean contains(int token) {
        return token >= firstToken && token < endToken;
    }
}
