package org.saytara.geo;

/** An area in WGS84 with its size measured in the metric projection. */
public record Region(Shape shape, double areaKm2) {}
