package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WriteGuardTest {
    private static final String HOST = "127.0.0.1:7070";

    private static WriteGuard guard(String token, boolean loopback) {
        return new WriteGuard(token, loopback, new RateLimiter(1000));
    }

    @Test
    void loopbackWithoutTokenWritesWhenAddressedAsLocalhost() {
        WriteGuard g = guard(null, true);
        for (String host : new String[] {HOST, "localhost:7070", "LOCALHOST", "[::1]:7070", "127.0.0.2"}) {
            assertNull(g.refusal("127.0.0.1", null, host), host);
        }
    }

    @Test
    void loopbackWithoutTokenRefusesForeignHostNames() {
        // A DNS-rebinding page reaches 127.0.0.1 but still sends its own name.
        WriteGuard g = guard(null, true);
        for (String host : new String[] {"evil.example:7070", "localhost.evil.example", "127.0.0.1.evil.example", "", null}) {
            assertEquals(403, g.refusal("127.0.0.1", null, host).status(), String.valueOf(host));
        }
    }

    @Test
    void notLoopbackAndNoTokenRefusesEveryWrite() {
        WriteGuard g = guard(null, false);
        assertEquals(403, g.refusal("192.0.2.7", null, "192.0.2.1:7070").status());
        assertEquals(403, g.refusal("192.0.2.7", "Bearer anything", "localhost").status());
    }

    @Test
    void tokenIsRequiredWhenConfiguredEvenOnLoopback() {
        for (boolean loopback : new boolean[] {true, false}) {
            WriteGuard g = guard("s3cret-token", loopback);
            ApiException missing = g.refusal("10.0.0.9", null, "saytara.example");
            assertEquals(401, missing.status());
            assertEquals("Bearer", missing.headers().get("WWW-Authenticate"));
            assertEquals(401, g.refusal("10.0.0.9", "Bearer s3cret-toke", "saytara.example").status());
            assertEquals(401, g.refusal("10.0.0.9", "Basic czNjcmV0LXRva2Vu", "saytara.example").status());
            assertNull(g.refusal("10.0.0.9", "Bearer s3cret-token", "saytara.example"));
            assertNull(g.refusal("10.0.0.9", "bearer s3cret-token", "saytara.example"));
        }
    }

    @Test
    void rateLimitCountsRefusedAttemptsToo() {
        WriteGuard g = new WriteGuard("t", true, new RateLimiter(2));
        assertEquals(401, g.refusal("10.0.0.9", "Bearer guess1", HOST).status());
        assertEquals(401, g.refusal("10.0.0.9", "Bearer guess2", HOST).status());
        ApiException limited = g.refusal("10.0.0.9", "Bearer t", HOST);
        assertEquals(429, limited.status());
        assertEquals("30", limited.headers().get("Retry-After"));
    }
}
