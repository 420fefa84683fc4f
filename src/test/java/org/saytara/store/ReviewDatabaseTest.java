package org.saytara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saytara.json.Json;
import org.saytara.review.Review;
import org.saytara.review.ReviewAction;

/** Storing and reading reviews, the same on SQLite and PostgreSQL. */
class ReviewDatabaseTest {
    @TempDir
    Path dir;

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static Review draft(String eventId, String note) {
        ObjectNode set = Json.mapper().createObjectNode();
        set.put("gaining_side", "government");
        ObjectNode before = Json.mapper().createObjectNode();
        before.put("evidence", "سيطر التنظيم على تدمر");
        return new Review(0, eventId, "tadmur", ReviewAction.CORRECT, set, before, set, "لينا", Instant.parse("2026-03-01T10:15:30.123Z"), note);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void reviewsComeBackAsStoredInOrderAfterAReopen(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.fresh(kind, dir)) {
            Review a, b;
            try (ReviewDatabase rdb = ReviewDatabase.open(db.spec(), dir)) {
                a = rdb.append(draft("x-1", "ملاحظة\nسطر ثان"));
                b = rdb.append(draft("x-2", null));
                assertTrue(b.id() > a.id() && a.id() > 0);
            }
            // Opened again: the migrations find their schema in place and change nothing.
            try (ReviewDatabase rdb = ReviewDatabase.open(db.spec(), dir)) {
                assertEquals(List.of(a, b), rdb.load());
            }
        }
    }

    @Test
    void sqliteIsInWalModeWithFullSync() throws Exception {
        try (TestDatabases.Db db = TestDatabases.fresh(TestDatabases.SQLITE, dir);
             ReviewDatabase rdb = ReviewDatabase.open(db.spec(), dir)) {
            assertEquals("wal", rdb.withConnection(c -> pragma(c, "journal_mode")));
            assertEquals("2", rdb.withConnection(c -> pragma(c, "synchronous")), "2 is FULL");
        }
    }

    @Test
    void theDefaultFileIsBesideTheCorpusInAHiddenFolder() {
        try (ReviewDatabase rdb = ReviewDatabase.open(null, dir)) {
            assertTrue(Files.isRegularFile(dir.resolve(".saytara/reviews.db")));
            assertTrue(rdb.description().startsWith("SQLite"));
        }
    }

    @Test
    void otherJdbcUrlsAndUnwritablePlacesAreRefusedClearly() throws Exception {
        StoreException e = assertThrows(StoreException.class, () -> ReviewDatabase.open("jdbc:mysql://x/y", dir));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        e = assertThrows(StoreException.class, () -> ReviewDatabase.open(file.resolve("reviews.db").toString(), dir));
        assertTrue(e.getMessage().contains("--db"), e.getMessage());
    }

    @Test
    void postgresHasTheMapTablesWithTypedDates() throws Exception {
        try (TestDatabases.Db db = TestDatabases.fresh(TestDatabases.POSTGRESQL, dir);
             ReviewDatabase rdb = ReviewDatabase.open(db.spec(), dir);
             Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns"
                     + " WHERE table_schema = '" + db.schema() + "' AND column_name IN ('start_date', 'end_date', 'date', 'geom', 'at')"
                     + " ORDER BY table_name, column_name")) {
            StringBuilder found = new StringBuilder();
            while (rs.next()) found.append(rs.getString(1)).append('.').append(rs.getString(2)).append('=').append(rs.getString(4)).append(' ');
            assertEquals("control_periods.end_date=date control_periods.geom=geometry control_periods.start_date=date "
                    + "events.date=date events.geom=geometry places.geom=geometry reviews.at=timestamptz ", found.toString());
        }
    }

    private static String pragma(Connection c, String name) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
