package org.saytara.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the review tests run against: SQLite, and PostgreSQL with PostGIS. test.sh
 * installs and starts PostgreSQL and sets {@code SAYTARA_TEST_PG} to a JDBC URL of a test database
 * (its default is what test.sh makes). Each test gets a schema of its own, dropped afterwards.
 *
 * <p>When PostgreSQL cannot be reached the PostgreSQL tests <b>fail</b>, naming the URL: a CI run
 * must not pass by skipping them. Only {@code SAYTARA_SKIP_POSTGRES=1}, for a developer's machine
 * without PostgreSQL, turns that into a skip; test.sh never sets it.
 */
public final class TestDatabases {
    public static final String SQLITE = "sqlite";
    public static final String POSTGRESQL = "postgresql";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/saytara_test?user=saytara_test&password=saytara_test";

    private TestDatabases() {}

    /** For {@code @MethodSource}: both kinds. */
    public static List<String> kinds() {
        return List.of(SQLITE, POSTGRESQL);
    }

    /** A fresh, empty database of this kind, as a {@code --db} value. */
    public static Db fresh(String kind, Path dir) {
        if (kind.equals(SQLITE)) return new Db(dir.resolve("reviews-" + UUID.randomUUID() + ".db").toString(), null);
        String base = baseUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("SAYTARA_SKIP_POSTGRES"))) {
                Assumptions.abort("PostgreSQL not reachable and SAYTARA_SKIP_POSTGRES=1: " + e.getMessage());
            }
            fail("PostgreSQL is not reachable at " + base.replaceAll("password=[^&]*", "password=***") + " ("
                    + e.getMessage() + "). Run ./test.sh, which installs and starts it, or set SAYTARA_TEST_PG to a"
                    + " database with PostGIS; SAYTARA_SKIP_POSTGRES=1 skips these tests on a machine without it.");
        }
        return new Db(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public", schema);
    }

    static String baseUrl() {
        String env = System.getenv("SAYTARA_TEST_PG");
        return env == null || env.isBlank() ? DEFAULT_URL : env;
    }

    /** A database for one test: {@code spec} is what {@code --db} takes. */
    public record Db(String spec, String schema) implements AutoCloseable {
        public boolean postgres() {
            return schema != null;
        }

        /** A plain JDBC connection to it, for looking inside. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(postgres() ? spec : "jdbc:sqlite:" + spec);
        }

        @Override
        public void close() {
            if (schema == null) return;
            try (Connection c = DriverManager.getConnection(baseUrl()); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema.toLowerCase(Locale.ROOT) + " CASCADE");
            } catch (SQLException e) {
                // Leaves a schema behind in the test database; it harms no later run.
            }
        }
    }
}
