package org.saytara.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.noding.snapround.GeometryNoder;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A country cut into Voronoi cells around places, built once, then coloured many times.
 *
 * <p>The cells are the Voronoi diagram (JTS {@link VoronoiDiagramBuilder}) of the sites, in the
 * auto-UTM plane of {@link Areas}, cut by the border. Where no site lies within
 * {@code fillerKm · 0.6}, filler sites on a hexagonal grid {@code fillerKm} apart (each moved a
 * little, the same way every run, so the map does not read as a honeycomb) are added, so that
 * no cell of a lone desert place stretches a hundred kilometres: a held place then colours the
 * cells within its reach, not half a desert.
 *
 * <p>The Voronoi edges and the border are noded together with snap rounding on a one-metre grid
 * and the faces walked out once ({@link Rings}). Every face therefore shares its edges exactly with its neighbours, which
 * makes colouring cheap: the outline of any set of cells is the set of its edges whose other side
 * lies outside the set, polygonized again (no overlay, no union), and a front line is the set of
 * edges whose two sides carry two different labels. Areas are summed from the faces' areas, which
 * were measured in the metric plane. Immutable and thread-safe after construction.
 */
public final class Tessellation {
    /** Sites closer than this are one cell (the same village under two names). */
    private static final double SAME_SITE_M = 50;
    /** With no border, the sites' convex hull widened by this is the area cut into cells. */
    private static final double OPEN_MARGIN_M = 30_000;
    private static final PrecisionModel ONE_METRE = new PrecisionModel(1.0);

    private final Areas areas;
    private final int[] siteCell;
    private final boolean[] filler;
    private final LonLat[] cellSite;
    private final double[] cellAreaKm2;
    private final int[][] cellEdges;
    private final int[] edgeA;
    private final int[] edgeB;
    private final int[] edgeV1;
    private final int[] edgeV2;
    private final double[] edgeKm;
    private final double[] vertexX;
    private final double[] vertexY;
    private final double[] vertexLon;
    private final double[] vertexLat;
    private final PointGrid grid;

    private Tessellation(Areas areas, int[] siteCell, boolean[] filler, LonLat[] cellSite, double[] cellAreaKm2,
                         int[][] cellEdges, int[] edgeA, int[] edgeB, int[] edgeV1, int[] edgeV2, double[] edgeKm,
                         double[] vertexX, double[] vertexY, double[] vertexLon, double[] vertexLat, PointGrid grid) {
        this.vertexX = vertexX;
        this.vertexY = vertexY;
        this.areas = areas;
        this.siteCell = siteCell;
        this.filler = filler;
        this.cellSite = cellSite;
        this.cellAreaKm2 = cellAreaKm2;
        this.cellEdges = cellEdges;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.edgeV1 = edgeV1;
        this.edgeV2 = edgeV2;
        this.edgeKm = edgeKm;
        this.vertexLon = vertexLon;
        this.vertexLat = vertexLat;
        this.grid = grid;
    }

    /**
     * @param sites    the places, in the caller's order ({@link #cellOfSite} answers by that index)
     * @param border   the area to cut into cells (a country), or null for the sites' hull widened by 30 km
     * @param fillerKm spacing of the filler grid in empty land; 0 for none
     */
    public static Tessellation of(List<LonLat> sites, Shape border, double fillerKm) {
        if (sites.isEmpty() && border == null) throw new IllegalArgumentException("nothing to cut into cells");
        Areas areas = border != null ? Areas.at(centroid(border.geometry)) : Areas.centredOn(sites);
        PointGrid grid = new PointGrid(10_000);
        List<LonLat> cellSites = new ArrayList<>();
        int[] siteCell = new int[sites.size()];
        List<Coordinate> metricSites = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            Coordinate c = areas.toMetric(sites.get(i));
            metricSites.add(c);
            List<Integer> near = grid.within(c.x, c.y, SAME_SITE_M);
            if (!near.isEmpty()) {
                siteCell[i] = near.get(0);
            } else {
                siteCell[i] = grid.add(c.x, c.y);
                cellSites.add(sites.get(i));
            }
        }
        Geometry clip = border != null ? areas.toMetric(border.geometry)
                : Shape.FACTORY.createMultiPoint(metricSites.toArray(Coordinate[]::new)).convexHull().buffer(OPEN_MARGIN_M, 8);
        PreparedGeometry inside = PreparedGeometryFactory.prepare(clip);
        int real = grid.size();
        if (fillerKm > 0) addFillers(grid, cellSites, clip, inside, real, fillerKm * 1000, areas);
        int n = grid.size();
        boolean[] isFiller = new boolean[n];
        for (int i = real; i < n; i++) isFiller[i] = true;

