package org.saytara.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygons from directed segments that each keep the area wanted on their left, as a planar graph
 * walk: from the end of each segment, turn onto the next outgoing segment clockwise from the way
 * back. Counter-clockwise cycles are shells, clockwise ones holes, each put in the smallest shell
 * around it; a hole no shell holds is the outside and is dropped.
 *
 * <p>JTS's Polygonizer does the same for undirected lines, but in JTS 1.17 its result depends on
 * hash order (it keeps edges in a HashSet), so the same cells could come out as differently
 * ordered rings from one run to the next, and a cached map would change its ETag. This walk visits
 * segments in the order given, so equal input gives equal output. Segments must be noded (they meet
 * only at their ends) and no segment may be given twice in the same direction.
 */
final class Rings {
    private Rings() {}

    /**
     * @param from, to  the segments, as vertex ids
     * @param x, y      planar coordinates of the vertices (the walk's angles are measured here)
     * @param outX, outY coordinates the polygons are made of (the same vertices, in another plane)
     */
    static List<Polygon> polygons(int[] from, int[] to, double[] x, double[] y, double[] outX, double[] outY) {
        int m = from.length;
        Map<Integer, int[]> outgoing = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        for (int h = 0; h < m; h++) count.merge(from[h], 1, Integer::sum);
        for (int h = 0; h < m; h++) {
            int[] list = outgoing.computeIfAbsent(from[h], v -> new int[count.get(v)]);
            list[list.length - count.merge(from[h], -1, Integer::sum) - 1] = h;
        }
        double[] angle = new double[m];
        for (int h = 0; h < m; h++) angle[h] = Math.atan2(y[to[h]] - y[from[h]], x[to[h]] - x[from[h]]);
        for (int[] list : outgoing.values()) sortByAngle(list, angle);

        boolean[] used = new boolean[m];
        List<int[]> shells = new ArrayList<>();
        List<int[]> holes = new ArrayList<>();
        List<Double> shellArea = new ArrayList<>();
        for (int start = 0; start < m; start++) {
            if (used[start]) continue;
            List<Integer> cycle = new ArrayList<>();
            int h = start;
            while (!used[h]) {
                used[h] = true;
                cycle.add(from[h]);
                h = next(h, outgoing.get(to[h]), angle, from, to, x, y, used, start);
                if (h < 0) break;
            }
            if (h != start || cycle.size() < 3) continue; // an open chain: input not closed there
            int[] ring = cycle.stream().mapToInt(Integer::intValue).toArray();
            double a = signedArea(ring, x, y);
            if (a > 0) {
                shells.add(ring);
                shellArea.add(a);
            } else if (a < 0) {
                holes.add(ring);
            }
        }

        List<LinearRing> shellRings = new ArrayList<>(shells.size());
        List<Envelope> envelopes = new ArrayList<>(shells.size());
        List<Coordinate[]> planar = new ArrayList<>(shells.size());
        for (int[] s : shells) {
            shellRings.add(ring(s, outX, outY));
            Coordinate[] p = coords(s, x, y);
            planar.add(p);
            Envelope e = new Envelope();
            for (Coordinate c : p) e.expandToInclude(c);
            envelopes.add(e);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) holesOf.add(new ArrayList<>());
        for (int[] hole : holes) {
            // A point surely inside the hole's shell: the middle of one of its segments.
            Coordinate probe = new Coordinate((x[hole[0]] + x[hole[1]]) / 2, (y[hole[0]] + y[hole[1]]) / 2);
            int best = -1;
            for (int i = 0; i < shells.size(); i++) {
                if (!envelopes.get(i).contains(probe)) continue;
                if (RayCrossingCounter.locatePointInRing(probe, planar.get(i)) != Location.INTERIOR) continue;
                if (best < 0 || shellArea.get(i) < shellArea.get(best)) best = i;
            }
            if (best >= 0) holesOf.get(best).add(ring(hole, outX, outY));
        }
        List<Polygon> out = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) {
            out.add(Shape.FACTORY.createPolygon(shellRings.get(i), holesOf.get(i).toArray(LinearRing[]::new)));
        }
        return out;
    }

    /** The outgoing segment at the end of {@code h} that is next clockwise from the way back. */
    private static int next(int h, int[] out, double[] angle, int[] from, int[] to, double[] x, double[] y,
                            boolean[] used, int start) {
        if (out == null) return -1;
        int v = to[h], u = from[h];
        double back = Math.atan2(y[u] - y[v], x[u] - x[v]);
        // Candidates sorted by angle ascending: the largest angle below `back`, else wrap to the largest.
        int chosen = -1;
        for (int i = out.length - 1; i >= 0; i--) {
            int c = out[i];
            if (to[c] == u && from[c] == v) continue; // the way back itself
            if (angle[c] < back) {
                chosen = c;
                break;
            }
        }
        if (chosen < 0) {
            for (int i = out.length - 1; i >= 0; i--) {
                int c = out[i];
                if (to[c] == u && from[c] == v) continue;
                chosen = c;
                break;
            }
        }
        if (chosen < 0) return -1;
        if (used[chosen] && chosen != start) return -1;
        return chosen;
    }

    private static void sortByAngle(int[] list, double[] angle) {
        Integer[] boxed = Arrays.stream(list).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> angle[a] != angle[b] ? Double.compare(angle[a], angle[b]) : Integer.compare(a, b));
        for (int i = 0; i < list.length; i++) list[i] = boxed[i];
    }

    private static double signedArea(int[] ring, double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < ring.length; i++) {
            int a = ring[i], b = ring[(i + 1) % ring.length];
            s += (x[a] - x[ring[0]]) * (y[b] - y[ring[0]]) - (x[b] - x[ring[0]]) * (y[a] - y[ring[0]]);
        }
        return s / 2;
    }

    private static Coordinate[] coords(int[] ring, double[] x, double[] y) {
        Coordinate[] cs = new Coordinate[ring.length + 1];
        for (int i = 0; i < ring.length; i++) cs[i] = new Coordinate(x[ring[i]], y[ring[i]]);
        cs[ring.length] = cs[0];
        return cs;
    }

    private static LinearRing ring(int[] ring, double[] x, double[] y) {
        return Shape.FACTORY.createLinearRing(coords(ring, x, y));
    }
}
