package org.saytara.web;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Headers sent with every response, pages and API alike. The Content-Security-Policy lets the page
 * load code, styles and data only from this server, and images also from the tile host, so text
 * from an article can never run as script even if the page mishandled it.
 */
final class SecurityHeaders {
    private final String contentSecurityPolicy;

    SecurityHeaders(String tileUrl) {
        String tiles = tileSource(tileUrl);
        this.contentSecurityPolicy = "default-src 'self'; img-src 'self'" + (tiles.isEmpty() ? "" : " " + tiles)
                + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /**
     * The CSP source for a Leaflet tile template: scheme and host, with Leaflet's {@code {s}}
     * subdomain placeholder widened to a wildcard. Empty for a relative template (served by us) or
     * none at all.
     */
    static String tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) return "";
        String template = tileUrl.replace("{s}", "subdomain");
        URI uri;
        try {
            uri = URI.create(template.replaceAll("\\{[^}]*}", "0"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tile URL is not a URL template: " + tileUrl, e);
        }
        if (uri.getScheme() == null) return "";
        String scheme = uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("tile URL must be http(s): " + tileUrl);
        }
        String host = uri.getHost();
        if (host == null) throw new IllegalArgumentException("tile URL has no host: " + tileUrl);
        host = host.replace("subdomain", "*");
        return scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }
}
