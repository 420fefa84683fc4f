package org.saytara.layers;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Least-recently-used values, bounded by their total weight (bytes, say) so that a corpus with
 * thousands of places (megabyte collections) cannot fill the heap. Thread-safe; values are
 * computed outside the lock, so two threads asking for the same missing key may both build it
 * (the results are equal).
 */
final class BoundedCache<V> {
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    BoundedCache(long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    V get(String key, Supplier<V> build) {
        synchronized (this) {
            V hit = entries.get(key);
            if (hit != null) return hit;
        }
        V value = build.get();
        long w = weigher.applyAsLong(value);
        synchronized (this) {
            V raced = entries.get(key);
            if (raced != null) return raced;
            if (w > maxWeight) return value;
            entries.put(key, value);
            weight += w;
            for (Iterator<Map.Entry<String, V>> it = entries.entrySet().iterator(); weight > maxWeight && it.hasNext(); ) {
                weight -= weigher.applyAsLong(it.next().getValue());
                it.remove();
            }
            return value;
        }
    }
}
