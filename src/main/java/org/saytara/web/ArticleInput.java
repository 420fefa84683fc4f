package org.saytara.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.saytara.json.Json;

/**
 * A posted article after every check has passed: the body of {@code POST /api/articles}. Fields may
 * hold any text, HTML and script included; they are stored and sent back as data and never
 * rendered by the server.
 */
record ArticleInput(String title, String outlet, String url, LocalDate published, String text) {
    private static final Set<String> FIELDS = Set.of("title", "outlet", "url", "published", "text");
    /** Strict: a second "text" key or junk after the object could hide what the client meant. */
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    /** Parses and checks a request body; a refusal names the field at fault. */
    static ArticleInput parse(byte[] body, Limits limits) {
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body is not valid JSON");
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("body could not be read");
        }
        if (root == null || !root.isObject()) throw ApiException.badRequest("body must be a JSON object");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field; expected only title, outlet, url, published, text");
            }
        }

        String text = string(root, "text");
        if (text == null || text.isBlank()) throw ApiException.badRequest("'text' is required");
        checkUnicode("text", text);
        if (text.getBytes(StandardCharsets.UTF_8).length > limits.maxArticleBytes()) {
            throw new ApiException(413, "'text' is larger than " + limits.maxArticleBytes() + " bytes");
        }
        String title = line(root, "title", limits.maxTitleChars());
        String outlet = line(root, "outlet", limits.maxOutletChars());
        String url = line(root, "url", limits.maxUrlChars());
        if (url != null) checkUrl(url);
        String published = string(root, "published");
        LocalDate date = published == null || published.isBlank() ? null : Params.date("published", published.trim());
        return new ArticleInput(title, outlet, url, date, text);
    }

    private static String string(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw ApiException.badRequest("'" + field + "' must be a string");
        return node.textValue();
    }

    /** A one-line field: trimmed, bounded, no control characters (they would break CSV rows and logs). */
    private static String line(JsonNode root, String field, int maxChars) {
        String value = string(root, field);
        if (value == null) return null;
        value = value.strip();
        if (value.isEmpty()) return null;
        if (value.length() > maxChars) {
            throw ApiException.badRequest("'" + field + "' is longer than " + maxChars + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("'" + field + "' must be a single line without control characters");
        }
        checkUnicode(field, value);
        return value;
    }

    /** JSON escapes can smuggle in half a surrogate pair, which no UTF-8 file can hold. */
    private static void checkUnicode(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest("'" + field + "' holds an unpaired surrogate; send valid Unicode");
            } else if (c == 0) {
                throw ApiException.badRequest("'" + field + "' holds a NUL character");
            }
        }
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.badRequest("'url' must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("'url' must be an absolute http(s) URL");
        }
    }
}