        // The Voronoi cells, their corners rounded to whole metres (shared corners round alike).
        Envelope env = new Envelope(clip.getEnvelopeInternal());
        for (int i = 0; i < n; i++) env.expandToInclude(grid.x(i), grid.y(i));
        env.expandBy(50_000);
        List<Polygon> voronoiCells = new ArrayList<>();
        List<Integer> voronoiSite = new ArrayList<>();
        if (n >= 2) {
            List<Coordinate> coords = new ArrayList<>(n);
            for (int i = 0; i < n; i++) coords.add(new Coordinate(grid.x(i), grid.y(i)));
            VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
            voronoi.setSites(coords);
            voronoi.setClipEnvelope(env);
            Geometry diagram = voronoi.getDiagram(Shape.FACTORY);
            for (int i = 0; i < diagram.getNumGeometries(); i++) {
                if (diagram.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    Polygon rounded = rounded(p);
                    if (rounded == null) continue;
                    voronoiCells.add(rounded);
                    // The builder hands each cell its site as user data.
                    Coordinate site = p.getUserData() instanceof Coordinate c ? c : p.getInteriorPoint().getCoordinate();
                    voronoiSite.add(grid.nearest(site.x, site.y));
                }
            }
        } else {
            voronoiCells.add((Polygon) Shape.FACTORY.toGeometry(env));
            voronoiSite.add(0);
        }

        // Cells wholly inside the border are faces as they are; only those the border crosses are
        // noded with it (snap rounding on the same metre grid) and polygonized.
        Map<Long, Integer> vertexIds = new HashMap<>();
        List<Coordinate> vertices = new ArrayList<>();
        List<Polygon> faces = new ArrayList<>();
        IntList faceCell = new IntList();
        List<Geometry> crossing = new ArrayList<>();
        boolean[] crosses = new boolean[n];
        for (int i = 0; i < voronoiCells.size(); i++) {
            Polygon cell = voronoiCells.get(i);
            if (inside.containsProperly(cell)) {
                faces.add(cell);
                faceCell.add(voronoiSite.get(i));
            } else if (!inside.disjoint(cell)) {
                crossing.add(cell.getExteriorRing());
                crosses[voronoiSite.get(i)] = true;
            }
        }
        if (!crossing.isEmpty()) {
            Geometry outline = clip.getBoundary();
            for (int i = 0; i < outline.getNumGeometries(); i++) crossing.add(outline.getGeometryN(i));
            @SuppressWarnings("unchecked")
            List<LineString> noded = new GeometryNoder(ONE_METRE).node(crossing);
            Map<Long, Boolean> seen = new HashMap<>();
            IntList sa = new IntList(), sb = new IntList();
            for (LineString ls : noded) {
                Coordinate[] cs = ls.getCoordinates();
                for (int k = 0; k + 1 < cs.length; k++) {
                    int a = vertexId(cs[k], vertexIds, vertices), b = vertexId(cs[k + 1], vertexIds, vertices);
                    if (a == b || seen.putIfAbsent(pair(Math.min(a, b), Math.max(a, b)), Boolean.TRUE) != null) continue;
                    // both directions: every face of the linework is walked
                    sa.add(a);
                    sb.add(b);
                    sa.add(b);
                    sb.add(a);
                }
            }
            double[] vx = new double[vertices.size()], vy = new double[vertices.size()];
            for (int i = 0; i < vertices.size(); i++) {
                vx[i] = vertices.get(i).x;
                vy[i] = vertices.get(i).y;
            }
            // Keep the pieces inside the border that belong to a crossed cell: the rings of the
            // crossed cells also enclose the inner cells, which are faces already.
            for (Polygon piece : Rings.polygons(sa.toArray(), sb.toArray(), vx, vy, vx, vy)) {
                Coordinate ip = piece.getInteriorPoint().getCoordinate();
                if (ip == null) continue;
                int cell = grid.nearest(ip.x, ip.y);
                if (crosses[cell] && inside.contains(Shape.FACTORY.createPoint(ip))) {
                    faces.add(piece);
                    faceCell.add(cell);
                }
            }
        }

