package org.saytara.web;

import java.time.Duration;

/**
 * Bounds on what one client may ask of the server. Every one of them is enforced before any work
 * is done, so an oversized request costs a status code and nothing else.
 *
 * @param maxBodyBytes    largest request body read at all (413 above it); larger than
 *                        {@code maxArticleBytes} because JSON escaping can triple Arabic text
 * @param maxArticleBytes largest article text, counted in UTF-8 bytes (413 above it)
 * @param maxQueryChars   longest query string (414 above it)
 * @param maxTitleChars   longest title
 * @param maxOutletChars  longest outlet name
 * @param maxUrlChars     longest source URL
 * @param writesPerMinute writes one client address may make per minute, also the burst size
 * @param reloadDebounce  quiet time after the last change in the corpus folder before reloading
 * @param reviewsPerMinute reviews and pins one client address may write per minute, also the burst
 *                        size: an analyst going through the queue by keyboard writes far faster
 *                        than articles are added, and a review costs far less
 */
public record Limits(int maxBodyBytes, int maxArticleBytes, int maxQueryChars, int maxTitleChars,
                     int maxOutletChars, int maxUrlChars, int writesPerMinute, Duration reloadDebounce,
                     int reviewsPerMinute) {

    public static final int MEGABYTE = 1 << 20;

    public Limits {
        if (maxArticleBytes <= 0 || maxBodyBytes < maxArticleBytes) {
            throw new IllegalArgumentException("the body limit must hold at least one article");
        }
        if (maxQueryChars <= 0 || maxTitleChars <= 0 || maxOutletChars <= 0 || maxUrlChars <= 0) {
            throw new IllegalArgumentException("length limits must be positive");
        }
        if (writesPerMinute <= 0) throw new IllegalArgumentException("writesPerMinute must be positive");
        if (reviewsPerMinute <= 0) throw new IllegalArgumentException("reviewsPerMinute must be positive");
        if (reloadDebounce == null || reloadDebounce.isNegative()) {
            throw new IllegalArgumentException("reloadDebounce must be zero or more");
        }
    }

    public Limits(int maxBodyBytes, int maxArticleBytes, int maxQueryChars, int maxTitleChars, int maxOutletChars,
                  int maxUrlChars, int writesPerMinute, Duration reloadDebounce) {
        this(maxBodyBytes, maxArticleBytes, maxQueryChars, maxTitleChars, maxOutletChars, maxUrlChars, writesPerMinute,
                reloadDebounce, 600);
    }

    public static Limits defaults() {
        return new Limits(4 * MEGABYTE, MEGABYTE, 2048, 1000, 200, 2048, 30, Duration.ofMillis(500), 600);
    }

    public Limits withWritesPerMinute(int perMinute) {
        return new Limits(maxBodyBytes, maxArticleBytes, maxQueryChars, maxTitleChars, maxOutletChars,
                maxUrlChars, perMinute, reloadDebounce, reviewsPerMinute);
    }

    public Limits withReloadDebounce(Duration debounce) {
        return new Limits(maxBodyBytes, maxArticleBytes, maxQueryChars, maxTitleChars, maxOutletChars,
                maxUrlChars, writesPerMinute, debounce, reviewsPerMinute);
    }

    public Limits withReviewsPerMinute(int perMinute) {
        return new Limits(maxBodyBytes, maxArticleBytes, maxQueryChars, maxTitleChars, maxOutletChars,
                maxUrlChars, writesPerMinute, reloadDebounce, perMinute);
    }
}
