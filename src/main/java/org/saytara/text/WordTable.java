package org.saytara.text;

/**
 * Hands out one shared String per distinct word. News text repeats a small vocabulary, so most
 * tokens are found here without allocating, and the String they get has its hash code cached,
 * which makes every later lexicon lookup of that word cheaper. One table per thread (tables are
 * not thread-safe); it is cleared when it grows past its cap so memory stays bounded.
 */
final class WordTable {
    private static final int CAP = 1 << 18;
    private static final ThreadLocal<WordTable> LOCAL = ThreadLocal.withInitial(WordTable::new);

    private String[] slots = new String[1 << 12];
    private int size;

    static WordTable local() {
        return LOCAL.get();
    }

    String word(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        int mask = slots.length - 1;
        int k = mix(h) & mask;
        while (true) {
            String s = slots[k];
            if (s == null) break;
            if (s.hashCode() == h && s.length() == end - start && text.regionMatches(start, s, 0, end - start)) return s;
            k = (k + 1) & mask;
        }
        return add(text.substring(start, end), h, k);
    }

    /**
     * The same for {@code chars[start, end)}, whose String hash code {@code h} the tokenizer has
     * already summed while it read the word.
     */
    String word(char[] chars, int start, int end, int h) {
        int mask = slots.length - 1;
        int k = mix(h) & mask;
        int len = end - start;
        while (true) {
            String s = slots[k];
            if (s == null) break;
            if (s.hashCode() == h && s.length() == len && same(s, chars, start, len)) return s;
            k = (k + 1) & mask;
        }
        return add(new String(chars, start, len), h, k);
    }

    private static boolean same(String s, char[] chars, int start, int len) {
        for (int j = 0; j < len; j++) if (s.charAt(j) != chars[start + j]) return false;
        return true;
    }

    /** Files a new word at free slot k of its hash h. */
    private String add(String s, int h, int k) {
        int mask = slots.length - 1;
        if (size >= CAP) {
            slots = new String[1 << 12];
            size = 0;
            mask = slots.length - 1;
            k = mix(h) & mask;
        } else if ((size + 1) * 2 > slots.length) {
            grow();
            mask = slots.length - 1;
            k = mix(h) & mask;
            while (slots[k] != null) k = (k + 1) & mask;
        }
        slots[k] = s;
        size++;
        return s;
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String s : old) {
            if (s == null) continue;
            int k = mix(s.hashCode()) & mask;
            while (slots[k] != null) k = (k + 1) & mask;
            slots[k] = s;
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
