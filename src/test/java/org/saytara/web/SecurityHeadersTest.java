package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void tileHostBecomesTheOnlyForeignImageSource() {
        assertEquals("https://tile.openstreetmap.org", SecurityHeaders.tileSource(ServerConfig.OSM_TILES));
        assertEquals("https://*.tile.example.org", SecurityHeaders.tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assertEquals("http://10.1.2.3:8080", SecurityHeaders.tileSource("http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png"));
        String csp = new SecurityHeaders(ServerConfig.OSM_TILES).contentSecurityPolicy();
        assertTrue(csp.startsWith("default-src 'self'; img-src 'self' https://tile.openstreetmap.org;"), csp);
    }

    @Test
    void withoutATileServerOnlyThisServerIsAllowed() {
        assertEquals("", SecurityHeaders.tileSource(null));
        assertEquals("", SecurityHeaders.tileSource("/tiles/{z}/{x}/{y}.png"));
        assertTrue(new SecurityHeaders(null).contentSecurityPolicy().contains("img-src 'self';"));
    }

    @Test
    void refusesTileUrlsThatAreNotHttp() {
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.tileSource("javascript:alert(1)//{z}"));
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.tileSource("ftp://example.org/{z}/{x}/{y}.png"));
    }
}
