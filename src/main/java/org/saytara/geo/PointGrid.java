package org.saytara.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points of a metric plane in square buckets, for "which points lie within r" and "which point is
 * nearest" without a tree: the points are spread over a country, so buckets stay small. Points are
 * added while building and never removed; not thread-safe while being filled.
 */
final class PointGrid {
    private final double bucket;
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final List<double[]> points = new ArrayList<>();

    PointGrid(double bucketMetres) {
        this.bucket = bucketMetres;
    }

    int add(double x, double y) {
        int id = points.size();
        points.add(new double[] {x, y});
        buckets.computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>(4)).add(id);
        return id;
    }

    int size() {
        return points.size();
    }

    double x(int id) {
        return points.get(id)[0];
    }

    double y(int id) {
        return points.get(id)[1];
    }

    /** Ids of the points within {@code r} metres of (x, y), in no order. */
    List<Integer> within(double x, double y, double r) {
        List<Integer> out = new ArrayList<>();
        long x0 = cell(x - r), x1 = cell(x + r), y0 = cell(y - r), y1 = cell(y + r);
        double r2 = r * r;
        for (long i = x0; i <= x1; i++) {
            for (long j = y0; j <= y1; j++) {
                List<Integer> ids = buckets.get(key(i, j));
                if (ids == null) continue;
                for (int id : ids) {
                    double[] p = points.get(id);
                    double dx = p[0] - x, dy = p[1] - y;
                    if (dx * dx + dy * dy <= r2) out.add(id);
                }
            }
        }
        return out;
    }

    /** The nearest point, or -1 when the grid is empty; searches rings of buckets outwards. */
    int nearest(double x, double y) {
        if (points.isEmpty()) return -1;
        long cx = cell(x), cy = cell(y);
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (long ring = 0; ; ring++) {
            for (long i = cx - ring; i <= cx + ring; i++) {
                for (long j = cy - ring; j <= cy + ring; j++) {
                    if (Math.max(Math.abs(i - cx), Math.abs(j - cy)) != ring) continue;
                    List<Integer> ids = buckets.get(key(i, j));
                    if (ids == null) continue;
                    for (int id : ids) {
                        double[] p = points.get(id);
                        double d2 = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
                        if (d2 < bestD2) {
                            bestD2 = d2;
                            best = id;
                        }
                    }
                }
            }
            // Every point outside the searched square lies at least `ring` buckets away.
            if (best >= 0 && Math.sqrt(bestD2) <= ring * bucket) return best;
            if (ring > 100_000) return best;
        }
    }

    private long cell(double v) {
        return (long) Math.floor(v / bucket);
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
