package org.saytara.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds multi-word phrases (place names, actor names, trigger words) in analysed text. The first
 * word of each phrase is expanded into all its attached forms (see {@link Clitics}); the other
 * words must follow as written, with nothing stronger than quotes or brackets between them
 * (تنظيم "الدولة" is still one phrase, a comma breaks it).
 */
public final class PhraseIndex<T> {
    private final Map<String, Starts<T>> byFirstWord;

    private PhraseIndex(Map<String, List<Entry<T>>> byFirstWord) {
        // grown like the builder's map, so firstWords() iterates in the same order as before
        Map<String, Starts<T>> m = new HashMap<>();
        for (Map.Entry<String, List<Entry<T>>> e : byFirstWord.entrySet()) m.put(e.getKey(), new Starts<>(List.copyOf(e.getValue())));
        this.byFirstWord = m;
    }

    /**
     * The phrases one word can start. A reader that meets the same word many times looks this up
     * once per word ({@link WordMemo}) and matches with {@link #longestAt(AnalyzedText, int, Starts)}.
     */
    public static final class Starts<T> {
        /** Every phrase of this first word, in the order they were added. */
        private final List<Entry<T>> entries;
        /**
         * Of the phrases of this one word alone, the one a match gives: it always matches, so it is
         * chosen here once (fewest attached letters, then the first added), or null.
         */
        private final Entry<T> single;
        /**
         * The longer ones by their second word, each list in that order: a first word such as قوات
         * starts dozens of names, and the next word of the text picks the few worth matching.
         */
        private final Map<String, List<Entry<T>>> bySecond;

        private Starts(List<Entry<T>> entries) {
            this.entries = entries;
            Entry<T> one = null;
            Map<String, List<Entry<T>>> two = new HashMap<>();
            for (Entry<T> e : entries) {
                if (e.rest.length > 0) two.computeIfAbsent(e.rest[0], k -> new ArrayList<>(1)).add(e);
                else if (one == null || e.surface.prefix().length() < one.surface.prefix().length()) one = e;
            }
            this.single = one;
            this.bySecond = two.isEmpty() ? Map.of() : two;
        }
    }

    /** The phrases that can start with this word (a token's text, clitics and all), or null. */
    public Starts<T> startsOf(String word) {
        return byFirstWord.get(word);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** All phrases starting at token {@code i}, longest first. */
    public List<Match<T>> matchesAt(AnalyzedText text, int i) {
        Starts<T> starts = byFirstWord.get(text.token(i).text());
        if (starts == null) return List.of();
        List<Match<T>> out = new ArrayList<>(2);
        for (Entry<T> e : starts.entries) {
            int end = matchRest(text, i + 1, e.rest, 0);
            if (end >= 0) out.add(new Match<>(i, end, e.payload, e.surface));
        }
        if (out.size() > 1) out.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        return out;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<T> longestAt(AnalyzedText text, int i) {
        return longestAt(text, i, byFirstWord.get(text.token(i).text()));
    }

    /** The longest phrase starting at token {@code i}, given what its word can start ({@link #startsOf}), or null. */
    public Match<T> longestAt(AnalyzedText text, int i, Starts<T> starts) {
        if (starts == null) return null;
        // A phrase of one word never ties with a longer one, so the two groups can be tried apart;
        // within each, the order of adding decides a tie, as it did when all were tried in turn.
        Match<T> best = starts.single == null ? null : new Match<>(i, i + 1, starts.single.payload, starts.single.surface);
        if (i + 1 < text.size() && !starts.bySecond.isEmpty()) {
            List<Entry<T>> longer = starts.bySecond.get(text.token(i + 1).text());
            if (longer != null) best = longer(text, i, longer, best);
        }
        return best;
    }

    /** The best of {@code best} and the entries that match at token {@code i}. */
    private static <T> Match<T> longer(AnalyzedText text, int i, List<Entry<T>> entries, Match<T> best) {
        for (Entry<T> e : entries) {
            int end = matchRest(text, i + 1, e.rest, 0);
            if (end < 0) continue;
            // longest first; at equal length an entry as written beats one reached through clitics
            // (the entry لهجمات beats ل + هجمات)
            if (best == null || end > best.end()
                    || (end == best.end() && e.surface.prefix().length() < best.surface().prefix().length())) {
                best = new Match<>(i, end, e.payload, e.surface);
            }
        }
        return best;
    }

    /**
     * Phrases whose first word is {@code head} (given, not in the text) and whose remaining words
     * start at token {@code i}: lets "تلتي المدفعية والأبراج" find "تلة الأبراج". A leading و on
     * token {@code i} is allowed.
     */
    public Match<T> longestWithHead(String head, AnalyzedText text, int i) {
        Starts<T> starts = byFirstWord.get(head);
        if (starts == null) return null;
        Match<T> best = null;
        for (Entry<T> e : starts.entries) {
            if (e.rest.length == 0 || e.surface.proclitic()) continue;
            int end = matchRest(text, i, e.rest, 1);
            if (end >= 0 && (best == null || end > best.end())) {
                String prefix = text.token(i).text().equals(e.rest[0]) ? "" : Clitics.WA;
                best = new Match<>(i, end, e.payload, new Clitics.Surface(text.token(i).text(), prefix, false, null));
            }
        }
        return best;
    }

    public boolean containsWord(String word) {
        return byFirstWord.containsKey(word);
    }

    /** Every surface form a phrase can start with: lets a reader skip words no index knows. */
    public java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirstWord.keySet());
    }

