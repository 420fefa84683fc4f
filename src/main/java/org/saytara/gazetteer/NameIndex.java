package org.saytara.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saytara.text.AnalyzedText;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * The place names of the gazetteer, for the finder: the same matches as a {@link PhraseIndex} of
 * names with {@link Clitics.Form#NAME} (و and ف, then ب, ل or ك glued to the first word; لل for
 * ل before the article), but each name is filed once, as written, and a word of text is taken
 * apart instead: "وبالرقة" is looked up as الرقة after وب. Twenty thousand names with twelve
 * attached forms each would cost a second and fifty megabytes at every start; the few ways a
 * word can be taken apart cost a few hash lookups, most of them answered by a bit array.
 */
final class NameIndex {
    private static final String[] CONJ = {"", Clitics.WA, Clitics.FA};
    private static final String[] PREP = {"", Clitics.BI, Clitics.LI, Clitics.KA};
    /** The alef of the article: ل + الرقة is written للرقة, so للرقة gives back الرقة. */
    private static final String ALEF = Clitics.AL.substring(0, 1);
    private static final int BITS_LOG = 20;

    /** A name filed under its first word: the words after it, and what it names. */
    private record Entry(String[] rest, PlaceFinder.Named payload) {}

    /** The names of one first word: those of one word, and the longer ones by their second word. */
    private static final class Bucket {
        List<Entry> single = List.of();
        Map<String, List<Entry>> bySecond = Map.of();

        void add(Entry e) {
            if (e.rest.length == 0) {
                if (single.isEmpty()) single = new ArrayList<>(1);
                single.add(e);
            } else {
                if (bySecond.isEmpty()) bySecond = new HashMap<>(4);
                bySecond.computeIfAbsent(e.rest[0], k -> new ArrayList<>(1)).add(e);
            }
        }
    }

    private final Map<String, Bucket> byFirst;
    private final long[] bits;

    private NameIndex(Map<String, Bucket> byFirst) {
        this.byFirst = byFirst;
        this.bits = new long[1 << (BITS_LOG - 6)];
        for (String w : byFirst.keySet()) {
            int b = bit(w.hashCode());
            bits[b >>> 6] |= 1L << (b & 63);
        }
    }

    static final class Builder {
        private final Map<String, Bucket> map = new HashMap<>();

        /** Files a normalised name (words as the tokenizer cuts them). */
        void add(String normalised, PlaceFinder.Named payload) {
            String[] words = PhraseIndex.splitWords(normalised);
            if (words.length == 0) return;
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            map.computeIfAbsent(words[0], k -> new Bucket()).add(new Entry(rest, payload));
        }

        NameIndex build() {
            return new NameIndex(map);
        }
    }

    static Builder builder() {
        return new Builder();
    }

    private static int bit(int h) {
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & ((1 << BITS_LOG) - 1);
    }

