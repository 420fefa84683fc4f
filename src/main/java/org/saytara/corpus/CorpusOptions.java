package org.saytara.corpus;

/**
 * Limits applied while reading a corpus.
 *
 * @param maxArticleBytes largest article accepted, in bytes of UTF-8: a {@code .txt} file, or one
 *                        line of a {@code .jsonl} file. Bigger ones are skipped without being read
 *                        into memory, so a stray 50 MB dump cannot exhaust the heap.
 */
public record CorpusOptions(long maxArticleBytes) {
    /** 8 MB: twenty times the longest news article we have seen, far below a memory problem. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 8L * 1024 * 1024;

    public CorpusOptions {
        if (maxArticleBytes < 1 || maxArticleBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxArticleBytes out of range: " + maxArticleBytes);
        }
    }

    public static CorpusOptions defaults() {
        return new CorpusOptions(DEFAULT_MAX_ARTICLE_BYTES);
    }
}
