package org.saytara.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedLongsTest {
    /** Many values added and taken away, with repeats and splits of blocks, against a counted map. */
    @Test
    void behavesAsASortedMultiset() {
        Random r = new Random(7);
        long[] start = new long[10_000];
        TreeMap<Long, Integer> counts = new TreeMap<>();
        List<Long> present = new ArrayList<>();
        for (int i = 0; i < start.length; i++) {
            start[i] = r.nextInt(20_000) - 10_000L;
            counts.merge(start[i], 1, Integer::sum);
            present.add(start[i]);
        }
        SortedLongs s = SortedLongs.of(start.clone());
        for (int step = 0; step < 30_000; step++) {
            if (r.nextInt(3) > 0 || present.isEmpty()) {
                long v = r.nextInt(3) == 0 ? Long.MIN_VALUE + r.nextInt(3) : r.nextInt(20_000) - 10_000L;
                s = s.plus(v);
                counts.merge(v, 1, Integer::sum);
                present.add(v);
            } else {
                long v = present.remove(r.nextInt(present.size()));
                s = s.minus(v);
                counts.computeIfPresent(v, (k, n) -> n == 1 ? null : n - 1);
            }
            assertEquals(present.size(), s.size());
        }
        for (long v = -10_010; v <= 10_010; v++) assertEquals(counts.containsKey(v), s.contains(v), "value " + v);
        assertEquals(counts.containsKey(Long.MIN_VALUE), s.contains(Long.MIN_VALUE));
        assertNull(s.minus(123_456_789L));
    }

    @Test
    void emptyAndBackAgain() {
        SortedLongs s = SortedLongs.of(new long[0]);
        assertEquals(false, s.contains(5));
        s = s.plus(5);
        assertEquals(true, s.contains(5));
        s = s.minus(5);
        assertEquals(0, s.size());
        assertEquals(false, s.contains(5));
        assertNull(s.minus(5));
    }
}
