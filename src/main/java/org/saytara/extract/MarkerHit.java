package org.saytara.extract;

/** A marker phrase: negation, denial, rumour, intention, attempt, speech, contrast, time, air … */
record MarkerHit(int start, int end, Lexicon.Marker marker, Lexicon.Reach reach) {
    /** Words standing between this marker and token {@code at} after it. */
    int gapTo(int at) {
        return at - end;
    }
}
