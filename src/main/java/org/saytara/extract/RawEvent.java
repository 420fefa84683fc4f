package org.saytara.extract;

import org.saytara.gazetteer.Place;

/**
 * An event as first read from one sentence, before the article-level pass fills in an unnamed
 * gainer and merges repeats.
 */
record RawEvent(EventKind kind, Place place, int placeStart, int placeEnd, int triggerToken,
                int sentence, Lexicon.Actor gainer, Lexicon.Actor loser, boolean gainerInferred,
                boolean claimed, String claimedBy, DateMention date, double confidence,
                boolean anaphoric) {

    Side gainerSide() {
        return gainer == null ? null : gainer.side();
    }

    RawEvent withGainer(Lexicon.Actor g, boolean inferred, double confidencePenalty) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, g, loser, inferred,
                claimed, claimedBy, date, confidence - confidencePenalty, anaphoric);
    }

    RawEvent withLoser(Lexicon.Actor l) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, gainer, l, gainerInferred,
                claimed, claimedBy, date, confidence, anaphoric);
    }

    RawEvent withConfidence(double c) {
        return new RawEvent(kind, place, placeStart, placeEnd, triggerToken, sentence, gainer, loser, gainerInferred,
                claimed, claimedBy, date, c, anaphoric);
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
        return (s == null ? "unknown" : s.code()) + (claimed ? "-claimed" : "");
    }
}
