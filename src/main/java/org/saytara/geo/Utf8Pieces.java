package org.saytara.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text held as UTF-8 pieces, in order, each shared rather than copied: a layer's collection at
 * 100,000 articles is megabytes made of features that are the same from one frame to the next
 * (each place's feature for its period, each report's, each side's outline), so a frame is a list
 * of references to them, written out piece by piece, never one array of the whole. Immutable (the
 * pieces are never written to once given).
 */
public final class Utf8Pieces {
    private static final byte[][] NO_PIECES = new byte[0][];
    public static final Utf8Pieces EMPTY = new Utf8Pieces(NO_PIECES, 0, 0);

    private final byte[][] pieces;
    private final int count;
    private final long length;

    private Utf8Pieces(byte[][] pieces, int count, long length) {
        this.pieces = pieces;
        this.count = count;
        this.length = length;
    }

    /** One piece: the array itself, not copied. */
    public static Utf8Pieces of(byte[] whole) {
        return whole.length == 0 ? EMPTY : new Utf8Pieces(new byte[][] {whole}, 1, whole.length);
    }

    /** The text encoded. */
    public static Utf8Pieces of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The number of bytes of the whole. */
    public long length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The whole as one array (the piece itself when there is only one). */
    public byte[] toByteArray() {
        if (count == 1) return pieces[0];
        if (length > Integer.MAX_VALUE - 16) throw new IllegalStateException("over 2 GB");
        byte[] out = new byte[(int) length];
        int at = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(pieces[i], 0, out, at, pieces[i].length);
            at += pieces[i].length;
        }
        return out;
    }

    public void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < count; i++) out.write(pieces[i]);
    }

    /**
     * The whole as a stream whose every read fills the buffer given as far as the text goes (so a
     * reader that decides something on its first block, as a compressing response does, sees the
     * same block as from one array).
     */
    public InputStream inputStream() {
        return new InputStream() {
            private int piece;
            private int at;

            @Override
            public int read() {
                while (piece < count && at == pieces[piece].length) {
                    piece++;
                    at = 0;
                }
                return piece < count ? pieces[piece][at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) return 0;
                int n = 0;
                while (n < len && piece < count) {
                    byte[] p = pieces[piece];
                    int take = Math.min(len - n, p.length - at);
                    System.arraycopy(p, at, b, off + n, take);
                    n += take;
                    at += take;
                    if (at == p.length) {
                        piece++;
                        at = 0;
                    }
                }
                return n == 0 ? -1 : n;
            }

            @Override
            public int available() {
                long left = length;
                for (int i = 0; i < piece; i++) left -= pieces[i].length;
                left -= at;
                return (int) Math.min(Integer.MAX_VALUE, left);
            }
        };
    }

    /** The text decoded (for callers that need a String; the served path never does). */
    @Override
    public String toString() {
        return new String(toByteArray(), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Pieces p && p.length == length && Arrays.equals(p.toByteArray(), toByteArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toByteArray());
    }

    /** Pieces added in order; empty pieces are skipped. Not thread-safe. */
    public static final class Builder {
        private byte[][] pieces;
        private int count;
        private long length;

        public Builder() {
            this(16);
        }

        public Builder(int expectedPieces) {
            pieces = new byte[Math.max(4, expectedPieces)][];
        }

        public Builder add(byte[] piece) {
            if (piece.length == 0) return this;
            if (count == pieces.length) pieces = Arrays.copyOf(pieces, count * 2);
            pieces[count++] = piece;
            length += piece.length;
            return this;
        }

        public Builder add(Utf8Pieces more) {
            for (int i = 0; i < more.count; i++) add(more.pieces[i]);
            return this;
        }

        public long length() {
            return length;
        }

        public Utf8Pieces build() {
            if (count == 0) return EMPTY;
            return new Utf8Pieces(count == pieces.length ? pieces : Arrays.copyOf(pieces, count), count, length);
        }
    }
}
