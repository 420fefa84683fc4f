package org.saytara.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.saytara.json.Json;

/**
 * Where an article's text can be read again. A corpus of 100,000 articles holds about a gigabyte
 * of text once decoded; the server keeps only this and reads one article back when a reader opens
 * it. The text read back is normalised exactly as at load, so evidence offsets hold.
 */
public sealed interface TextSource {

    /** The normalised text, read again. */
    String read() throws IOException;

    /** A text kept in memory: posted in a test, or a corpus that never was on disk. */
    record Kept(String text) implements TextSource {
        @Override
        public String read() {
            return text;
        }
    }

    /** A {@code NAME.txt} file of the corpus folder. */
    record TextFile(Path file, long maxBytes) implements TextSource {
        @Override
        public String read() throws IOException {
            byte[] bytes;
            // Never through a link put there since: the loader checked the real path it gives here.
            try (InputStream in = java.nio.file.Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            }
            if (bytes.length > maxBytes) throw new IOException(file.getFileName() + " grew over the size limit");
            try {
                return ArticleText.normalise(ArticleText.decodeUtf8(bytes, bytes.length));
            } catch (ArticleText.MalformedUtf8 e) {
                throw new IOException(file.getFileName() + ": " + e.getMessage());
            }
        }
    }

    /** One line of a {@code .jsonl} file: its {@code text} field. */
    record JsonlLine(Path file, long offset, int length) implements TextSource {
        @Override
        public String read() throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position()) < 0) {
                        throw new IOException(file.getFileName() + " is shorter than when it was read");
                    }
                }
            }
            JsonNode node = Json.mapper().readTree(buffer.array());
            JsonNode text = node == null ? null : node.get("text");
            if (text == null || !text.isTextual()) throw new IOException(file.getFileName() + " changed since it was read");
            return ArticleText.normalise(text.asText());
        }
    }
}
