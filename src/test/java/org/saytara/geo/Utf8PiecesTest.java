package org.saytara.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A layer sent as pieces is the same text as the layer written whole. */
class Utf8PiecesTest {
    private static final Areas AREAS = Areas.centredOn(List.of(new LonLat(38.284, 34.5624)));

    private static Map<String, Object> props() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", "areas");
        m.put("name_ar", "عفرين \uD83D\uDE00 é");
        m.put("since", LocalDate.of(2018, 1, 20));
        m.put("event_ids", List.of("a-e1", "b-e2"));
        m.put("nothing", null);
        m.put("area_km2", 12.5);
        m.put("nested", Map.of("start", 3));
        return m;
    }

    @Test
    void aFeatureWrittenInThreePiecesIsTheFeatureWrittenWhole() {
        Shape disc = AREAS.region(AREAS.disc(new LonLat(38.284, 34.5624), 4)).shape();
        String geometry = GeoJson.geometry(disc);
        for (Map<String, Object> p : List.of(props(), Map.<String, Object>of(), new LinkedHashMap<String, Object>())) {
            byte[] whole = GeoJson.feature(geometry, p).getBytes(StandardCharsets.UTF_8);
            Utf8Pieces pieces = new Utf8Pieces.Builder().add(GeoJson.featureHead())
                    .add(geometry.getBytes(StandardCharsets.UTF_8)).add(GeoJson.featureTail(p)).build();
            assertArrayEquals(whole, pieces.toByteArray());
            // And as the geometry written by the feature itself.
            assertArrayEquals(GeoJson.feature(disc, p).getBytes(StandardCharsets.UTF_8), whole);
        }
    }

    @Test
    void aCollectionOfPiecesIsTheCollectionOfStrings() {
        List<String> a = List.of("{\"a\":\"\uD83D\uDE00 سيطرة é\"}", "{\"b\":1}"), none = List.of(), b = List.of("{}");
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        List<Utf8Pieces> parts = List.of(joined(a), joined(none), joined(b));
        assertArrayEquals(GeoJson.collection(all).getBytes(StandardCharsets.UTF_8), GeoJson.collectionPieces(null, parts).toByteArray());
        assertArrayEquals(GeoJson.collection(List.of()).getBytes(StandardCharsets.UTF_8),
                GeoJson.collectionPieces(null, List.of(joined(none))).toByteArray());
        String since = GeoJson.collectionPieces("\"since\":\"2016-12-12\"", parts).toString();
        assertEquals("{\"type\":\"FeatureCollection\",\"since\":\"2016-12-12\"," + GeoJson.collection(all).substring(28), since);
    }

    private static Utf8Pieces joined(List<String> features) {
        Utf8Pieces.Builder b = new Utf8Pieces.Builder();
        for (int i = 0; i < features.size(); i++) {
            if (i > 0) b.add(GeoJson.COMMA);
            b.add(features.get(i).getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }

    @Test
    void theStreamFillsEveryBlockAsOneArrayWould() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Utf8Pieces.Builder b = new Utf8Pieces.Builder(2);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                byte[] piece = new byte[random.nextInt(3) == 0 ? 0 : random.nextInt(3000)];
                random.nextBytes(piece);
                b.add(piece);
                expected.write(piece);
            }
            Utf8Pieces pieces = b.build();
            byte[] whole = expected.toByteArray();
            assertEquals(whole.length, pieces.length());
            assertArrayEquals(whole, pieces.toByteArray());
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            pieces.writeTo(written);
            assertArrayEquals(whole, written.toByteArray());
            // Javalin copies a body in blocks of 4 kB and decides whether to compress on the first:
            // each read must fill its block as far as the body goes.
            InputStream in = pieces.inputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] block = new byte[4096];
            int got, left = whole.length;
            while ((got = in.read(block, 0, block.length)) >= 0) {
                assertEquals(Math.min(block.length, left), got);
                read.write(block, 0, got);
                left -= got;
            }
            assertArrayEquals(whole, read.toByteArray());
            InputStream single = pieces.inputStream();
            for (byte x : whole) assertEquals(x & 0xff, single.read());
            assertEquals(-1, single.read());
        }
    }
}
