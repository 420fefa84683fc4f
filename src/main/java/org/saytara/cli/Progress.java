package org.saytara.cli;

import java.io.PrintStream;

/** A progress line for long runs, redrawn at most every half second, so big corpora show life. */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long last = start;
    private int done;

    Progress(PrintStream err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.quiet = quiet;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (quiet || total < 200) return;
        if (now - last > 500_000_000L || done == total) {
            last = now;
            double s = (now - start) / 1e9;
            err.printf("\r%d/%d articles (%.0f%%), %.1f s", done, total, 100.0 * done / total, s);
            if (done == total) err.println();
        }
    }
}
