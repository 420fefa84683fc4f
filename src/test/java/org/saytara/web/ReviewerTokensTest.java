package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token file: what it accepts, and a file:line message for every mistake. */
class ReviewerTokensTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("tokens.tsv"), content);
    }

    @Test
    void namesAndTokensAreReadSkippingCommentsAndBlankLines() throws Exception {
        Map<String, String> t = ReviewerTokens.read(file("\uFEFF# desk\n\nلينا حداد\tlina-0123456789abcdef\r\nomar.k@desk\t  omar-0123456789abcdef  \n"));
        assertEquals(List.of("لينا حداد", "omar.k@desk"), List.copyOf(t.keySet()));
        assertEquals("omar-0123456789abcdef", t.get("omar.k@desk"));
    }

    @Test
    void everyMistakeNamesItsLine() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("lina lina-0123456789abcdef\n", ":1: expected NAME<TAB>TOKEN (one tab), found 0 tabs");
        cases.put("lina\ta\tb\n", ":1: expected NAME<TAB>TOKEN (one tab), found 2 tabs");
        cases.put("# c\nlina\tshort\n", ":2: the token must be 16-512 printable ASCII characters");
        cases.put("lina\tlina 0123456789abcdef\n", ":1: the token must be");
        cases.put("\tlina-0123456789abcdef\n", ":1: the name must be 1-64 letters");
        cases.put("local\tlina-0123456789abcdef\n", ":1: the name 'local' is reserved");
        cases.put("lina\tlina-0123456789abcdef\nlina\tomar-0123456789abcdef\n", ":2: the name 'lina' is also on line 1");
        cases.put("lina\tlina-0123456789abcdef\nomar\tlina-0123456789abcdef\n", ":2: this token is also on line 1");
        cases.put("# nobody yet\n", ": no tokens in the file");
        for (var c : cases.entrySet()) {
            Path f = file(c.getKey());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewerTokens.read(f), c.getKey());
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + " → " + e.getMessage());
            assertTrue(!e.getMessage().contains("0123456789abcdef"), "a token never appears in a message");
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ReviewerTokens.read(dir.resolve("none.tsv")));
        assertTrue(missing.getMessage().contains("cannot read the token file"));
    }
}
