package org.saytara.layers;

import java.time.LocalDate;

/**
 * What happened on a frame date.
 *
 * @param summary   one English line, e.g. "ISIS took Tadmur; fighting at T4 airbase"
 * @param changes   how many places changed state on that date
 * @param summaryAr the same line in Arabic, e.g. "سيطر تنظيم الدولة على تدمر؛ معارك في مطار التيفور"
 * @param reports   how many reports' date windows hold that date (the changes layer of the frame)
 */
public record FrameSummary(LocalDate date, String summary, int changes, String summaryAr, int reports) {
    FrameSummary withReports(int n) {
        return new FrameSummary(date, summary, changes, summaryAr, n);
    }
}
