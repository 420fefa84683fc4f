package org.saytara.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading and checking request parameters. Every refusal names the parameter and what it should
 * look like, never echoes the value: a value may be long or hostile, and the client has it anyway.
 */
final class Params {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Ids are article file stems and gazetteer ids ({@code tadmur}, {@code gn:163808}). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:.-]{0,127}");

    private Params() {}

    /** A calendar date as {@code YYYY-MM-DD}; 2016-13-45 and 2016-02-30 are refused. */
    static LocalDate date(String name, String value) {
        if (value == null || !DATE.matcher(value).matches()) {
            throw ApiException.badRequest("'" + name + "' must be a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' is not a real calendar date");
        }
    }

    /** An id as used in paths; anything with slashes, dots-only or odd characters is refused. */
    static String id(String name, String value) {
        if (value == null || !ID.matcher(value).matches() || value.contains("..")) {
            throw ApiException.badRequest("'" + name + "' is not a valid id");
        }
        return value;
    }

    /** The single value of an optional query parameter, or null; given twice is an error. */
    static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) return null;
        if (values.size() > 1) throw ApiException.badRequest("give '" + name + "' at most once");
        String v = values.get(0).trim();
        return v.isEmpty() ? null : v;
    }

    /** {@code true}/{@code false}, or null when absent. */
    static Boolean bool(Context ctx, String name) {
        String v = single(ctx, name);
        if (v == null) return null;
        return switch (v) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest("'" + name + "' must be true or false");
        };
    }

    /** Refuses parameters the route does not know, so a typo ({@code ?sides=}) is not silently ignored. */
    static void onlyKnown(Context ctx, Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + abbreviate(name) + "'; known: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
