package org.saytara.text;

/**
 * A word of the normalised text.
 *
 * @param index     position in the article's token list
 * @param start     offset in the normalised text
 * @param end       offset just after it
 * @param text      the normalised word
 * @param sepBefore punctuation between the previous token and this one
 */
public record Token(int index, int start, int end, String text, Sep sepBefore) {
}
