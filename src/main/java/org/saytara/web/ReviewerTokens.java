package org.saytara.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The file of named tokens ({@code serve --tokens FILE}): one reviewer per line,
 * {@code NAME<TAB>TOKEN}; blank lines and lines starting with {@code #} are skipped. A write sent
 * with a token is recorded in the audit trail under the token's name.
 *
 * <p>Names are 1–64 letters, digits, spaces and {@code . _ @ -}, starting with a letter or digit;
 * {@code local} and {@code token} are taken (loopback without a token, and the single
 * {@code SAYTARA_TOKEN}). Tokens are at least 16 printable ASCII characters without spaces. Names
 * and tokens must each be unique. Any mistake stops the server with {@code file:line: what}.
 */
final class ReviewerTokens {
    static final int MIN_TOKEN_CHARS = 16;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@-]{0,63}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{" + MIN_TOKEN_CHARS + ",512}");
    private static final List<String> RESERVED = List.of(WriteGuard.LOCAL, WriteGuard.SHARED_TOKEN);

    private ReviewerTokens() {}

    /**
     * @return name → token, in file order
     * @throws IllegalArgumentException naming the file and line of the first mistake
     */
    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the token file (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, Integer> lineOfToken = new HashMap<>();
        Map<String, Integer> lineOfName = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String where = file + ":" + n + ": ";
            String[] parts = line.split("\t", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(where + "expected NAME<TAB>TOKEN (one tab), found "
                        + (parts.length - 1) + " tabs");
            }
            String name = parts[0].strip();
            String token = parts[1].strip();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(where + "the name must be 1-64 letters, digits, spaces or . _ @ -,"
                        + " starting with a letter or digit");
            }
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException(where + "the name '" + name + "' is reserved; choose another");
            }
            if (!TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException(where + "the token must be " + MIN_TOKEN_CHARS
                        + "-512 printable ASCII characters without spaces");
            }
            Integer sameName = lineOfName.putIfAbsent(name, n);
            if (sameName != null) throw new IllegalArgumentException(where + "the name '" + name + "' is also on line " + sameName);
            Integer sameToken = lineOfToken.putIfAbsent(token, n);
            if (sameToken != null) throw new IllegalArgumentException(where + "this token is also on line " + sameToken);
            byName.put(name, token);
        }
        if (byName.isEmpty()) throw new IllegalArgumentException(file + ": no tokens in the file");
        return Collections.unmodifiableMap(byName);
    }
}
