package org.saytara.pipeline;

import java.util.Arrays;

/**
 * An immutable sorted multiset of longs (the text hashes of a corpus), kept in blocks of a few
 * thousand. A copy with one value more or less copies one block and the short array of blocks,
 * not the whole set: at 100,000 articles one flat array is 800 KB, which G1 allocates as a
 * humongous object on every POST and which starts a concurrent collection each time.
 */
final class SortedLongs {
    /** A block is split in two past this size. */
    private static final int MAX_BLOCK = 4096;

    private final long[][] blocks;
    private final int size;

    private SortedLongs(long[][] blocks, int size) {
        this.blocks = blocks;
        this.size = size;
    }

    /** The values given, sorted (the array is sorted in place and then cut up). */
    static SortedLongs of(long[] values) {
        Arrays.sort(values);
        int n = (values.length + MAX_BLOCK / 2 - 1) / (MAX_BLOCK / 2);
        long[][] blocks = new long[n][];
        for (int b = 0; b < n; b++) {
            blocks[b] = Arrays.copyOfRange(values, b * (MAX_BLOCK / 2), Math.min(values.length, (b + 1) * (MAX_BLOCK / 2)));
        }
        return new SortedLongs(blocks, values.length);
    }

    int size() {
        return size;
    }

    boolean contains(long v) {
        int b = blockFor(v);
        return b >= 0 && Arrays.binarySearch(blocks[b], v) >= 0;
    }

    /** A copy with one more {@code v}. */
    SortedLongs plus(long v) {
        if (blocks.length == 0) return new SortedLongs(new long[][] {{v}}, 1);
        int b = Math.max(0, blockFor(v));
        long[] block = blocks[b];
        int i = Arrays.binarySearch(block, v);
        if (i < 0) i = -i - 1;
        long[] grown = new long[block.length + 1];
        System.arraycopy(block, 0, grown, 0, i);
        grown[i] = v;
        System.arraycopy(block, i, grown, i + 1, block.length - i);
        if (grown.length <= MAX_BLOCK) {
            long[][] next = blocks.clone();
            next[b] = grown;
            return new SortedLongs(next, size + 1);
        }
        long[][] next = new long[blocks.length + 1][];
        System.arraycopy(blocks, 0, next, 0, b);
        next[b] = Arrays.copyOfRange(grown, 0, grown.length / 2);
        next[b + 1] = Arrays.copyOfRange(grown, grown.length / 2, grown.length);
        System.arraycopy(blocks, b + 1, next, b + 2, blocks.length - b - 1);
        return new SortedLongs(next, size + 1);
    }

    /** A copy with one {@code v} less, or null when there is none. */
    SortedLongs minus(long v) {
        int b = blockFor(v);
        if (b < 0) return null;
        long[] block = blocks[b];
        int i = Arrays.binarySearch(block, v);
        if (i < 0) return null;
        if (block.length == 1) {
            long[][] next = new long[blocks.length - 1][];
            System.arraycopy(blocks, 0, next, 0, b);
            System.arraycopy(blocks, b + 1, next, b, blocks.length - b - 1);
            return new SortedLongs(next, size - 1);
        }
        long[] shrunk = new long[block.length - 1];
        System.arraycopy(block, 0, shrunk, 0, i);
        System.arraycopy(block, i + 1, shrunk, i, block.length - i - 1);
        long[][] next = blocks.clone();
        next[b] = shrunk;
        return new SortedLongs(next, size - 1);
    }

    /**
     * The block whose range may hold {@code v}: the last one whose first value is not above it
     * (the first block for a value below every block), or -1 when there are none.
     */
    private int blockFor(long v) {
        int lo = 0, hi = blocks.length - 1, found = blocks.length == 0 ? -1 : 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks[mid][0] <= v) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
