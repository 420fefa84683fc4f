package org.saytara.corpus;

/**
 * Something the corpus loader could not take as it was.
 *
 * @param file    file name relative to the corpus folder
 * @param line    1-based line of a {@code .jsonl} file, or null for a whole file
 * @param reason  what was wrong, in words a person can act on
 * @param skipped true when the article (or jsonl line) was left out; false when it was loaded and
 *                this is a warning (a bad metadata field, no Arabic, no date)
 */
public record LoadProblem(String file, Integer line, String reason, boolean skipped) {
    public LoadProblem {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("problem without a file");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("problem without a reason");
    }

    static LoadProblem skipped(String file, Integer line, String reason) {
        return new LoadProblem(file, line, reason, true);
    }

    static LoadProblem warning(String file, Integer line, String reason) {
        return new LoadProblem(file, line, reason, false);
    }

    /** {@code file:line: reason (skipped)}, the form a log or a CLI summary shows. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + reason + (skipped ? " (skipped)" : "");
    }
}
