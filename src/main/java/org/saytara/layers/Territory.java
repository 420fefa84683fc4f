package org.saytara.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saytara.extract.PlaceRef;
import org.saytara.geo.LonLat;
import org.saytara.geo.Tessellation;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;

/**
 * Which mapped place governs each cell of the territory map on a date.
 *
 * <p>A cell is governed by the place, among those whose state is known on the date, that is
 * nearest to the cell's site in units of the place's {@link Reach}: its own place first (distance
 * 0), then a neighbour whose reach covers it. A cell no known place reaches stays unknown (blank on
 * the map). The cells within each place's reach are found once, when the map is built; a date
 * then costs one pass over them.
 */
final class Territory {
    private final Cells base;
    private final Tessellation cells;
    private final PlaceRef[] placeRefs;
    private final int[][] reachCells;
    private final double[][] reachRatio;

    Territory(Cells base, List<PlaceHistory> places) {
        this(base, places, null);
    }

    /**
     * As {@link #Territory(Cells, List)}, taking the cells within reach of each place that
     * {@code previous} already found on the same cells (a newer timeline mostly keeps its places).
     */
    Territory(Cells base, List<PlaceHistory> places, Territory previous) {
        this.base = base;
        this.cells = base.tessellation;
        this.placeRefs = new PlaceRef[places.size()];
        this.reachCells = new int[places.size()][];
        this.reachRatio = new double[places.size()][];
        Map<PlaceRef, Integer> known = new HashMap<>();
        if (previous != null && previous.base == base) {
            for (int k = 0; k < previous.placeRefs.length; k++) known.putIfAbsent(previous.placeRefs[k], k);
        }
        for (int k = 0; k < places.size(); k++) {
            PlaceRef p = places.get(k).place();
            placeRefs[k] = p;
            Integer before = known.get(p);
            if (before != null) {
                reachCells[k] = previous.reachCells[before];
                reachRatio[k] = previous.reachRatio[before];
                continue;
            }
            LonLat at = Layers.position(p);
            double reach = Reach.km(p.type());
            int own = base.cellOf(p.id());
            List<int[]> found = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            if (own >= 0) {
                found.add(new int[] {own});
                ratio.add(0.0);
            }
            if (cells != null && at != null) {
                cells.cellsWithin(at, reach, (cell, km) -> {
                    if (cell == own) return;
                    found.add(new int[] {cell});
                    ratio.add(km / reach);
                });
            }
            reachCells[k] = found.stream().mapToInt(a -> a[0]).toArray();
            reachRatio[k] = ratio.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** The cells this territory is drawn on. */
    Cells base() {
        return base;
    }

    boolean isEmpty() {
        return cells == null;
    }

    Tessellation cells() {
        return cells;
    }

    /**
     * For each cell, the index of the place governing it, or -1.
     *
     * @param states the period of each place on the date, null where nothing is known
     */
    int[] governors(Period[] states) {
        int n = cells == null ? 0 : cells.cellCount();
        int[] governor = new int[n];
        Arrays.fill(governor, -1);
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int k = 0; k < states.length; k++) {
            if (states[k] == null) continue;
            int[] cs = reachCells[k];
            double[] rs = reachRatio[k];
            for (int i = 0; i < cs.length; i++) {
                if (rs[i] < best[cs[i]]) {
                    best[cs[i]] = rs[i];
                    governor[cs[i]] = k;
                }
            }
        }
        return governor;
    }
}