    private static <T> int matchRest(AnalyzedText text, int from, String[] rest, int allowConjOnFirst) {
        int j = from;
        for (int k = 0; k < rest.length; k++, j++) {
            if (j >= text.size()) return -1;
            Token t = text.token(j);
            if (k > 0 || allowConjOnFirst == 0) {
                if (!t.sepBefore().insidePhrase() || !t.text().equals(rest[k])) return -1;
            } else {
                String w = t.text();
                if (!(w.equals(rest[k]) || (w.length() > 1 && w.startsWith(Clitics.WA) && w.substring(1).equals(rest[k])))) {
                    return -1;
                }
            }
        }
        return j;
    }

    /** A phrase found in text: tokens {@code [start, end)}. */
    public record Match<T>(int start, int end, T payload, Clitics.Surface surface) {}

    private record Entry<T>(String[] rest, T payload, Clitics.Surface surface) {}

    public static final class Builder<T> {
        private final Map<String, List<Entry<T>>> map = new HashMap<>();

        /** Adds a phrase (raw spelling; it is normalised here). Blank phrases are ignored. */
        public Builder<T> add(String phrase, T payload, Clitics.Form form) {
            return add(phrase, payload, form, java.util.Set.of());
        }

        /**
         * Adds a phrase, leaving out the attached forms listed in {@code taken}: استعاد + ه is
         * spelled like the masdar استعادة once teh marbuta is folded, and the masdar is the reading.
         */
        public Builder<T> add(String phrase, T payload, Clitics.Form form, java.util.Set<String> taken) {
            String norm = ArabicNormalizer.normalizeTerm(phrase);
            if (norm.isEmpty()) return this;
            String[] words = splitWords(norm);
            if (words.length == 0) return this;
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            Clitics.Form first = words.length > 1 && form == Clitics.Form.VERB ? Clitics.Form.VERB : form;
            for (Clitics.Surface s : Clitics.expand(words[0], first)) {
                // A pronoun may attach only to the last word of a phrase.
                if (s.pronoun() != null && rest.length > 0) continue;
                if (s.pronoun() != null && taken.contains(s.text())) continue;
                map.computeIfAbsent(s.text(), k -> new ArrayList<>(1)).add(new Entry<>(rest, payload, s));
            }
            return this;
        }

        public PhraseIndex<T> build() {
            return new PhraseIndex<>(map);
        }
    }

    /** Splits a normalised phrase into words the way the tokenizer would. */
    public static String[] splitWords(String norm) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < norm.length()) {
            if (ArabicText.isWordChar(norm.charAt(i))) {
                int s = i;
                while (i < norm.length() && ArabicText.isWordChar(norm.charAt(i))) i++;
                out.add(norm.substring(s, i));
            } else {
                i++;
            }
        }
        return out.toArray(new String[0]);
    }
}
