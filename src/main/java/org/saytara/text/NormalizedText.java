package org.saytara.text;

/**
 * Text in the form the matchers read, with a map back to the original so that evidence is quoted
 * exactly as written. Normalisation may drop characters (diacritics, tatweel) or expand one
 * (NFKC turns the ligature ﻻ into two letters), so each normalised char remembers the original
 * range it came from: one original char, so the range is its start and the char after it.
 */
public final class NormalizedText {
    private final String original;
    private final String norm;
    private final int[] origStart;

    NormalizedText(String original, String norm, int[] origStart) {
        this.original = original;
        this.norm = norm;
        this.origStart = origStart;
    }

    public String original() {
        return original;
    }

    public String norm() {
        return norm;
    }

    /** Original offset where normalised char {@code i} starts; {@code length()} maps to the end. */
    public int originalStart(int i) {
        return i >= norm.length() ? original.length() : origStart[i];
    }

    /** Original offset just after normalised char {@code i}. */
    public int originalEnd(int i) {
        return i < 0 ? 0 : origStart[Math.min(i, norm.length() - 1)] + 1;
    }

    /** The original range covering normalised chars {@code [start, end)}, as {start, end}. */
    public int[] originalRange(int start, int end) {
        if (norm.isEmpty()) return new int[] {0, 0};
        if (end <= start) {
            int at = originalStart(start);
            return new int[] {at, at};
        }
        return new int[] {originalStart(start), originalEnd(end - 1)};
    }
}