        // Each face belongs to the cell of the site nearest to it; its edges are keyed by their corners.
        double[] area = new double[n];
        Map<Long, Integer> edgeIds = new HashMap<>();
        IntList ea = new IntList(), eb = new IntList(), v1 = new IntList(), v2 = new IntList();
        for (int f = 0; f < faces.size(); f++) {
            Polygon face = faces.get(f);
            int cell = faceCell.get(f);
            area[cell] += face.getArea() / 1e6;
            // Shells counter-clockwise, holes clockwise: the face lies left of each ring's segments,
            // and an edge keeps the cell on its left (A, walking v1 to v2) apart from the one on its right (B).
            for (int r = -1; r < face.getNumInteriorRing(); r++) {
                Coordinate[] ring = (r < 0 ? face.getExteriorRing() : face.getInteriorRingN(r)).getCoordinates();
                if (Orientation.isCCW(ring) != (r < 0)) ring = reversed(ring);
                for (int k = 0; k + 1 < ring.length; k++) {
                    int a = vertexId(ring[k], vertexIds, vertices), b = vertexId(ring[k + 1], vertexIds, vertices);
                    if (a == b) continue;
                    long pk = pair(Math.min(a, b), Math.max(a, b));
                    Integer e = edgeIds.get(pk);
                    if (e == null) {
                        edgeIds.put(pk, ea.size());
                        ea.add(cell);
                        eb.add(-2);
                        v1.add(a);
                        v2.add(b);
                    } else if (eb.get(e) == -2) {
                        eb.set(e, cell);
                    }
                }
            }
        }
        int edges = ea.size();
        int[] edgeA = ea.toArray(), edgeB = eb.toArray();
        double[] km = new double[edges];
        List<IntList> byCell = new ArrayList<>(n);
        for (int i = 0; i < n; i++) byCell.add(new IntList());
        for (int e = 0; e < edges; e++) {
            if (edgeB[e] == -2) edgeB[e] = -1; // the other side is outside the border
            if (edgeA[e] == edgeB[e]) continue; // two faces of one cell: not a boundary
            Coordinate a = vertices.get(v1.get(e)), b = vertices.get(v2.get(e));
            km[e] = a.distance(b) / 1000;
            byCell.get(edgeA[e]).add(e);
            if (edgeB[e] >= 0) byCell.get(edgeB[e]).add(e);
        }
        int[][] cellEdges = new int[n][];
        for (int i = 0; i < n; i++) cellEdges[i] = byCell.get(i).toArray();

