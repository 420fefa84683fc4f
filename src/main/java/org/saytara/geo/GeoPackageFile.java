package org.saytara.geo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes OGC GeoPackage files (SQLite) with NGA's {@code mil.nga.geopackage} library: one feature
 * table per layer, WGS84 (EPSG:4326), columns typed. Dates go into {@code DATE} columns, so that
 * QGIS's Temporal Controller and GDAL see dates, not text. Values are given per column name; a
 * value missing from a row is NULL.
 */
public final class GeoPackageFile {
    private static final long WGS84 = 4326;

    /** Column types: what GeoPackage calls TEXT, INTEGER, REAL, BOOLEAN and DATE. */
    public enum Type {
        TEXT(GeoPackageDataType.TEXT), INTEGER(GeoPackageDataType.INTEGER), REAL(GeoPackageDataType.REAL),
        BOOLEAN(GeoPackageDataType.BOOLEAN), DATE(GeoPackageDataType.DATE);

        final GeoPackageDataType gpkg;

        Type(GeoPackageDataType gpkg) {
            this.gpkg = gpkg;
        }
    }

    /** The geometry column's declared type. */
    public enum Kind {
        POINT(GeometryType.POINT), MULTIPOLYGON(GeometryType.MULTIPOLYGON), MULTILINESTRING(GeometryType.MULTILINESTRING);

        final GeometryType gpkg;

        Kind(GeometryType gpkg) {
            this.gpkg = gpkg;
        }
    }

    public record Column(String name, Type type) {}

    public record Row(Shape shape, Map<String, ?> values) {}

    public record Table(String name, String description, Kind kind, List<Column> columns, List<Row> rows) {}

    private GeoPackageFile() {}

    /** The GeoPackage holding these tables, as bytes (built in a temporary file that is then deleted). */
    public static byte[] bytes(List<Table> tables) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("saytara-", ".gpkg");
            Files.delete(tmp); // the manager creates the file itself
            write(tables, tmp.toFile());
            return Files.readAllBytes(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a GeoPackage", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                    Files.deleteIfExists(Path.of(tmp + "-journal"));
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** Writes a new GeoPackage file; the file must not exist yet. */
    public static void write(List<Table> tables, File file) {
        GeoPackageManager.create(file);
        GeoPackage gp = GeoPackageManager.open(file);
        try {
            for (Table t : tables) writeTable(gp, t);
        } finally {
            gp.close();
        }
    }

    private static void writeTable(GeoPackage gp, Table t) {
        GeometryColumns gc = new GeometryColumns();
        gc.setTableName(t.name());
        gc.setColumnName("geom");
        gc.setGeometryType(t.kind().gpkg);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(WGS84);
        List<FeatureColumn> columns = new ArrayList<>();
        for (Column c : t.columns()) columns.add(FeatureColumn.createColumn(c.name(), c.type().gpkg));
        FeatureTableMetadata meta = FeatureTableMetadata.create(gc, columns, bbox(t.rows()));
        meta.setDescription(t.description());
        meta.setIdentifier(t.name());
        gp.createFeatureTable(meta);
        FeatureDao dao = gp.getFeatureDao(t.name());
        gp.beginTransaction();
        boolean ok = false;
        try {
            for (Row r : t.rows()) {
                FeatureRow row = dao.newRow();
                if (r.shape() != null && !r.shape().isEmpty()) {
                    row.setGeometry(GeoPackageGeometryData.createAndBuildEnvelope(WGS84, convert(r.shape().geometry, t.kind())));
                }
                for (Column c : t.columns()) {
                    Object v = r.values().get(c.name());
                    if (v != null) row.setValue(c.name(), value(v, c.type()));
                }
                dao.insert(row);
            }
            ok = true;
        } finally {
            gp.endTransaction(ok);
        }
    }

    private static Object value(Object v, Type type) {
        return switch (type) {
            case DATE -> v instanceof LocalDate d ? d.toString() : v.toString();
            case TEXT -> v instanceof Collection<?> c ? String.join(",", c.stream().map(String::valueOf).toList()) : v.toString();
            case INTEGER -> ((Number) v).longValue();
            case REAL -> ((Number) v).doubleValue();
            case BOOLEAN -> (Boolean) v;
        };
    }

    private static BoundingBox bbox(List<Row> rows) {
        double minX = 180, minY = 90, maxX = -180, maxY = -90;
        boolean any = false;
        for (Row r : rows) {
            double[] b = r.shape() == null ? null : r.shape().bbox();
            if (b == null) continue;
            any = true;
            minX = Math.min(minX, b[0]);
            minY = Math.min(minY, b[1]);
            maxX = Math.max(maxX, b[2]);
            maxY = Math.max(maxY, b[3]);
        }
        return any ? new BoundingBox(minX, minY, maxX, maxY) : new BoundingBox(-180, -90, 180, 90);
    }

    /** JTS to NGA simple features, as the table's declared kind (a Polygon becomes a one-part MultiPolygon). */
    private static mil.nga.sf.Geometry convert(Geometry g, Kind kind) {
        return switch (kind) {
            case POINT -> {
                Coordinate c = ((Point) g).getCoordinate();
                yield new mil.nga.sf.Point(c.x, c.y);
            }
            case MULTIPOLYGON -> {
                mil.nga.sf.MultiPolygon m = new mil.nga.sf.MultiPolygon();
                for (int i = 0; i < g.getNumGeometries(); i++) m.addPolygon(polygon((Polygon) g.getGeometryN(i)));
                yield m;
            }
            case MULTILINESTRING -> {
                mil.nga.sf.MultiLineString m = new mil.nga.sf.MultiLineString();
                for (int i = 0; i < g.getNumGeometries(); i++) m.addLineString(line((LineString) g.getGeometryN(i)));
                yield m;
            }
        };
    }

    private static mil.nga.sf.Polygon polygon(Polygon p) {
        mil.nga.sf.Polygon out = new mil.nga.sf.Polygon();
        out.addRing(ring(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) out.addRing(ring(p.getInteriorRingN(i)));
        return out;
    }

    private static mil.nga.sf.LinearRing ring(LineString l) {
        mil.nga.sf.LinearRing r = new mil.nga.sf.LinearRing();
        for (Coordinate c : l.getCoordinates()) r.addPoint(new mil.nga.sf.Point(c.x, c.y));
        return r;
    }

    private static mil.nga.sf.LineString line(LineString l) {
        mil.nga.sf.LineString out = new mil.nga.sf.LineString();
        for (Coordinate c : l.getCoordinates()) out.addPoint(new mil.nga.sf.Point(c.x, c.y));
        return out;
    }
}
