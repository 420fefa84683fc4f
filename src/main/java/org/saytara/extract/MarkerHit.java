package org.saytara.extract;

/** A marker phrase: negation, denial, rumour, intention, attempt, speech, contrast, time, air … */
record MarkerHit(int start, int end, Lexicon.Marker marker) {}