        double[] xy = new double[vertices.size() * 2];
        double[] mx = new double[vertices.size()], my = new double[vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            xy[2 * i] = mx[i] = vertices.get(i).x;
            xy[2 * i + 1] = my[i] = vertices.get(i).y;
        }
        areas.toWgs84(xy);
        double[] lon = new double[vertices.size()], lat = new double[vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            lon[i] = xy[2 * i];
            lat[i] = xy[2 * i + 1];
        }
        return new Tessellation(areas, siteCell, isFiller, cellSites.toArray(LonLat[]::new), area, cellEdges, edgeA,
                edgeB, v1.toArray(), v2.toArray(), km, mx, my, lon, lat, grid);
    }

    /** A hexagonal grid of filler sites over the land no real site is near. */
    private static void addFillers(PointGrid grid, List<LonLat> cellSites, Geometry clip, PreparedGeometry inside,
                                   int real, double step, Areas areas) {
        Envelope env = clip.getEnvelopeInternal();
        double dy = step * Math.sqrt(3) / 2;
        List<double[]> added = new ArrayList<>();
        int row = 0;
        for (double gy = env.getMinY() + dy / 2; gy < env.getMaxY(); gy += dy, row++) {
            int col = 0;
            for (double gx = env.getMinX() + (row % 2 == 0 ? step / 2 : step); gx < env.getMaxX(); gx += step, col++) {
                // Each filler moves up to a fifth of the spacing from its grid point, the same way on
                // every run: cells keep their size, but the map does not read as a honeycomb.
                double x = gx + step * 0.2 * jitter(row, col, 1), y = gy + step * 0.2 * jitter(row, col, 2);
                if (!inside.contains(Shape.FACTORY.createPoint(new Coordinate(x, y)))) continue;
                boolean nearReal = grid.within(x, y, step * 0.6).stream().anyMatch(id -> id < real);
                if (nearReal) continue;
                grid.add(x, y);
                added.add(new double[] {x, y});
            }
        }
        double[] xy = new double[added.size() * 2];
        for (int i = 0; i < added.size(); i++) {
            xy[2 * i] = added.get(i)[0];
            xy[2 * i + 1] = added.get(i)[1];
        }
        areas.toWgs84(xy);
        for (int i = 0; i < added.size(); i++) cellSites.add(new LonLat(xy[2 * i], xy[2 * i + 1]));
    }

    private static Coordinate[] reversed(Coordinate[] ring) {
        Coordinate[] r = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) r[i] = ring[ring.length - 1 - i];
        return r;
    }

    /** The polygon with its corners on the metre grid, repeats dropped; null if it collapses. */
    private static Polygon rounded(Polygon p) {
        Coordinate[] cs = p.getExteriorRing().getCoordinates();
        List<Coordinate> out = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            Coordinate r = new Coordinate(Math.rint(c.x), Math.rint(c.y));
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(r)) out.add(r);
        }
        if (out.size() < 4) return null;
        return Shape.FACTORY.createPolygon(out.toArray(Coordinate[]::new));
    }

    /** A fixed pseudo-random number in [-1, 1] for a grid point (a 64-bit mix of row, column and axis). */
    private static double jitter(int row, int col, int axis) {
        long h = row * 0x9E3779B97F4A7C15L ^ col * 0xC2B2AE3D27D4EB4FL ^ axis * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return ((h >>> 11) / (double) (1L << 53)) * 2 - 1;
    }

    private static LonLat centroid(Geometry lonLat) {
        Coordinate c = lonLat.getCentroid().getCoordinate();
        return new LonLat(c.x, c.y);
    }

    private static int vertexId(Coordinate c, Map<Long, Integer> ids, List<Coordinate> vertices) {
        return ids.computeIfAbsent(key(c), k -> {
            vertices.add(new Coordinate(c.x, c.y));
            return vertices.size() - 1;
        });
    }

    /** Snap-rounded coordinates are whole metres: two ints make an exact key. */
    private static long key(Coordinate c) {
        return pair((int) Math.round(c.x), (int) Math.round(c.y));
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) ^ (b & 0xffffffffL);
    }

    // ------------------------------------------------------------------ reading

    /** Cells, fillers included. */
    public int cellCount() {
        return cellSite.length;
    }

    /** The cell of the i-th site given to {@link #of}. */
    public int cellOfSite(int site) {
        return siteCell[site];
    }

    public boolean isFiller(int cell) {
        return filler[cell];
    }

    /** The point the cell is drawn around. */
    public LonLat site(int cell) {
        return cellSite[cell];
    }

    /** The cell's area inside the border, measured in the metric plane; 0 for a site outside it. */
    public double areaKm2(int cell) {
        return cellAreaKm2[cell];
    }

    /** Visits every cell whose site lies within {@code km} of a position, with its distance in km. */
    public void cellsWithin(LonLat at, double km, CellVisitor visitor) {
        Coordinate c = areas.toMetric(at);
        for (int cell : grid.within(c.x, c.y, km * 1000)) {
            double d = Math.hypot(grid.x(cell) - c.x, grid.y(cell) - c.y) / 1000;
            visitor.visit(cell, d);
        }
    }

    @FunctionalInterface
    public interface CellVisitor {
        void visit(int cell, double distanceKm);
    }

    /**
     * The cells as one MultiPolygon in lon/lat: the edges of the set that no other cell of the set
     * shares, polygonized. Its area is the sum of the cells' areas.
     */
    public Region region(int[] cells) {
        BitSet in = new BitSet(cellCount());
        for (int c : cells) in.set(c);
        IntList from = new IntList(), to = new IntList();
        double km2 = 0;
        for (int c : cells) {
            km2 += cellAreaKm2[c];
            for (int e : cellEdges[c]) {
                int other = edgeA[e] == c ? edgeB[e] : edgeA[e];
                if (other >= 0 && in.get(other)) continue;
                // the set on the left of each boundary segment
                if (edgeA[e] == c) {
                    from.add(edgeV1[e]);
                    to.add(edgeV2[e]);
                } else {
                    from.add(edgeV2[e]);
                    to.add(edgeV1[e]);
                }
            }
        }
        List<Polygon> polygons = from.size() == 0 ? List.of()
                : Rings.polygons(from.toArray(), to.toArray(), vertexX, vertexY, vertexLon, vertexLat);
        return new Region(new Shape(Shape.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new))), km2);
    }

    /**
     * Where cells of two different labels meet: one merged (Multi)LineString per pair of labels,
     * smaller label first, in label order. Labels below 0 (unknown) and those {@code counts}
     * rejects (contested) make no front.
     */
    public List<Front> fronts(int[] cellLabel, IntPredicate counts) {
        Map<Long, List<LineString>> lines = new TreeMap<>();
        Map<Long, double[]> km = new HashMap<>();
        for (int e = 0; e < edgeA.length; e++) {
            int a = edgeA[e], b = edgeB[e];
            if (a < 0 || b < 0 || a == b) continue;
            int la = cellLabel[a], lb = cellLabel[b];
            if (la < 0 || lb < 0 || la == lb || !counts.test(la) || !counts.test(lb)) continue;
            long k = pair(Math.min(la, lb), Math.max(la, lb));
            lines.computeIfAbsent(k, x -> new ArrayList<>()).add(segment(e));
            km.computeIfAbsent(k, x -> new double[1])[0] += edgeKm[e];
        }
        List<Front> out = new ArrayList<>(lines.size());
        lines.forEach((k, segs) -> {
            LineMerger merger = new LineMerger();
            merger.add(segs);
            @SuppressWarnings("unchecked")
            Collection<LineString> merged = merger.getMergedLineStrings();
            Geometry g = merged.size() == 1 ? merged.iterator().next()
                    : Shape.FACTORY.createMultiLineString(merged.toArray(LineString[]::new));
            out.add(new Front((int) (k.longValue() >> 32), (int) k.longValue(), new Line(new Shape(g), km.get(k)[0])));
        });
        return out;
    }

    /** A front between the cells labelled {@code labelA} and {@code labelB} ({@code labelA < labelB}). */
    public record Front(int labelA, int labelB, Line line) {}

    private LineString segment(int e) {
        return Shape.FACTORY.createLineString(new Coordinate[] {
            new Coordinate(vertexLon[edgeV1[e]], vertexLat[edgeV1[e]]),
            new Coordinate(vertexLon[edgeV2[e]], vertexLat[edgeV2[e]])});
    }

    /** A growable int array, to keep millions of edge slots out of boxed lists. */
    private static final class IntList {
        private int[] a = new int[16];
        private int size;

        void add(int v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }
}
