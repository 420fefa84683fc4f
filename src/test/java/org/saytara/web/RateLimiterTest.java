package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void allowsABurstOfTheMinuteRateThenRefuses() {
        RateLimiter limiter = new RateLimiter(30, now::get);
        for (int i = 0; i < 30; i++) assertTrue(limiter.tryAcquire("10.0.0.1"), "write " + i);
        assertFalse(limiter.tryAcquire("10.0.0.1"));
        assertEquals(2, limiter.secondsUntilNextToken("10.0.0.1"));
    }

    @Test
    void refillsAtTheMinuteRate() {
        RateLimiter limiter = new RateLimiter(30, now::get);
        for (int i = 0; i < 30; i++) limiter.tryAcquire("a");
        now.addAndGet(1_900_000_000L); // 1.9 s: not yet one token at 30/min
        assertFalse(limiter.tryAcquire("a"));
        now.addAndGet(100_000_000L);
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, now::get);
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("b"));
    }

    @Test
    void neverHoldsMoreThanOneMinuteOfTokens() {
        RateLimiter limiter = new RateLimiter(3, now::get);
        limiter.tryAcquire("a");
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
    }
}
