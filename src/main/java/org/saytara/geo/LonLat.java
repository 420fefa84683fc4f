package org.saytara.geo;

/** A WGS84 position, longitude first as in GeoJSON. */
public record LonLat(double lon, double lat) {
    public LonLat {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a lon/lat position: " + lon + ", " + lat);
        }
    }
}
