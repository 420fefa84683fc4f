package org.saytara.extract;

import java.util.List;
import org.saytara.gazetteer.Place;

/**
 * An event as first read from one sentence, before the article-level pass fills in an unnamed
 * gainer and merges repeats.
 *
 * <p>{@code recalled}: told in passing, in a time clause or a relative clause (منذ سيطرة قسد عليها,
 * التي حررتها), so an undated telling may take the date the article gives the same change
 * elsewhere. {@code background}: in a time clause with no pronoun for who acted (منذ استعادة مدينة
 * البوكمال), so the article's fight does not name its gainer.
 */
record RawEvent(EventKind kind, Place place, int placeStart, int placeEnd, int triggerToken,
                int sentence, Lexicon.Actor gainer, Lexicon.Actor loser, boolean gainerInferred,
                List<Voice> voices, DateMention date, double confidence, boolean anaphoric, boolean recalled, boolean background) {

    /** A reporting voice: whose media it is ({@code isis}, {@code government} … or {@code independent}). */
    record Voice(String side, String name) {}

    /**
     * A change is a claim when every voice reporting it is the gainer's own: Amaq for ISIS, SANA for
     * the regime. Any other voice, independent or the loser's own media admitting it, confirms it.
     */
    boolean claimed() {
        if (kind == EventKind.CONTESTED || kind == EventKind.PRESENCE || gainer == null || gainer.side() == null
                || voices.isEmpty()) {
            return false;
        }
        for (Voice v : voices) if (!v.side().equals(gainer.side().code())) return false;
        return true;
    }

    String claimedBy() {
        return claimed() ? voices.get(0).name() : null;
    }

    Side gainerSide() {
        return gainer == null ? null : gainer.side();
    }

    RawEvent withGainer(Lexicon.Actor g, boolean inferred, double confidencePenalty) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, g, loser, inferred,
                voices, date, confidence - confidencePenalty, anaphoric, recalled, background);
    }

    RawEvent withLoser(Lexicon.Actor l) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, gainer, l, gainerInferred,
                voices, date, confidence, anaphoric, recalled, background);
    }

    /** The same statement once another telling in the article has confirmed it. */
    RawEvent confirmed() {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, gainer, loser, gainerInferred,
                List.of(new Voice("independent", null)), date, confidence, anaphoric, recalled, background);
    }

    /** The same statement dated by another telling of the change in the article. */
    RawEvent withDate(DateMention d) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, gainer, loser, gainerInferred,
                voices, d, confidence, anaphoric, recalled, background);
    }

    RawEvent withConfidence(double c) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, gainer, loser, gainerInferred,
                voices, date, c, anaphoric, recalled, background);
    }

    /** Who holds the place after it: what the scorer and the map call the outcome. */
    Side controllerAfter() {
        return switch (kind) {
            case CAPTURE, WITHDRAWAL, PRESENCE -> gainerSide();
            case CONTESTED -> null;
        };
    }

    /** The key repeats are merged on: place, outcome (or contested), and claim. */
    String outcomeKey() {
        if (kind == EventKind.CONTESTED) return "contested";
        Side s = controllerAfter();
        return (s == null ? "unknown" : s.code()) + (claimed() ? "-claimed" : "");
    }
}
