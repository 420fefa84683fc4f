package org.saytara.layers;

import java.time.LocalDate;

/**
 * What happened on a frame date.
 *
 * @param summary one English line, e.g. "ISIS took Tadmur; fighting at T4 airbase"
 * @param changes how many places changed state on that date
 */
public record FrameSummary(LocalDate date, String summary, int changes) {}
