package org.saytara.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an article into the text every later stage indexes into. Evidence spans are
 * offsets into the string returned here, so it must be the same whichever way the article came in
 * (a file, a jsonl line, a POST): BOM removed, CRLF and lone CR turned into LF.
 */
final class ArticleText {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * A control character now and then survives copy-and-paste from a web page; a few percent of
     * them means the bytes are not text at all.
     */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private ArticleText() {}

    /** Bytes that are not valid UTF-8; {@code byteOffset} counts from the start of the input. */
    static final class MalformedUtf8 extends Exception {
        final long byteOffset;

        MalformedUtf8(long byteOffset) {
            super("invalid UTF-8 at byte " + byteOffset);
            this.byteOffset = byteOffset;
        }
    }

    /**
     * Decodes strictly (no replacement characters: a silently mangled place name is worse than a
     * skipped article) and drops a leading byte order mark.
     */
    static String decodeUtf8(byte[] bytes, int length) throws MalformedUtf8 {
        int start = startsWithBom(bytes, length) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate(length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw new MalformedUtf8(in.position());
        result = decoder.flush(out);
        if (result.isError()) throw new MalformedUtf8(in.position());
        out.flip();
        return out.toString();
    }

    private static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** CRLF and lone CR become LF; a BOM left inside a string (jsonl, POST) is dropped too. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) return t;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Why this text cannot be an article, if it cannot: empty, or binary (a NUL, or more than 1%
     * control characters other than tab, newline and form feed).
     */
    static Optional<String> rejection(String text) {
        if (text.isBlank()) return Optional.of("empty file (no text)");
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return Optional.of("binary file (NUL character at char " + i + ")");
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f' && c != '\r') controls++;
        }
        if (controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            return Optional.of("binary file (" + controls + " control characters in " + text.length() + ")");
        }
        return Optional.empty();
    }

    /** True when a NUL byte appears: such files are binary, whatever else they hold. */
    static boolean hasNulByte(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }

    static boolean hasArabicLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
