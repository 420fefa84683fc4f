package org.saytara.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.saytara.json.Json;
import org.saytara.review.Review;
import org.saytara.review.ReviewAction;
import org.sqlite.SQLiteConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where reviews are kept: an embedded SQLite file by default, or PostgreSQL (with PostGIS, which
 * also gets the map as tables, see {@link MapTables}). The schema is made and upgraded by Flyway
 * migrations ({@code org/saytara/store/migration/{sqlite,postgresql}}) at open.
 *
 * <p><b>Durability.</b> {@link #append} returns only after the row is committed, and the server
 * answers 201 only after that, so a review that was acknowledged survives a kill -9 at any moment.
 * SQLite runs in WAL mode with {@code synchronous=FULL}: the commit fsyncs the write-ahead log.
 * (WAL with {@code NORMAL} would already survive a killed process, since the log is written
 * before commit returns; FULL also survives a power cut, and at an analyst's pace of writes its
 * one fsync per review costs nothing.) PostgreSQL commits durably by default.
 *
 * <p>One connection, used by one thread at a time: reviews are few and small, and SQLite takes
 * one writer anyway. A PostgreSQL connection that was lost is opened again once per call.
 */
public final class ReviewDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewDatabase.class);
    /** Beside the corpus, in a hidden folder the corpus loader skips. */
    public static final String DEFAULT_FILE = ".saytara/reviews.db";

    enum Dialect { SQLITE, POSTGRESQL }

    private final Dialect dialect;
    private final String url;
    private final Properties properties;
    private final String description;
    private Connection connection;

    private ReviewDatabase(Dialect dialect, String url, Properties properties, String description) {
        this.dialect = dialect;
        this.url = url;
        this.properties = properties;
        this.description = description;
    }

    /**
     * Opens (creating and migrating as needed) the database a {@code --db} option names.
     *
     * @param spec      null for {@code CORPUS/.saytara/reviews.db}; a file path for SQLite; a
     *                  {@code jdbc:sqlite:} or {@code jdbc:postgresql://} URL. User and password
     *                  of PostgreSQL go in the URL or in {@code SAYTARA_DB_USER} and
     *                  {@code SAYTARA_DB_PASSWORD}.
     * @param corpusDir where the default file goes
     * @throws StoreException when it cannot be opened or migrated; the message says what to do
     */
    public static ReviewDatabase open(String spec, Path corpusDir) {
        ReviewDatabase db = create(spec, corpusDir);
        db.migrate();
        db.connect();
        LOG.info("reviews kept in {}", db.description);
        return db;
    }

    private static ReviewDatabase create(String spec, Path corpusDir) {
        if (spec != null && spec.startsWith("jdbc:postgresql:")) {
            Properties p = new Properties();
            String user = System.getenv("SAYTARA_DB_USER");
            String password = System.getenv("SAYTARA_DB_PASSWORD");
            if (user != null && !user.isBlank()) p.setProperty("user", user);
            if (password != null && !password.isBlank()) p.setProperty("password", password);
            p.setProperty("ApplicationName", "saytara");
            int q = spec.indexOf('?');
            return new ReviewDatabase(Dialect.POSTGRESQL, spec, p, "PostgreSQL " + (q < 0 ? spec : spec.substring(0, q)));
        }
        if (spec != null && spec.startsWith("jdbc:") && !spec.startsWith("jdbc:sqlite:")) {
            throw new StoreException("--db takes a file path (SQLite), a jdbc:sqlite: URL or a jdbc:postgresql:// URL", null);
        }
        Path file;
        if (spec == null || spec.isBlank()) file = corpusDir.resolve(DEFAULT_FILE);
        else if (spec.startsWith("jdbc:sqlite:")) file = Path.of(spec.substring("jdbc:sqlite:".length()));
        else file = Path.of(spec);
        file = file.toAbsolutePath().normalize();
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the review database " + file
                    + " (" + e + "); give another place with --db PATH", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        return new ReviewDatabase(Dialect.SQLITE, "jdbc:sqlite:" + file, config.toProperties(), "SQLite " + file);
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(url, properties.getProperty("user"), properties.getProperty("password"))
                    .locations("classpath:org/saytara/store/migration/" + dialect.name().toLowerCase(Locale.ROOT))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String hint = dialect == Dialect.POSTGRESQL && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("postgis")
                    ? "; PostGIS is needed: install it (Debian: postgresql-15-postgis-3) and run CREATE EXTENSION postgis"
                    + " in the database as a superuser"
                    : "";
            throw new StoreException("cannot prepare the review database (" + description + "): "
                    + firstLine(e.getMessage()) + hint, e);
        }
    }

    private void connect() {
        try {
            connection = DriverManager.getConnection(url, properties);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the review database (" + description + "): " + e.getMessage(), e);
        }
    }

    /** Which database, for logs and messages: no password. */
    public String description() {
        return description;
    }

    public boolean isPostgres() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** Every review, oldest first. */
    public synchronized List<Review> load() {
        return withRetry(c -> {
            List<Review> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, event_id, place_id, action, set_json, before_json, after_json, reviewer, at, note"
                            + " FROM reviews ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            c.commit();
            return out;
        });
    }

    /**
     * Stores a review and returns it with its id. Returns only once the row is committed (durable).
     *
     * @throws StoreException when the write failed; nothing was stored then
     */
    public synchronized Review append(Review draft) {
        return withRetry(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO reviews (event_id, place_id, action, set_json,"
                    + " before_json, after_json, reviewer, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                st.setString(1, draft.eventId());
                st.setString(2, draft.placeId());
                st.setString(3, draft.action().code());
                st.setString(4, json(draft.set()));
                st.setString(5, json(draft.before()));
                st.setString(6, json(draft.after()));
                st.setString(7, draft.reviewer());
                if (dialect == Dialect.POSTGRESQL) st.setObject(8, OffsetDateTime.ofInstant(draft.at(), ZoneOffset.UTC));
                else st.setString(8, draft.at().toString());
                st.setString(9, draft.note());
                long id;
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) throw new SQLException("no id returned");
                    id = rs.getLong(1);
                }
                c.commit();
                return draft.withId(id);
            } catch (SQLException e) {
                rollbackQuietly(c);
                throw e;
            }
        });
    }

    /** Runs a unit of work on the connection (PostGIS map tables use it). */
    synchronized <T> T withConnection(Work<T> work) {
        return withRetry(work);
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withRetry(Work<T> work) {
        try {
            return work.run(connection());
        } catch (SQLException first) {
            if (dialect != Dialect.POSTGRESQL || isValid()) {
                throw new StoreException("review database error (" + description + "): " + first.getMessage(), first);
            }
            // The server went away (restart, network): open again and try once more.
            LOG.warn("lost the connection to {}; reconnecting", description);
            closeQuietly();
            try {
                return work.run(connection());
            } catch (SQLException second) {
                throw new StoreException("review database error (" + description + "): " + second.getMessage(), second);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(url, properties);
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private boolean isValid() {
        try {
            return connection != null && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Review read(ResultSet rs) throws SQLException {
        Instant at;
        if (dialect == Dialect.POSTGRESQL) {
            Timestamp t = rs.getTimestamp("at");
            at = t.toInstant();
        } else {
            at = Instant.parse(rs.getString("at"));
        }
        JsonNode set = parse(rs.getString("set_json"));
        return new Review(rs.getLong("id"), rs.getString("event_id"), rs.getString("place_id"),
                ReviewAction.fromCode(rs.getString("action")), set == null ? null : (ObjectNode) set,
                parse(rs.getString("before_json")), parse(rs.getString("after_json")), rs.getString("reviewer"), at,
                rs.getString("note"));
    }

    private static String json(JsonNode node) {
        if (node == null || node.isNull()) return null;
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static JsonNode parse(String text) throws SQLException {
        if (text == null) return null;
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored review holds broken JSON: " + e.getOriginalMessage());
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the next call opens a new one.
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // Closing a dead connection can fail; it is gone either way.
        }
        connection = null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        return s.lines().filter(l -> !l.isBlank()).findFirst().orElse(s).trim();
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
