package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p><b>Who writes.</b> Tokens may be named ({@code serve --tokens FILE}, see
 * {@link ReviewerTokens}); the name is the reviewer the audit trail records. The single
 * {@code SAYTARA_TOKEN} writes as {@value #SHARED_TOKEN}, loopback without a token as
 * {@value #LOCAL}. When any token is configured, every write needs one.
 */
final class WriteGuard {
    static final String LOCAL = "local";
    static final String SHARED_TOKEN = "token";
    private static final Pattern LOOPBACK_HOST =
            Pattern.compile("(localhost|127(\\.\\d{1,3}){3}|\\[::1])(:\\d{1,5})?", Pattern.CASE_INSENSITIVE);

    /** Digest of each accepted token → the name it writes as. */
    private final Map<String, String> writers;
    private final boolean loopback;
    private final RateLimiter limiter;

    WriteGuard(String token, boolean loopback, RateLimiter limiter) {
        this(token, Map.of(), loopback, limiter);
    }

    /** @param named reviewer name → token, from the token file */
    WriteGuard(String token, Map<String, String> named, boolean loopback, RateLimiter limiter) {
        Map<String, String> w = new LinkedHashMap<>();
        if (token != null) w.put(hex(sha256(token)), SHARED_TOKEN);
        named.forEach((name, t) -> w.put(hex(sha256(t)), name));
        this.writers = Map.copyOf(w);
        this.loopback = loopback;
        this.limiter = limiter;
    }

    /** Throws the refusal (429, 401 or 403) when this request may not write. */
    void check(Context ctx) {
        writer(ctx);
    }

    /** The name this request writes as; throws the refusal (429, 401 or 403) when it may not write. */
    String writer(Context ctx) {
        return writer(ctx.req().getRemoteAddr(), ctx.header("Authorization"), ctx.header("Host"));
    }

    String writer(String client, String authorization, String host) {
        Object outcome = decide(client, authorization, host);
        if (outcome instanceof ApiException refusal) throw refusal;
        return (String) outcome;
    }

    /** Why a write from this client with these headers is refused, or null when it may go ahead. */
    ApiException refusal(String client, String authorization, String host) {
        return decide(client, authorization, host) instanceof ApiException refusal ? refusal : null;
    }

    /** The writer's name, or the refusal. */
    private Object decide(String client, String authorization, String host) {
        // Rate first, so failed token guesses are throttled like any other write.
        if (!limiter.tryAcquire(client)) {
            return new ApiException(429, "too many writes; try again later")
                    .withHeader("Retry-After", Long.toString(Math.max(1, limiter.secondsUntilNextToken(client))));
        }
        if (!writers.isEmpty()) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return new ApiException(401, "writing needs an Authorization: Bearer token")
                        .withHeader("WWW-Authenticate", "Bearer");
            }
            // Compare digests, each in constant time, so the time taken says nothing about how much
            // of a token was right.
            byte[] given = sha256(authorization.substring(7).trim());
            String name = null;
            for (Map.Entry<String, String> w : writers.entrySet()) {
                if (MessageDigest.isEqual(given, HexFormat.of().parseHex(w.getKey()))) name = w.getValue();
            }
            if (name == null) {
                return new ApiException(401, "wrong token").withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            return name;
        }
        if (!loopback) {
            return new ApiException(403, "writing is disabled: the server is not on loopback and no token is set");
        }
        if (host == null || !LOOPBACK_HOST.matcher(host.trim().toLowerCase(Locale.ROOT)).matches()) {
            return new ApiException(403, "writing without a token is allowed only to localhost");
        }
        return LOCAL;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
