package org.saytara.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;
import org.saytara.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the served map into PostgreSQL as PostGIS tables ({@code places}, {@code events},
 * {@code control_periods}; schema in {@code V2__map_tables.sql}), so QGIS can connect to the
 * database and draw them, with typed dates for its Temporal Controller.
 *
 * <p>Each new snapshot replaces the tables' rows in one transaction, on a thread of its own: a
 * request never waits for it, readers of the database never see half of a refresh, and when
 * snapshots come faster than they can be written only the latest is written.
 */
public final class MapTables implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MapTables.class);

    /** What one refresh writes. {@code events} holds every event, rejected ones included. */
    public record Rows(String version, Timeline timeline, List<Event> events, Map<String, Integer> eventCounts) {}

    private final ReviewDatabase db;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "saytara-postgis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Rows> pending = new AtomicReference<>();
    private volatile String written;
    private volatile Future<?> last;

    public MapTables(ReviewDatabase db) {
        if (!db.isPostgres()) throw new IllegalArgumentException("map tables are for PostgreSQL + PostGIS");
        this.db = db;
    }

    /** Asks for the tables to show these rows; returns at once. */
    public void refresh(Rows rows) {
        if (rows.version().equals(written)) return;
        if (pending.getAndSet(rows) == null) last = writer.submit(this::writePending);
    }

    /** Waits until every refresh asked for so far is written (tests, shutdown). */
    public void flush() {
        Future<?> f = last;
        if (f == null) return;
        try {
            writer.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StoreException("the PostGIS tables were not written in time", e);
        }
    }

    /** The snapshot version the tables hold, or null before the first write. */
    public String writtenVersion() {
        return written;
    }

    private void writePending() {
        Rows rows = pending.getAndSet(null);
        if (rows == null || rows.version().equals(written)) return;
        long start = System.nanoTime();
        try {
            int[] counts = db.withConnection(c -> write(c, rows));
            written = rows.version();
            LOG.info("PostGIS tables refreshed: {} places, {} events, {} periods in {} ms", counts[0], counts[1],
                    counts[2], (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // The map in the database lags behind; the next snapshot tries again. Serving goes on.
            LOG.error("could not refresh the PostGIS tables", e);
        }
    }

    private static int[] write(Connection c, Rows rows) throws SQLException {
        try {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM control_periods");
                st.executeUpdate("DELETE FROM events");
                st.executeUpdate("DELETE FROM places");
            }
            int places = writePlaces(c, rows);
            int events = writeEvents(c, rows.events());
            int periods = writePeriods(c, rows.timeline());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO map_state (id, version, refreshed_at, places,"
                    + " events, periods) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version,"
                    + " refreshed_at = EXCLUDED.refreshed_at, places = EXCLUDED.places, events = EXCLUDED.events,"
                    + " periods = EXCLUDED.periods")) {
                st.setString(1, rows.version());
                st.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                st.setInt(3, places);
                st.setInt(4, events);
                st.setInt(5, periods);
                st.executeUpdate();
            }
            c.commit();
            return new int[] {places, events, periods};
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static int writePlaces(Connection c, Rows rows) throws SQLException {
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO places (id, name_ar, name_en, type, precision_km,"
                + " control, side, claimed, since, pinned_by, event_count, geom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            for (PlaceHistory h : rows.timeline().histories()) {
                PlaceRef p = h.place();
                if (!drawable(p)) continue;
                List<Period> periods = h.periods();
                Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
                boolean current = last != null && last.to() == null;
                st.setString(1, p.id());
                st.setString(2, p.nameAr());
                st.setString(3, p.nameEn());
                st.setString(4, p.type() == null ? null : p.type().code());
                st.setDouble(5, p.precisionKm());
                st.setString(6, current ? last.control().code() : null);
                st.setString(7, current ? code(last.control().side()) : null);
                st.setBoolean(8, current && last.claimed());
                setDate(st, 9, current ? last.from() : null);
                st.setString(10, current && last.pinned() != null ? last.pinned().by() : null);
                st.setInt(11, rows.eventCounts().getOrDefault(p.id(), 0));
                st.setDouble(12, p.lon());
                st.setDouble(13, p.lat());
                st.addBatch();
                n++;
            }
            st.executeBatch();
        }
        return n;
    }

    private static int writeEvents(Connection c, List<Event> events) throws SQLException {
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events (id, article, kind, place_id, name_ar, name_en,"
                + " actor_gaining, actor_losing, controller_after, claimed, claimed_by, date, date_min, date_max,"
                + " date_precision, outlet, evidence, confidence, review_status, reviewed_by, reviewed_at, geom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " CASE WHEN ?::double precision IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(?, ?), 4326) END)")) {
            Map<String, Boolean> seen = new HashMap<>();
            for (Event e : events) {
                if (seen.put(e.id(), Boolean.TRUE) != null) continue;
                PlaceRef p = e.place();
                st.setString(1, e.id());
                st.setString(2, e.article());
                st.setString(3, e.kind().code());
                st.setString(4, p == null ? null : p.id());
                st.setString(5, p == null ? null : p.nameAr());
                st.setString(6, p == null ? null : p.nameEn());
                st.setString(7, e.actorGaining());
                st.setString(8, e.actorLosing());
                st.setString(9, code(e.controllerAfter()));
                st.setBoolean(10, e.claimed());
                st.setString(11, e.claimedBy());
                setDate(st, 12, e.date());
                setDate(st, 13, e.dateMin());
                setDate(st, 14, e.dateMax());
                st.setString(15, e.datePrecision() == null ? null : e.datePrecision().code());
                st.setString(16, e.outlet());
                st.setString(17, e.evidence());
                st.setDouble(18, e.confidence());
                st.setString(19, e.review() == null ? null : e.review().status());
                st.setString(20, e.review() == null ? null : e.review().by());
                if (e.review() == null) st.setNull(21, Types.TIMESTAMP_WITH_TIMEZONE);
                else st.setObject(21, OffsetDateTime.ofInstant(e.review().at(), ZoneOffset.UTC));
                if (drawable(p)) {
                    st.setDouble(22, p.lon());
                    st.setDouble(23, p.lon());
                    st.setDouble(24, p.lat());
                } else {
                    st.setNull(22, Types.DOUBLE);
                    st.setNull(23, Types.DOUBLE);
                    st.setNull(24, Types.DOUBLE);
                }
                st.addBatch();
                if (++n % 1000 == 0) st.executeBatch();
            }
            st.executeBatch();
        }
        return n;
    }

    private static int writePeriods(Connection c, Timeline timeline) throws SQLException {
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO control_periods (place_id, name_ar, name_en, control,"
                + " side, claimed, start_date, end_date, date_min, date_max, event_ids, outlets, pinned_by, pin_note, geom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            for (PlaceHistory h : timeline.histories()) {
                PlaceRef p = h.place();
                if (!drawable(p)) continue;
                for (Period period : h.periods()) {
                    st.setString(1, p.id());
                    st.setString(2, p.nameAr());
                    st.setString(3, p.nameEn());
                    st.setString(4, period.control().code());
                    st.setString(5, code(period.control().side()));
                    st.setBoolean(6, period.claimed());
                    setDate(st, 7, period.from());
                    setDate(st, 8, period.to());
                    setDate(st, 9, period.dateMin());
                    setDate(st, 10, period.dateMax());
                    st.setString(11, String.join(",", period.eventIds()));
                    st.setString(12, String.join(",", period.outlets()));
                    st.setString(13, period.pinned() == null ? null : period.pinned().by());
                    st.setString(14, period.pinned() == null ? null : period.pinned().note());
                    st.setDouble(15, p.lon());
                    st.setDouble(16, p.lat());
                    st.addBatch();
                    if (++n % 1000 == 0) st.executeBatch();
                }
            }
            st.executeBatch();
        }
        return n;
    }

    /** (0, 0) and out-of-range coordinates are missing ones, as the layers treat them. */
    private static boolean drawable(PlaceRef p) {
        if (p == null) return false;
        double lon = p.lon(), lat = p.lat();
        return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 && !(lon == 0 && lat == 0);
    }

    private static String code(Side s) {
        return s == null ? null : s.code();
    }

    private static void setDate(PreparedStatement st, int i, LocalDate d) throws SQLException {
        if (d == null) st.setNull(i, Types.DATE);
        else st.setObject(i, d);
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
