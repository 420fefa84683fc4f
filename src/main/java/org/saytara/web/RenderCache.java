package org.saytara.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.saytara.geo.Utf8Pieces;

/**
 * Response bodies already rendered from one snapshot. A snapshot never changes, so a body once
 * built stays right for as long as the snapshot is current, and a new snapshot starts empty.
 * Bounded in bytes, because any date may be asked for: past the bound, bodies are built and sent
 * but not kept. A body is held as UTF-8 pieces ({@link Utf8Pieces}): a layer's body is made of
 * features shared with other bodies, and is counted here at its whole length all the same.
 */
final class RenderCache {
    private final long maxBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, Utf8Pieces> bodies = new ConcurrentHashMap<>();

    RenderCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Takes over the bodies of an older cache that {@code keep} says are still right. */
    void keepFrom(RenderCache older, java.util.function.Predicate<String> keep) {
        older.bodies.forEach((key, body) -> {
            if (!keep.test(key)) return;
            if (bytes.addAndGet(body.length()) <= maxBytes && bodies.putIfAbsent(key, body) == null) return;
            bytes.addAndGet(-body.length());
        });
    }

    /** A body rendered as one array. */
    byte[] get(String key, Supplier<byte[]> render) {
        return pieces(key, () -> Utf8Pieces.of(render.get())).toByteArray();
    }

    /** A body rendered as pieces. */
    Utf8Pieces pieces(String key, Supplier<Utf8Pieces> render) {
        Utf8Pieces body = bodies.get(key);
        if (body != null) return body;
        // Two threads may render the same body at once; both results are equal, and rendering
        // outside a lock keeps one slow layer from blocking every other request.
        body = render.get();
        if (bytes.addAndGet(body.length()) <= maxBytes) {
            Utf8Pieces previous = bodies.putIfAbsent(key, body);
            if (previous != null) {
                bytes.addAndGet(-body.length());
                return previous;
            }
        } else {
            bytes.addAndGet(-body.length());
        }
        return body;
    }
}
