package org.saytara.extract;

/** What one token has been labelled as. */
enum Label { NONE, PLACE, ANAPHOR, ACTOR, TRIGGER, MARKER, SOURCE, CUE }
