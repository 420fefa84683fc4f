package org.saytara.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.opengis.referencing.FactoryException;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * Buffers, unions and measures areas in one metric projection: the UTM zone ({@code AUTO:42001})
 * of the centre of the data. One zone for all of Syria (about 6.5° wide) keeps scale errors under
 * half a percent, and lets discs of different places be unioned in the same plane. Immutable and
 * thread-safe (GeoTools math transforms are stateless).
 */
public final class Areas {
    /** Segments per quarter circle: a disc is a 32-gon, within 0.5 % of the true circle's area. */
    private static final int QUADRANT_SEGMENTS = 8;

    private final LonLat centre;
    private final MathTransform toMetric;
    private final MathTransform toWgs84;

    private Areas(LonLat centre, MathTransform toMetric, MathTransform toWgs84) {
        this.centre = centre;
        this.toMetric = toMetric;
        this.toWgs84 = toWgs84;
    }

    /** A projection centred on the mean position of the points (any one point when they are few). */
    public static Areas centredOn(Collection<LonLat> points) {
        if (points.isEmpty()) throw new IllegalArgumentException("no points to centre the projection on");
        double lon = 0, lat = 0;
        for (LonLat p : points) {
            lon += p.lon();
            lat += p.lat();
        }
        return at(new LonLat(lon / points.size(), lat / points.size()));
    }

    public static Areas at(LonLat centre) {
        try {
            CoordinateReferenceSystem utm = CRS.decode(String.format(Locale.ROOT, "AUTO:42001,%.6f,%.6f", centre.lon(), centre.lat()));
            MathTransform forward = CRS.findMathTransform(DefaultGeographicCRS.WGS84, utm, true);
            return new Areas(centre, forward, forward.inverse());
        } catch (FactoryException | TransformException e) {
            throw new IllegalStateException("cannot build a UTM projection at " + centre, e);
        }
    }

    public LonLat centre() {
        return centre;
    }

    /** A circle of {@code radiusKm} around a place, drawn in metres. */
    public Disc disc(LonLat at, double radiusKm) {
        if (!(radiusKm > 0)) throw new IllegalArgumentException("radius must be positive: " + radiusKm);
        Geometry point = transform(Shape.FACTORY.createPoint(new Coordinate(at.lon(), at.lat())), toMetric);
        return new Disc(this, point.buffer(radiusKm * 1000, QUADRANT_SEGMENTS));
    }

    /** One disc on its own, as a Polygon. */
    public Region region(Disc disc) {
        check(disc);
        return new Region(new Shape(transform(disc.metric, toWgs84)), disc.areaKm2());
    }

    /** The union of the discs as a MultiPolygon (overlaps counted once), with its area. */
    public Region union(Collection<Disc> discs) {
        List<Geometry> parts = new ArrayList<>(discs.size());
        for (Disc d : discs) {
            check(d);
            parts.add(d.metric);
        }
        Geometry merged = parts.isEmpty() ? Shape.FACTORY.createMultiPolygon() : UnaryUnionOp.union(parts);
        MultiPolygon multi = asMultiPolygon(merged);
        return new Region(new Shape(transform(multi, toWgs84)), multi.getArea() / 1e6);
    }

    private static MultiPolygon asMultiPolygon(Geometry g) {
        if (g instanceof MultiPolygon m) return m;
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polygons.add(p);
        }
        return Shape.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private void check(Disc d) {
        if (d.owner != this) throw new IllegalArgumentException("disc drawn in another projection");
    }

    /** A geometry in lon/lat, projected into this plane (metres). */
    Geometry toMetric(Geometry lonLat) {
        return transform(lonLat, toMetric);
    }

    /** A geometry of this plane, back in lon/lat. */
    Geometry toWgs84(Geometry metric) {
        return transform(metric, toWgs84);
    }

    /** A position in this plane, in metres. */
    Coordinate toMetric(LonLat p) {
        double[] xy = {p.lon(), p.lat()};
        try {
            toMetric.transform(xy, 0, xy, 0, 1);
        } catch (TransformException e) {
            throw new IllegalStateException("cannot project " + p, e);
        }
        return new Coordinate(xy[0], xy[1]);
    }

    /** Interleaved x,y metres to interleaved lon,lat, in place. */
    void toWgs84(double[] xy) {
        try {
            toWgs84.transform(xy, 0, xy, 0, xy.length / 2);
        } catch (TransformException e) {
            throw new IllegalStateException("cannot reproject " + xy.length / 2 + " positions", e);
        }
    }

    private static Geometry transform(Geometry g, MathTransform t) {
        if (g.isEmpty()) return g;
        try {
            return JTS.transform(g, t);
        } catch (TransformException e) {
            throw new IllegalStateException("cannot reproject " + g.getGeometryType(), e);
        }
    }
}
