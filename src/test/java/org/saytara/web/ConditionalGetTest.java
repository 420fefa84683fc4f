package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    @Test
    void etagIsStrongQuotedAndDependsOnVersionPathAndQuery() {
        String tag = ConditionalGet.etag("v1", "/api/layers/2016-12-12", null);
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{27}\""), tag);
        assertEquals(tag, ConditionalGet.etag("v1", "/api/layers/2016-12-12", null));
        assertNotEquals(tag, ConditionalGet.etag("v2", "/api/layers/2016-12-12", null));
        assertNotEquals(tag, ConditionalGet.etag("v1", "/api/layers/2016-12-13", null));
        assertNotEquals(tag, ConditionalGet.etag("v1", "/api/layers/2016-12-12", "layer=areas"));
        // The separator keeps path and query apart: "/a" + "b" is not "/ab" + "".
        assertNotEquals(ConditionalGet.etag("v", "/a", "b"), ConditionalGet.etag("v", "/ab", ""));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        String tag = "\"abc\"";
        assertTrue(ConditionalGet.matches("\"abc\"", tag));
        assertTrue(ConditionalGet.matches("W/\"abc\"", tag));
        assertTrue(ConditionalGet.matches("\"x\", \"abc\"", tag));
        assertTrue(ConditionalGet.matches("*", tag));
        assertFalse(ConditionalGet.matches("\"abd\"", tag));
        assertFalse(ConditionalGet.matches("abc", tag));
        assertFalse(ConditionalGet.matches(null, tag));
    }
}
