package org.saytara.gazetteer;

import java.nio.file.Path;

/**
 * What {@link GeoNamesImport#run} did, for the CLI to print.
 *
 * @param rowsRead       data lines of the GeoNames file
 * @param rowsKept       lines of the requested country written out
 * @param withArabicName kept places that have at least one Arabic name
 * @param malformedLines lines without the 19 GeoNames columns or with unreadable numbers, skipped
 */
public record ImportSummary(long rowsRead, int rowsKept, int withArabicName, int malformedLines, Path out) {
    @Override
    public String toString() {
        return "read " + rowsRead + " GeoNames rows, wrote " + rowsKept + " (" + withArabicName
                + " with an Arabic name) to " + out + (malformedLines > 0 ? "; skipped " + malformedLines
                + " malformed lines" : "");
    }
}
