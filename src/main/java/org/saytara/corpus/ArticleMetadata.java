package org.saytara.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The metadata fields of a sidecar or jsonl object, each checked on its own: one bad field is
 * dropped with a warning and the others are kept, because an article without a title is still
 * evidence and an article without a trustworthy date is still evidence of places and actors.
 */
record ArticleMetadata(String id, String title, String outlet, String url, LocalDate published,
                       String language, String text, List<String> warnings) {

    /**
     * Ids travel into URLs and file names, so they are kept to letters, digits, dot, dash and
     * underscore, starting with a letter or digit.
     */
    static final Pattern SAFE_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,127}");

    /** Dates outside this range are typos (1016, 2061), not reporting on the Syrian war. */
    private static final int FIRST_YEAR = 1990;

    static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, null, null, null, null, List.of());
    }

    static ArticleMetadata from(JsonNode node) {
        List<String> warnings = new ArrayList<>();
        String id = string(node, "id", warnings);
        if (id != null && !SAFE_ID.matcher(id).matches()) {
            warnings.add("field \"id\" is not a safe id (letters, digits, . _ - only); using the file name");
            id = null;
        }
        String published = string(node, "published", warnings);
        return new ArticleMetadata(id,
                string(node, "title", warnings),
                string(node, "outlet", warnings),
                string(node, "url", warnings),
                published == null ? null : date(published, warnings),
                string(node, "language", warnings),
                string(node, "text", warnings),
                List.copyOf(warnings));
    }

    private static String string(JsonNode node, String field, List<String> warnings) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) {
            warnings.add("field \"" + field + "\" is " + value.getNodeType().toString().toLowerCase()
                    + ", not a string; ignored");
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s.strip();
    }

    /** ISO date, or an ISO date-time whose date part is taken. */
    private static LocalDate date(String text, List<String> warnings) {
        LocalDate date = parseIsoDate(text);
        if (date == null) {
            warnings.add("field \"published\" is not an ISO date (" + quote(text) + "); ignored");
            return null;
        }
        if (date.getYear() < FIRST_YEAR || date.isAfter(LocalDate.now().plusDays(1))) {
            warnings.add("field \"published\" is out of range (" + date + "); ignored");
            return null;
        }
        return date;
    }

    static LocalDate parseIsoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException notADateTime) {
                    return null;
                }
            }
        }
    }

    private static String quote(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "\"" + shown + "\"";
    }
}
