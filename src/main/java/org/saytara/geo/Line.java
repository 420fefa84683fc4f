package org.saytara.geo;

/** A line in WGS84 (a LineString or MultiLineString) with its length measured in the metric plane. */
public record Line(Shape shape, double lengthKm) {}
