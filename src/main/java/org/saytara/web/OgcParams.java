package org.saytara.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.saytara.layers.Catalog;

/**
 * The query parameters of OGC API – Features items: {@code limit}, {@code offset}, {@code bbox} and
 * {@code datetime}, read as the standard says (Part 1, sections 7.15.3–7.15.5).
 */
final class OgcParams {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    /** A full date; GDAL 3.6 turns a where clause on a date field into {@code 2016-12-01T}, a date and a bare T. */
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]?");

    private OgcParams() {}

    /** 1 … ∞; above {@value #MAX_LIMIT} the maximum is used, as the standard asks, not refused. */
    static int limit(Context ctx) {
        String v = Params.single(ctx, "limit");
        if (v == null) return DEFAULT_LIMIT;
        long n = integer("limit", v);
        if (n < 1) throw ApiException.badRequest("'limit' must be at least 1");
        return (int) Math.min(n, MAX_LIMIT);
    }

    static int offset(Context ctx) {
        String v = Params.single(ctx, "offset");
        if (v == null) return 0;
        long n = integer("offset", v);
        if (n < 0 || n > Integer.MAX_VALUE) throw ApiException.badRequest("'offset' must be a whole number ≥ 0");
        return (int) n;
    }

    /** minLon,minLat,maxLon,maxLat (or with heights, 6 numbers), in CRS84; null when absent. */
    static double[] bbox(Context ctx) {
        String v = Params.single(ctx, "bbox");
        if (v == null) return null;
        String[] parts = v.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw ApiException.badRequest("'bbox' must be minLon,minLat,maxLon,maxLat (4 or 6 numbers)");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("'bbox' must be minLon,minLat,maxLon,maxLat (4 or 6 numbers)");
            }
            if (!Double.isFinite(n[i])) throw ApiException.badRequest("'bbox' must hold finite numbers");
        }
        double[] box = parts.length == 4 ? n : new double[] {n[0], n[1], n[3], n[4]};
        if (box[1] > box[3] || box[1] < -90 || box[3] > 90) {
            throw ApiException.badRequest("'bbox' latitudes must lie in -90..90, the lower first");
        }
        // A box across the antimeridian (minLon > maxLon) is not needed for Syria, and says so.
        if (box[0] > box[2]) throw ApiException.badRequest("'bbox' across the antimeridian is not supported");
        return box;
    }

    /**
     * An instant or an interval with open ends ({@code ..} or empty), RFC 3339 date-times; a full
     * date stands for its whole day (UTC).
     */
    static Catalog.Query query(Context ctx) {
        double[] box = bbox(ctx);
        String v = Params.single(ctx, "datetime");
        if (v == null) return new Catalog.Query(box, null, null);
        int slash = v.indexOf('/');
        if (slash < 0) {
            if (v.equals("..")) throw ApiException.badRequest("'datetime' '..' needs a slash: an open interval is '../end' or 'start/..'");
            if (FULL_DATE.matcher(v).matches()) {
                LocalDate d = date(v);
                return new Catalog.Query(box, start(d), end(d));
            }
            Instant t = instant(v);
            return new Catalog.Query(box, t, t);
        }
        if (v.indexOf('/', slash + 1) >= 0) throw ApiException.badRequest("'datetime' has one slash at most");
        String a = v.substring(0, slash).trim(), b = v.substring(slash + 1).trim();
        Instant from = open(a) ? null : FULL_DATE.matcher(a).matches() ? start(date(a)) : instant(a);
        Instant to = open(b) ? null : FULL_DATE.matcher(b).matches() ? end(date(b)) : instant(b);
        if (from == null && to == null) throw ApiException.badRequest("'datetime' '../..' is not an interval; leave the parameter out");
        if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("'datetime' interval ends before it starts");
        return new Catalog.Query(box, from, to);
    }

    private static boolean open(String s) {
        return s.isEmpty() || s.equals("..");
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'datetime' must be RFC 3339 (2016-12-10T00:00:00Z), an interval start/end, or open with '..'");
        }
    }

    private static LocalDate date(String s) {
        return Params.date("datetime", s.length() > 10 ? s.substring(0, 10) : s);
    }

    private static Instant start(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(LocalDate d) {
        return d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    }

    private static long integer(String name, String v) {
        if (!v.matches("-?\\d{1,12}")) throw ApiException.badRequest("'" + name + "' must be a whole number");
        return Long.parseLong(v);
    }
}
