package org.saytara.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * Everything {@link Server#start} needs. Start from {@link #defaults()} and change what differs.
 *
 * @param corpusDir       folder of articles; posted articles are written into it
 * @param geodataDir      gazetteer folder, or null for the copy bundled in the jar
 * @param webDir          folder of the page, or null for the copy bundled in the jar (a folder lets
 *                        a developer edit the page without rebuilding)
 * @param host            address to bind; writes need no token only when it is a loopback address
 * @param port            TCP port, 0 for any free one
 * @param token           bearer token required for writes, or null (then writes need loopback)
 * @param tileUrl         Leaflet tile URL template, or null when the analyst has no tile server
 *                        and the page falls back to the bundled basemap
 * @param tileAttribution attribution the tile provider requires, shown on the map
 * @param watchCorpus     reload when files change in {@code corpusDir}
 * @param profileDir      folder of the conflict's profile (sides, actors, sources), or null for the
 *                        bundled Syria profile
 * @param db              where reviews are kept: null for {@code corpusDir/.saytara/reviews.db}, a
 *                        SQLite file path, or a {@code jdbc:postgresql://} URL (see
 *                        {@link org.saytara.store.ReviewDatabase#open})
 * @param tokensFile      file of named tokens ({@link ReviewerTokens}), or null
 */
public record ServerConfig(Path corpusDir, Path geodataDir, Path webDir, String host, int port,
                           String token, String tileUrl, String tileAttribution, boolean watchCorpus,
                           Limits limits, Path profileDir, String db, Path tokensFile) {

    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OSM_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    public ServerConfig {
        if (corpusDir == null) throw new IllegalArgumentException("corpusDir is required");
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is required");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (token != null && token.isBlank()) token = null;
        if (tileUrl != null && tileUrl.isBlank()) tileUrl = null;
        if (limits == null) limits = Limits.defaults();
        if (db != null && db.isBlank()) db = null;
    }

    public ServerConfig(Path corpusDir, Path geodataDir, Path webDir, String host, int port, String token,
                        String tileUrl, String tileAttribution, boolean watchCorpus, Limits limits, Path profileDir) {
        this(corpusDir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir,
                null, null);
    }

    /** The bundled corpus on http://127.0.0.1:7070 with OpenStreetMap tiles; token from {@code SAYTARA_TOKEN}. */
    public static ServerConfig defaults() {
        return new ServerConfig(Path.of("corpus"), null, null, "127.0.0.1", 7070,
                System.getenv("SAYTARA_TOKEN"), OSM_TILES, OSM_ATTRIBUTION, true, Limits.defaults(), null);
    }

    public ServerConfig withCorpusDir(Path dir) {
        return new ServerConfig(dir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withGeodataDir(Path dir) {
        return new ServerConfig(corpusDir, dir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withWebDir(Path dir) {
        return new ServerConfig(corpusDir, geodataDir, dir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(corpusDir, geodataDir, webDir, newHost, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, newPort, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withToken(String newToken) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, newToken, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withTiles(String url, String attribution) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, token, url, attribution, watchCorpus, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withWatchCorpus(boolean watch) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watch, limits, profileDir, db, tokensFile);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, newLimits, profileDir, db, tokensFile);
    }

    public ServerConfig withProfileDir(Path dir) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, dir, db, tokensFile);
    }

    public ServerConfig withDb(String spec) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, spec, tokensFile);
    }

    public ServerConfig withTokensFile(Path file) {
        return new ServerConfig(corpusDir, geodataDir, webDir, host, port, token, tileUrl, tileAttribution, watchCorpus, limits, profileDir, db, file);
    }

    /**
     * True when only this machine can reach the server. Resolving a name such as {@code localhost}
     * is fine here; an unresolvable host will fail at bind time anyway, so it counts as not loopback.
     */
    public boolean bindsLoopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Hides the token so a logged config never leaks it. */
    @Override
    public String toString() {
        return "ServerConfig[corpusDir=" + corpusDir + ", geodataDir=" + geodataDir + ", webDir=" + webDir
                + ", host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "set")
                + ", tileUrl=" + tileUrl + ", watchCorpus=" + watchCorpus + ", limits=" + limits
                + ", profileDir=" + profileDir
                + ", db=" + (db == null ? "default" : db.replaceAll("password=[^&]*", "password=***"))
                + ", tokensFile=" + tokensFile + "]";
    }
}
