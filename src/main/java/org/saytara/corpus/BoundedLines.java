package org.saytara.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as raw bytes, never holding more than {@code maxLineBytes} of one
 * line: a jsonl crawl may be gigabytes, and one runaway line must not take the heap with it.
 * Bytes are split at LF only (a CR before it stays, the caller strips it): splitting before
 * decoding is safe because no multi-byte UTF-8 sequence contains the byte 0x0A.
 */
final class BoundedLines {
    /** One line: its 1-based number, its bytes (empty when oversized), and whether it overflowed. */
    record Line(int number, byte[] bytes, int length, boolean oversized, long actualLength) {}

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int number;
    private boolean done;

    BoundedLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (done) return null;
        buffer.reset();
        long length = 0;
        boolean sawAny = false;
        int b;
        while ((b = in.read()) != -1) {
            sawAny = true;
            if (b == '\n') break;
            length++;
            if (length <= maxLineBytes) buffer.write(b);
        }
        if (b == -1) {
            done = true;
            if (!sawAny) return null;
        }
        number++;
        if (length > maxLineBytes) return new Line(number, new byte[0], 0, true, length);
        byte[] bytes = buffer.toByteArray();
        return new Line(number, bytes, bytes.length, false, length);
    }
}
