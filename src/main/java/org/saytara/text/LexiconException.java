package org.saytara.text;

/**
 * A lexicon file that cannot be used: a malformed row, an unknown name, a missing file. Thrown
 * while the lexicons load, so a bad edit stops start-up with the file, the line and the reason
 * instead of silently changing what the extractor reads.
 */
public final class LexiconException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public LexiconException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file's name, as the lexicon knows it ({@code triggers.tsv}). */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
