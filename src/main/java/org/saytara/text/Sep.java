package org.saytara.text;

/** The strongest punctuation found between a token and the one before it. */
public enum Sep {
    NONE, QUOTE, OPEN, CLOSE, DASH, COMMA, COLON, STOP;

    /**
     * A phrase (a name, an actor) may run across quotes, brackets and a dash ("طريق حمص - تدمر"),
     * never across a comma.
     */
    public boolean insidePhrase() {
        return this == NONE || this == QUOTE || this == OPEN || this == CLOSE || this == DASH;
    }
}
