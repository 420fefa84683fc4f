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
        // Rate first, so failed token guesses are throttled like any other write.
        String client = ctx.req().getRemoteAddr();
        if (!limiter.tryAcquire(client)) {
            ctx.header("Retry-After", Long.toString(Math.max(1, limiter.secondsUntilNextToken(client))));
            throw new ApiException(429, "too many writes; try again later");
        }
        if (tokenDigest != null) {
            String auth = ctx.header("Authorization");
            if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "writing needs an Authorization: Bearer token");
            }
            // Compare digests so the time taken says nothing about how much of the token was right.
            if (!MessageDigest.isEqual(sha256(auth.substring(7).trim()), tokenDigest)) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                throw new ApiException(401, "wrong token");
            }
            return;
        }
        if (!loopback) {
            throw new ApiException(403, "writing is disabled: the server is not on loopback and no token is set");
        }
        String host = ctx.header("Host");
        if (host == null || !LOOPBACK_HOST.matcher(host.trim().toLowerCase(Locale.ROOT)).matches()) {
            throw new ApiException(403, "writing without a token is allowed only to localhost");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
