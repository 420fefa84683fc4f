package org.saytara.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.saytara.json.Json;

/**
 * Adds a posted article to a corpus folder so that a crash at any moment leaves either no article
 * or a complete one, never half of one.
 *
 * <p><b>Crash safety.</b> Each of the two files is written to a hidden temporary file in the same
 * folder (same file system, so the rename is atomic), fsynced, then renamed into place, and the
 * folder is fsynced. The sidecar {@code ID.json} goes first and the text {@code ID.txt} last:
 * the loader only reads an article when its {@code .txt} exists, so the rename of the text is the
 * single commit point. A crash before it leaves at most an orphan sidecar, which the loader
 * ignores (with a warning) and a retry of the same post overwrites; a crash after it leaves a
 * complete pair. Temporary files start with a dot, which the loader skips; what a crash leaves
 * behind is cleared at the next start by {@link CorpusRecovery}.
 *
 * <p><b>Paths.</b> The id, and with it the file name, is made here from the publication date and
 * a hash of the text ({@code 2016-12-11-3fa9c02b17de}, or {@code undated-…}); nothing a caller
 * sends becomes part of a path. The same text with the same date gets the same id, so posting it
 * twice is refused with {@link DuplicateArticleException} instead of duplicating the article.
 *
 * <p>The text is normalised exactly as {@link Corpus#load} does (BOM removed, CRLF to LF), so
 * evidence offsets computed on the returned article stay valid after a reload.
 */
public final class ArticleWriter {
    private static final int MAX_FIELD_CHARS = 2000;

    private final Path dir;
    private final CorpusOptions options;

    public ArticleWriter(Path corpusDir) {
        this(corpusDir, CorpusOptions.defaults());
    }

    public ArticleWriter(Path corpusDir, CorpusOptions options) {
        this.dir = corpusDir.toAbsolutePath().normalize();
        this.options = options;
    }

    /**
     * Validates and writes the draft, returning the article as the loader will read it back.
     *
     * @throws IllegalArgumentException when the draft cannot be an article (no text, binary text,
     *                                  over the size limit, an overlong metadata field)
     * @throws DuplicateArticleException when the same article is already in the folder
     * @throws UncheckedIOException      when the folder cannot be written
     */
    public synchronized Article write(ArticleDraft draft) {
        return write(draft, null);
    }

    /**
     * As {@link #write(ArticleDraft)}, also refusing a text that {@code current} already holds
     * under another name (see {@link HeldTexts}): a copied file and a posted copy count once.
     *
     * @param current the texts of the corpus as loaded now (a {@link Corpus}, or the server's
     *                analysis), or null to check the folder only
     */
    public synchronized Article write(ArticleDraft draft, HeldTexts current) {
        if (draft.text() == null) throw new IllegalArgumentException("text is missing");
        String text = ArticleText.normalise(draft.text());
        if (current != null) {
            var same = current.heldAs(text, draft.published());
            if (same.isPresent()) throw new DuplicateArticleException(same.get());
        }
        ArticleText.rejection(text).ifPresent(reason -> {
            throw new IllegalArgumentException("text rejected: " + reason.replace("file", "text"));
        });
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        if (textBytes.length > options.maxArticleBytes()) {
            throw new IllegalArgumentException("text is " + textBytes.length + " bytes, over the limit of "
                    + options.maxArticleBytes());
        }
        String id = idFor(draft, text);
        Article article = new Article(id, field("title", draft.title()), field("outlet", draft.outlet()),
                field("url", draft.url()), draft.published(), languageOf(text), text, id + ".txt");
        Path textFile = dir.resolve(id + ".txt");
        if (Files.exists(textFile)) throw new DuplicateArticleException(id);
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(id + ".json"), sidecar(article));
            writeAtomically(textFile, textBytes);
            syncFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + id + " into the corpus folder", e);
        }
        return article;
    }

    /** {@code DATE-HASH}: a slug made only of digits, letters a-f and dashes. */
    static String idFor(ArticleDraft draft, String normalisedText) {
        String date = draft.published() == null ? "undated" : draft.published().toString();
        return date + "-" + sha256Hex(normalisedText).substring(0, 12);
    }

    private static String field(String name, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > MAX_FIELD_CHARS) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_FIELD_CHARS + " characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new IllegalArgumentException(name + " contains control characters");
        }
        return v;
    }

    /** "ar" when most letters are Arabic; otherwise unknown rather than guessed. */
    static String languageOf(String text) {
        long letters = 0;
        long arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) arabic++;
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && arabic * 2 > letters ? "ar" : null;
    }

    private static byte[] sidecar(Article article) throws JsonProcessingException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", article.id());
        node.put("title", article.title());
        node.put("outlet", article.outlet());
        node.put("url", article.url());
        node.put("published", article.published() == null ? null : article.published().toString());
        node.put("language", article.language());
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = dir.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the renames themselves durable. Not every OS can open a folder for sync; then the
     *  renames are still atomic, only possibly not yet on disk after a power cut. */
    private void syncFolder() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            // Windows refuses to open directories; atomicity does not depend on this call.
        }
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
