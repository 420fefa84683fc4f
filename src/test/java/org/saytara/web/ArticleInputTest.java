package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saytara.json.Json;

class ArticleInputTest {
    private final Limits limits = Limits.defaults();

    private static byte[] json(Map<String, ?> fields) throws Exception {
        return Json.mapper().writeValueAsBytes(fields);
    }

    private static Map<String, Object> article() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "تنظيم الدولة يسيطر على تدمر");
        m.put("outlet", "عنب بلدي");
        m.put("url", "https://www.enabbaladi.net/archives/118384");
        m.put("published", "2016-12-11");
        m.put("text", "سيطر تنظيم الدولة على مدينة تدمر.");
        return m;
    }

    private int refusal(Map<String, Object> fields) throws Exception {
        return assertThrows(ApiException.class, () -> ArticleInput.parse(json(fields), limits)).status();
    }

    @Test
    void acceptsAFullArticle() throws Exception {
        ArticleInput in = ArticleInput.parse(json(article()), limits);
        assertEquals(LocalDate.of(2016, 12, 11), in.published());
        assertEquals("عنب بلدي", in.outlet());
    }

    @Test
    void onlyTextIsRequired() throws Exception {
        ArticleInput in = ArticleInput.parse("{\"text\":\"نص\"}".getBytes(StandardCharsets.UTF_8), limits);
        assertNull(in.title());
        assertNull(in.published());
        Map<String, Object> noText = article();
        noText.remove("text");
        assertEquals(400, refusal(noText));
        noText.put("text", "   ");
        assertEquals(400, refusal(noText));
    }

    @Test
    void keepsMarkupAsPlainData() throws Exception {
        Map<String, Object> m = article();
        m.put("title", "<img src=x onerror=alert(1)>");
        m.put("text", "<script>alert('x')</script> تدمر");
        ArticleInput in = ArticleInput.parse(json(m), limits);
        assertEquals("<img src=x onerror=alert(1)>", in.title());
        assertTrue(in.text().startsWith("<script>"));
    }

    @Test
    void refusesTextOverTheLimitWith413() throws Exception {
        Map<String, Object> m = article();
        m.put("text", "ت".repeat(limits.maxArticleBytes() / 2 + 1)); // two UTF-8 bytes each
        assertEquals(413, refusal(m));
    }

    @Test
    void refusesBadFields() throws Exception {
        for (Object url : new Object[] {"javascript:alert(1)", "ftp://example.org/a", "/relative", "http://", 42}) {
            Map<String, Object> m = article();
            m.put("url", url);
            assertEquals(400, refusal(m), "url " + url);
        }
        for (Object date : new Object[] {"2016-13-45", "12/11/2016", "../../etc/passwd", 20161211}) {
            Map<String, Object> m = article();
            m.put("published", date);
            assertEquals(400, refusal(m), "published " + date);
        }
        Map<String, Object> m = article();
        m.put("title", "x".repeat(limits.maxTitleChars() + 1));
        assertEquals(400, refusal(m));
        m = article();
        m.put("outlet", "line one\nline two");
        assertEquals(400, refusal(m));
        m = article();
        m.put("author", "someone");
        assertEquals(400, refusal(m));
    }

    @Test
    void refusesBodiesThatAreNotOneJsonObject() {
        for (String body : new String[] {"", "[]", "\"text\"", "{\"text\":", "null", "{\"text\":\"a\"} trailing"}) {
            ApiException e = assertThrows(ApiException.class,
                    () -> ArticleInput.parse(body.getBytes(StandardCharsets.UTF_8), limits), body);
            assertEquals(400, e.status(), body);
        }
    }

    @Test
    void refusesBrokenUnicode() {
        byte[] body = "{\"text\":\"\\ud800 تدمر\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, assertThrows(ApiException.class, () -> ArticleInput.parse(body, limits)).status());
    }
}
