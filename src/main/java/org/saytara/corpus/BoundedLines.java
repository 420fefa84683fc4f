package org.saytara.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, never holding more than {@code maxLineBytes} of one
 * line: a jsonl crawl may be gigabytes, and one runaway line must not take the heap with it.
 * Bytes are split at LF only (a CR before it stays, the caller strips it): splitting before
 * decoding is safe because no multi-byte UTF-8 sequence contains the byte 0x0A.
 */
final class BoundedLines {
    /**
     * One line: its 1-based number and its bytes ({@code bytes[0..length)}); an oversized line
     * has no bytes and its full length in {@code actualLength}. The bytes are reused by the next
     * call to {@link #next()}: decode them first. {@code offset} is where the line starts in the
     * stream, in bytes, so that it can be read again alone.
     */
    record Line(int number, byte[] bytes, int length, boolean oversized, long actualLength, long offset) {}

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int number;
    private boolean eof;
    /** Bytes of the stream before the current chunk. */
    private long chunkStart;

    BoundedLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        long length = 0;
        long offset = -1;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (!sawAny) return null;
                break;
            }
            sawAny = true;
            if (offset < 0) offset = chunkStart + chunkPos;
            int newline = indexOfNewline();
            int end = newline < 0 ? chunkEnd : newline;
            int n = end - chunkPos;
            if (length + n <= maxLineBytes) append((int) length, n);
            length += n;
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) break;
        }
        number++;
        if (length > maxLineBytes) return new Line(number, new byte[0], 0, true, length, offset);
        return new Line(number, line, (int) length, false, length, offset);
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(chunk);
        if (n <= 0) {
            eof = n < 0;
            return !eof && fill();
        }
        chunkStart += chunkEnd;
        chunkPos = 0;
        chunkEnd = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = chunkPos; i < chunkEnd; i++) {
            if (chunk[i] == '\n') return i;
        }
        return -1;
    }

    private void append(int at, int n) {
        if (at + n > line.length) line = Arrays.copyOf(line, Math.max(at + n, Math.min(line.length * 2, maxLineBytes)));
        System.arraycopy(chunk, chunkPos, line, at, n);
    }
}