    private boolean mayBe(int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & (1L << (b & 63))) != 0;
    }

    /**
     * The ways one word of text can begin a filed name: each name part the NAME form allows that
     * has names filed under it, with the letters attached before it, in the order the splits are
     * tried (which decides between two matches of equal length and equal attached letters).
     * Depends on the word alone, so a reader works it out once per distinct word.
     */
    static final class Heads {
        private final Bucket[] buckets;
        private final String[] prefixes;

        private Heads(Bucket[] buckets, String[] prefixes) {
            this.buckets = buckets;
            this.prefixes = prefixes;
        }
    }

    /** What names this word can begin, or null when it begins none. */
    Heads headsOf(String word) {
        List<Bucket> buckets = new ArrayList<>(2);
        List<String> prefixes = new ArrayList<>(2);
        forEachSplit(word, (w, prefix, k, alef) -> {
            Bucket bucket = byFirst.get(alef ? ALEF + w.substring(k) : w.substring(k));
            if (bucket != null) {
                buckets.add(bucket);
                prefixes.add(prefix);
            }
            return false;
        });
        return buckets.isEmpty() ? null : new Heads(buckets.toArray(new Bucket[0]), prefixes.toArray(new String[0]));
    }

    /** The longest name starting at token {@code i}; at equal length the one with fewer attached letters. */
    PhraseIndex.Match<PlaceFinder.Named> longestAt(AnalyzedText text, int i) {
        return longestAt(text, i, headsOf(text.token(i).text()));
    }

    /** The same, given what the token's word can begin ({@link #headsOf}). */
    PhraseIndex.Match<PlaceFinder.Named> longestAt(AnalyzedText text, int i, Heads heads) {
        if (heads == null) return null;
        String word = text.token(i).text();
        Token next = i + 1 < text.size() ? text.token(i + 1) : null;
        String second = next != null && next.sepBefore().insidePhrase() ? next.text() : null;
        PhraseIndex.Match<PlaceFinder.Named> best = null;
        for (int h = 0; h < heads.buckets.length; h++) {
            Bucket bucket = heads.buckets[h];
            String prefix = heads.prefixes[h];
            if (second != null && !bucket.bySecond.isEmpty()) {
                List<Entry> longer = bucket.bySecond.get(second);
                if (longer != null) {
                    for (Entry e : longer) {
                        int end = matchRest(text, i + 1, e.rest);
                        if (end >= 0) best = better(best, i, end, e.payload, word, prefix);
                    }
                }
            }
            for (Entry e : bucket.single) best = better(best, i, i + 1, e.payload, word, prefix);
        }
        return best;
    }

    /**
     * Names whose first word is {@code head} (given, not in the text) and whose other words start
     * at token {@code i}, which may carry a و: "تلتي المدفعية والأبراج" finds "تلة الأبراج".
     */
    PhraseIndex.Match<PlaceFinder.Named> longestWithHead(String head, AnalyzedText text, int i) {
        Bucket bucket = byFirst.get(head);
        if (bucket == null || bucket.bySecond.isEmpty()) return null;
        String w = text.token(i).text();
        List<Entry> entries = bucket.bySecond.get(w);
        boolean conj = false;
        if (entries == null && w.length() > 1 && w.startsWith(Clitics.WA)) {
            entries = bucket.bySecond.get(w.substring(1));
            conj = true;
        }
        if (entries == null) return null;
        PhraseIndex.Match<PlaceFinder.Named> best = null;
        for (Entry e : entries) {
            int end = matchRest(text, i + 1, e.rest, 1);
            if (end >= 0 && (best == null || end > best.end())) {
                best = new PhraseIndex.Match<>(i, end, e.payload, new Clitics.Surface(w, conj ? Clitics.WA : "", false, null));
            }
        }
        return best;
    }

    private static PhraseIndex.Match<PlaceFinder.Named> better(PhraseIndex.Match<PlaceFinder.Named> best, int i, int end,
                                                             PlaceFinder.Named payload, String word, String prefix) {
        if (best == null || end > best.end()
                || (end == best.end() && prefix.length() < best.surface().prefix().length())) {
            return new PhraseIndex.Match<>(i, end, payload, new Clitics.Surface(word, prefix, false, null));
        }
        return best;
    }

    /** Tokens from {@code from} must be {@code rest[skip..]}, each inside the phrase. */
    private static int matchRest(AnalyzedText text, int from, String[] rest) {
        return matchRest(text, from, rest, 0);
    }

    private static int matchRest(AnalyzedText text, int from, String[] rest, int skip) {
        int j = from;
        for (int k = skip; k < rest.length; k++, j++) {
            if (j >= text.size()) return -1;
            Token t = text.token(j);
            if (!t.sepBefore().insidePhrase() || !t.text().equals(rest[k])) return -1;
        }
        return j;
    }

    /**
     * Called with each way of taking a word apart whose name part may be filed: the attached
     * letters, and the name part as {@code word.substring(k)}, after an alef when {@code alef}
     * (للرقة gives ا + لرقة). Stops at the first {@code true}. The name part is left for the
     * visitor to build: most splits are turned away by the bit array before any string is made.
     */
    private interface SplitVisitor {
        boolean visit(String word, String prefix, int k, boolean alef);
    }

    /** {@code CONJ[c] + PREP[p]}, made once: a split names its attached letters without a concatenation. */
    private static final String[][] PREFIX = new String[CONJ.length][PREP.length];

    static {
        for (int c = 0; c < CONJ.length; c++) {
            for (int p = 0; p < PREP.length; p++) PREFIX[c][p] = CONJ[c] + PREP[p];
        }
    }

    /**
     * Each (attached letters, name part) the NAME form allows for this word: و or ف, then ب, ل or ك,
     * then the name; before a name with the article ل is written لل (للرقة is ل + الرقة) and never لال.
     * The bit array is asked first, with the hash of the part computed from the word's own letters.
     */
    private boolean forEachSplit(String word, SplitVisitor visitor) {
        int n = word.length();
        for (int ci = 0; ci < CONJ.length; ci++) {
            String c = CONJ[ci];
            if (!word.startsWith(c)) continue;
            int k1 = c.length();
            for (int pi = 0; pi < PREP.length; pi++) {
                String prep = PREP[pi];
                if (!word.startsWith(prep, k1)) continue;
                int k = k1 + prep.length();
                if (k >= n) continue;
                String prefix = PREFIX[ci][pi];
                if (prep.equals(Clitics.LI) && word.startsWith(Clitics.LI, k)) {
                    // للرقة: ل + الرقة; hash of "ا" + word.substring(k)
                    int hash = ALEF.charAt(0) * pow31(n - k) + suffixHash(word, k);
                    if (mayBe(hash) && visitor.visit(word, prefix, k, true)) return true;
                }
                if (prep.equals(Clitics.LI) && word.startsWith(Clitics.AL, k)) continue; // لال… is never written
                if (!mayBe(suffixHash(word, k))) continue;
                if (visitor.visit(word, prefix, k, false)) return true;
            }
        }
        return false;
    }

    /** {@code word.substring(k).hashCode()} without the substring; the word's own hash is cached by String. */
    private static int suffixHash(String word, int k) {
        if (k == 0) return word.hashCode();
        int h = 0;
        for (int j = k; j < word.length(); j++) h = 31 * h + word.charAt(j);
        return h;
    }

    private static int pow31(int e) {
        int r = 1;
        for (int i = 0; i < e; i++) r *= 31;
        return r;
    }
}
