package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a request may change the corpus. Reads are always open; writes need either a
 * bearer token (when one is configured) or a server that only this machine can reach.
 *
 * <p>On a loopback server without a token, a write must also name the server by a loopback
 * {@code Host}: otherwise any web page the analyst visits could rebind its own domain to
 * 127.0.0.1 and post articles. Cross-site form posts are already stopped by requiring
 * {@code application/json}, which browsers cannot send cross-origin without a preflight we never
 * grant.
 */
final class WriteGuard {
    private static final Pattern LOOPBACK_HOST =
            Pattern.compile("(localhost|127(\\.\\d{1,3}){3}|\\[::1])(:\\d{1,5})?", Pattern.CASE_INSENSITIVE);

    private final byte[] tokenDigest;
    private final boolean loopback;
    private final RateLimiter limiter;

    WriteGuard(String token, boolean loopback, RateLimiter limiter) {
        this.tokenDigest = token == null ? null : sha256(token);
        this.loopback = loopback;
        this.limiter = limiter;
    }

    /** Throws the refusal (429, 401 or 403) when this request may not write. */
    void check(Context ctx) {
        ApiException refusal = refusal(ctx.req().getRemoteAddr(), ctx.header("Authorization"), ctx.header("Host"));
        if (refusal != null) throw refusal;
    }

    /** Why a write from this client with these headers is refused, or null when it may go ahead. */
    ApiException refusal(String client, String authorization, String host) {
        // Rate first, so failed token guesses are throttled like any other write.
        if (!limiter.tryAcquire(client)) {
            return new ApiException(429, "too many writes; try again later")
                    .withHeader("Retry-After", Long.toString(Math.max(1, limiter.secondsUntilNextToken(client))));
        }
        if (tokenDigest != null) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return new ApiException(401, "writing needs an Authorization: Bearer token")
                        .withHeader("WWW-Authenticate", "Bearer");
            }
            // Compare digests so the time taken says nothing about how much of the token was right.
            if (!MessageDigest.isEqual(sha256(authorization.substring(7).trim()), tokenDigest)) {
                return new ApiException(401, "wrong token").withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            return null;
        }
        if (!loopback) {
            return new ApiException(403, "writing is disabled: the server is not on loopback and no token is set");
        }
        if (host == null || !LOOPBACK_HOST.matcher(host.trim().toLowerCase(Locale.ROOT)).matches()) {
            return new ApiException(403, "writing without a token is allowed only to localhost");
        }
        return null;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
