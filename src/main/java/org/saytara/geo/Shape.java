package org.saytara.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** An immutable WGS84 (lon/lat) geometry, ready to be written as GeoJSON. */
public final class Shape {
    static final GeometryFactory FACTORY = new GeometryFactory();

    final Geometry geometry;

    Shape(Geometry geometry) {
        this.geometry = geometry;
    }

    public static Shape point(LonLat p) {
        return new Shape(FACTORY.createPoint(new Coordinate(p.lon(), p.lat())));
    }

    /** {minLon, minLat, maxLon, maxLat}; null when empty. */
    public double[] bbox() {
        if (geometry.isEmpty()) return null;
        var e = geometry.getEnvelopeInternal();
        return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    /** The GeoJSON type name: Point, Polygon, MultiPolygon … */
    public String type() {
        return geometry.getGeometryType();
    }

    public boolean isEmpty() {
        return geometry.isEmpty();
    }

    @Override
    public String toString() {
        return geometry.toText();
    }
}
