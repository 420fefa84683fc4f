package org.saytara.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Absolute links of the OGC API, as GIS clients follow them, built from the request's own host. */
final class OgcLinks {
    static final String JSON = "application/json";
    static final String GEOJSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

    private OgcLinks() {}

    /** {@code http://host:port/ogc}. The Host header names the server as the client reached it. */
    static String root(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]_-]{1,255}")) {
            host = "127.0.0.1:" + ctx.port();
        }
        return ctx.scheme() + "://" + host + "/ogc";
    }

    static Map<String, Object> link(String href, String rel, String type, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("href", href);
        m.put("rel", rel);
        m.put("type", type);
        if (title != null) m.put("title", title);
        return m;
    }

    /** The request's query string with some parameters replaced (null value: removed), in a stable order. */
    static String query(Context ctx, Map<String, String> replace) {
        Map<String, String> q = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) q.put(k, v.get(0));
        });
        q.putAll(replace);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (e.getValue() == null) continue;
            sb.append(sb.length() == 0 ? "?" : "&").append(enc(e.getKey())).append('=').append(enc(e.getValue()));
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":").replace("%2F", "/");
    }

    static List<Map<String, Object>> list(Map<String, Object>... links) {
        return List.of(links);
    }
}
