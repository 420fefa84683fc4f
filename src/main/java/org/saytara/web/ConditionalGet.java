package org.saytara.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import org.saytara.geo.Utf8Pieces;

/**
 * Sends a GET response with a strong {@code ETag} and answers {@code If-None-Match} with 304
 * before building the body. The tag hashes the snapshot version, the path and the query, so it is
 * known without rendering: an unchanged layer costs a hash, not a GeoJSON build.
 */
final class ConditionalGet {
    /** Clients may keep a copy but must ask again each time; the 304 makes asking cheap. */
    static final String CACHE_CONTROL = "no-cache";

    private ConditionalGet() {}

    static void send(Context ctx, String version, String contentType, Supplier<byte[]> body) {
        if (notModified(ctx, version)) return;
        ctx.contentType(contentType);
        ctx.result(body.get());
    }

    /**
     * As {@link #send(Context, String, String, Supplier)}, the body held as pieces and written
     * piece by piece, never joined into one array (a layer of megabytes shares its features with
     * other layers). Javalin reads a body in blocks of 4 kB whichever way it is given, and the
     * pieces' stream fills each block, so the response (and whether it is compressed) is the same.
     */
    static void sendPieces(Context ctx, String version, String contentType, Supplier<Utf8Pieces> body) {
        if (notModified(ctx, version)) return;
        ctx.contentType(contentType);
        ctx.result(body.get().inputStream());
    }

    /** Sets the caching headers; true (and status 304) when the client holds this version already. */
    private static boolean notModified(Context ctx, String version) {
        String etag = etag(version, ctx.path(), ctx.queryString());
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        // Javalin gzips large bodies for clients that ask; caches must keep the two codings apart.
        ctx.header("Vary", "Accept-Encoding");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    static String etag(String version, String path, String query) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(version.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (query != null) sha.update(query.getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** RFC 9110 weak comparison, which If-None-Match uses: a {@code W/} prefix does not matter. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals(etag)) return true;
        }
        return false;
    }
}
