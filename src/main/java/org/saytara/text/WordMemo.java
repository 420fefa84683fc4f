package org.saytara.text;

import java.util.function.Function;

/**
 * What a lexicon or the gazetteer says about a word, worked out once per distinct word instead of
 * at every token. News text repeats a small vocabulary (the 273,000 words of the development corpus
 * are 28,000 distinct ones), so asking "which names, cues, triggers can start here" of each token
 * repeats the same hash lookups and clitic splits many times over; a memo answers the repeats with
 * one array read.
 *
 * <p>The function must depend on the word's letters alone. Each thread has its own direct-mapped
 * table (one slot per hash, a new word replaces the old one), so memory stays bounded and no
 * locking is needed. A slot is found by the word's cached hash code and matched by identity: the
 * tokens of {@link ArabicText} share one String per word (see {@link WordTable}), so a repeated
 * word finds its own String; any other String with the same letters is simply worked out again.
 *
 * @param <V> what is remembered per word (may be null)
 */
public final class WordMemo<V> {
    /** 16,384 slots: room for the working vocabulary of a stretch of news at 128 KB per table. */
    private static final int BITS = 14;
    private static final int MASK = (1 << BITS) - 1;

    private final Function<String, V> compute;
    private final ThreadLocal<Table<V>> tables;

    public WordMemo(Function<String, V> compute) {
        this.compute = compute;
        this.tables = ThreadLocal.withInitial(() -> new Table<>(compute));
    }

    /** This thread's table: take it once per text, then ask it for each word. */
    public Table<V> table() {
        return tables.get();
    }

    /** What the function gives for a word, through this thread's table. */
    public V get(String word) {
        return tables.get().get(word);
    }

    /** One thread's remembered words. Not thread-safe: keep it on the thread that took it. */
    public static final class Table<V> {
        private final Function<String, V> compute;
        private final String[] words = new String[MASK + 1];
        private final Object[] values = new Object[MASK + 1];

        private Table(Function<String, V> compute) {
            this.compute = compute;
        }

        @SuppressWarnings("unchecked")
        public V get(String word) {
            int h = word.hashCode();
            int k = (h ^ (h >>> BITS)) & MASK;
            if (words[k] == word) return (V) values[k];
            V v = compute.apply(word);
            words[k] = word;
            values[k] = v;
            return v;
        }
    }
}
