package org.saytara.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event ids that stay the same from run to run, so that an analyst's review of an event still
 * finds it after a restart, a rule change or a gazetteer change.
 *
 * <p><b>The id</b> is {@code ARTICLE-HHHHHHHH}: the article id, a dash, and the first 8 hex digits
 * of the SHA-256 of the UTF-8 string {@code "EVIDENCE_START:EVIDENCE_END:PLACE_ID"}, where the
 * two numbers are the evidence sentence's span (UTF-16 offsets into the article's normalised
 * text, as in {@code evidence_span}) and the place is the gazetteer id the event was extracted
 * with. Example: {@code orient-2016-12-11-5c0e93a1}.
 *
 * <p>So an id changes only when the article's text, the sentence boundaries or the place it is
 * resolved to change; a new trigger word, a corrected date or another gainer keeps it. What the
 * extractor reads differently (the kind, the sides, the dates) is deliberately left out.
 *
 * <p><b>Unique within an article.</b> Two events of one sentence and one place (a fight and then
 * a capture) would share the id; they are told apart by the place's position in the text, then
 * the kind: the first keeps the plain id, the next get {@code -2}, {@code -3} in that order.
 */
public final class EventIds {
    private EventIds() {}

    /** The plain id of an event of this article, evidence span and place. */
    public static String of(String articleId, Span evidence, String placeId) {
        String key = evidence.start() + ":" + evidence.end() + ":" + placeId;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return articleId + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The ids the article of an event with this id may have: the id without its {@code -HHHHHHHH}
     * tail, or without its {@code -HHHHHHHH-N} tail. An id such as {@code a-20161211-12345678}
     * fits both forms, so both are given, the shorter article id first; none when the id has
     * neither form. Finds an event among its article's instead of among every event.
     */
    public static List<String> articleIdsOf(String eventId) {
        List<String> out = new ArrayList<>(2);
        int dash = eventId.lastIndexOf('-');
        if (dash <= 0) return out;
        String tail = eventId.substring(dash + 1);
        if (isHash(tail)) out.add(eventId.substring(0, dash));
        if (!tail.isEmpty() && tail.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int before = eventId.lastIndexOf('-', dash - 1);
            if (before > 0 && isHash(eventId.substring(before + 1, dash))) out.add(0, eventId.substring(0, before));
        }
        return out;
    }

    private static boolean isHash(String s) {
        return s.length() == 8 && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** What an id is made of, for one event in the article's output order. */
    record Key(Span evidence, String placeId, Span placeSpan, EventKind kind) {}

    /** The ids of one article's events, in the given order, unique among them. */
    static List<String> assign(String articleId, List<Key> keys) {
        Map<String, List<Integer>> byBase = new LinkedHashMap<>();
        String[] ids = new String[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            String base = of(articleId, k.evidence(), k.placeId());
            ids[i] = base;
            byBase.computeIfAbsent(base, b -> new ArrayList<>()).add(i);
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> keys.get(i).placeSpan().start())
                .thenComparingInt(i -> keys.get(i).placeSpan().end())
                .thenComparing(i -> keys.get(i).kind().code())
                .thenComparingInt(i -> i);
        for (List<Integer> same : byBase.values()) {
            if (same.size() < 2) continue;
            same.sort(order);
            for (int n = 1; n < same.size(); n++) ids[same.get(n)] = ids[same.get(n)] + "-" + (n + 1);
        }
        return List.of(ids);
    }
}
