package org.saytara.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} tokens, refilled continuously. The table is
 * bounded so a flood of distinct addresses cannot grow it without end; when it is full, buckets
 * that have refilled completely (idle clients) are dropped, which loses nothing.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / 60e9;
        this.nanoClock = nanoClock;
    }

    RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** Takes one token for this client; false when it has none left. */
    boolean tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_CLIENTS) evictIdle(now);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens < 1) return false;
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Seconds until this client has a token again, for the {@code Retry-After} header. */
    long secondsUntilNextToken(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) return 0;
        synchronized (bucket) {
            bucket.refill(nanoClock.getAsLong(), capacity, tokensPerNano);
            double missing = 1 - bucket.tokens;
            return missing <= 0 ? 0 : (long) Math.ceil(missing / tokensPerNano / 1e9);
        }
    }

    private void evictIdle(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, capacity, tokensPerNano);
                return e.getValue().tokens >= capacity;
            }
        });
        // Every client is mid-burst: forget them all rather than grow; at worst each gets a fresh burst.
        if (buckets.size() >= MAX_CLIENTS) buckets.clear();
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now, double capacity, double tokensPerNano) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
                updated = now;
            }
        }
    }
}
