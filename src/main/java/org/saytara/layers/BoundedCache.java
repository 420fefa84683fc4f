package org.saytara.layers;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Least-recently-used strings, bounded by their total length so that a corpus with thousands of
 * places (megabyte collections) cannot fill the heap. Thread-safe; values are computed outside the
 * lock, so two threads asking for the same missing key may both build it (the results are equal).
 */
final class BoundedCache {
    private final long maxChars;
    private final LinkedHashMap<String, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    BoundedCache(long maxChars) {
        this.maxChars = maxChars;
    }

    String get(String key, Supplier<String> build) {
        synchronized (this) {
            String hit = entries.get(key);
            if (hit != null) return hit;
        }
        String value = build.get();
        synchronized (this) {
            String raced = entries.get(key);
            if (raced != null) return raced;
            if (value.length() > maxChars) return value;
            entries.put(key, value);
            chars += value.length();
            for (Iterator<Map.Entry<String, String>> it = entries.entrySet().iterator(); chars > maxChars && it.hasNext(); ) {
                chars -= it.next().getValue().length();
                it.remove();
            }
            return value;
        }
    }
}
