package org.saytara.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * An article as a large corpus keeps it: its metadata and where its text lies, not the text.
 *
 * @param chars    length of the normalised text, in UTF-16 chars (what evidence offsets count)
 * @param textHash the first 8 bytes of the SHA-256 of the normalised text's UTF-8: tells whether
 *                 the text read back is still the one the events were read from
 */
public record ArticleInfo(String id, String title, String outlet, String url, LocalDate published, String language,
                          String origin, int chars, long textHash, TextSource source) {

    public static ArticleInfo of(Article a, TextSource source) {
        return new ArticleInfo(a.id(), a.title(), a.outlet(), a.url(), a.published(), a.language(), a.origin(),
                a.text().length(), textHash(a.text()), source);
    }

    /**
     * True when two articles with the same text are the same report: the same publication date,
     * or one of the two undated (a file copied without its sidecar). The same text published on
     * another date is another report (a wire story run again later).
     */
    public static boolean sameReport(LocalDate published, LocalDate otherPublished) {
        return published == null || otherPublished == null || published.equals(otherPublished);
    }

    /** The article with its text, read again from where it was loaded. */
    public Article load() throws IOException {
        String text = source.read();
        if (text.length() != chars || textHash(text) != textHash) {
            throw new IOException("the text of " + id + " changed on disk since it was read; reload the corpus");
        }
        return new Article(id, title, outlet, url, published, language, text, origin);
    }

    /** The first 8 bytes of the SHA-256 of the text's UTF-8, as a number. */
    public static long textHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xFF);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
