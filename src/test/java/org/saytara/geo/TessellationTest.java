package org.saytara.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Voronoi cells of places clipped to Syria, dissolved by label, and the fronts between labels. */
class TessellationTest {
    private static Shape syria;
    private static List<LonLat> sites;
    private static Tessellation cells;

    @BeforeAll
    static void build() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("geodata", "countries.geojson"))) {
            syria = Outline.read(in, "760", "geodata/countries.geojson");
        }
        Random rnd = new Random(7);
        sites = new ArrayList<>();
        for (int i = 0; i < 400; i++) sites.add(new LonLat(36 + rnd.nextDouble() * 5, 33 + rnd.nextDouble() * 3.5));
        cells = Tessellation.of(sites, syria, 10);
    }

    private static int[] all() {
        return IntStream.range(0, cells.cellCount()).toArray();
    }

    @Test
    void theCellsCoverSyriaOnceAndTheirUnionIsValid() {
        double sum = IntStream.range(0, cells.cellCount()).mapToDouble(cells::areaKm2).sum();
        // Syria is about 185,000 km² (Natural Earth 1:50m outline, measured in auto-UTM).
        assertEquals(185_180, sum, 185_180 * 0.01, "cells add up to the country");
        Region whole = cells.region(all());
        assertEquals(sum, whole.areaKm2(), 1e-6);
        assertTrue(new IsValidOp(whole.shape().geometry).isValid(), new IsValidOp(whole.shape().geometry).getValidationError() + "");
        // The dissolved outline is the border again: its lon/lat area matches the outline's within 0.5 %.
        assertEquals(syria.geometry.getArea(), whole.shape().geometry.getArea(), syria.geometry.getArea() * 0.005);
    }

    @Test
    void eachSiteLiesInItsOwnCell() {
        for (int i = 0; i < sites.size(); i += 37) {
            int cell = cells.cellOfSite(i);
            Region r = cells.region(new int[] {cell});
            LonLat s = sites.get(i);
            if (syria.geometry.contains(Shape.FACTORY.createPoint(new Coordinate(s.lon(), s.lat())))) {
                assertTrue(r.shape().geometry.covers(Shape.FACTORY.createPoint(new Coordinate(s.lon(), s.lat()))), "site " + i);
            }
        }
    }

    @Test
    void fillersKeepLoneCellsSmallAndSitesCloserThan50mShareOne() {
        Tessellation lone = Tessellation.of(List.of(new LonLat(38.284, 34.5624), new LonLat(38.2842, 34.5625)), syria, 10);
        assertEquals(lone.cellOfSite(0), lone.cellOfSite(1), "20 m apart: one place");
        assertTrue(lone.isFiller(lone.cellCount() - 1));
        double km2 = lone.areaKm2(lone.cellOfSite(0));
        assertTrue(km2 > 40 && km2 < 200, "a lone place's cell stays about a filler cell wide: " + km2);
    }

    @Test
    void dissolvingTwoHalvesGivesTwoValidRegionsAndOneFrontBetweenThem() {
        int[] label = new int[cells.cellCount()];
        List<Integer> west = new ArrayList<>(), east = new ArrayList<>();
        for (int c = 0; c < label.length; c++) {
            label[c] = cells.site(c).lon() < 38 ? 0 : 1;
            (label[c] == 0 ? west : east).add(c);
        }
        Region w = cells.region(west.stream().mapToInt(Integer::intValue).toArray());
        Region e = cells.region(east.stream().mapToInt(Integer::intValue).toArray());
        assertTrue(new IsValidOp(w.shape().geometry).isValid() && new IsValidOp(e.shape().geometry).isValid());
        assertEquals(0, w.shape().geometry.intersection(e.shape().geometry).getArea(), 1e-9, "no overlap");
        List<Tessellation.Front> fronts = cells.fronts(label, l -> true);
        assertEquals(1, fronts.size());
        Tessellation.Front f = fronts.get(0);
        assertEquals(0, f.labelA());
        assertEquals(1, f.labelB());
        // Syria is about 350-450 km north to south at 38°E; a Voronoi front zigzags a little longer.
        assertTrue(f.line().lengthKm() > 300 && f.line().lengthKm() < 1500, "front " + f.line().lengthKm());
        assertTrue(f.line().shape().geometry.getLength() > 0);
        assertTrue(cells.fronts(label, l -> l == 0).isEmpty(), "a label that makes no front (contested) makes none");
        int[] unknown = label.clone();
        for (int c : east) unknown[c] = -1;
        assertTrue(cells.fronts(unknown, l -> true).isEmpty(), "unknown land makes no front");
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        Tessellation again = Tessellation.of(sites, syria, 10);
        int[] some = IntStream.range(0, cells.cellCount()).filter(c -> c % 3 == 0).toArray();
        assertEquals(GeoJson.geometry(cells.region(some).shape()), GeoJson.geometry(again.region(some).shape()));
        assertNotEquals(0, some.length);
    }
}
