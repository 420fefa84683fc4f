package org.saytara.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private final Tessellation cells;
    private final int[][] reachCells;
    private final double[][] reachRatio;

    Territory(Cells base, List<PlaceHistory> places) {
        this.cells = base.tessellation;
        this.reachCells = new int[places.size()][];
        this.reachRatio = new double[places.size()][];
        for (int k = 0; k < places.size(); k++) {
            PlaceRef p = places.get(k).place();
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
