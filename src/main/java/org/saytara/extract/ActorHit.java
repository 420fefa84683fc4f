package org.saytara.extract;

/** An actor phrase; affiliated when it is named as someone's ally or voice, not as the one acting. */
record ActorHit(int start, int end, Lexicon.Actor actor, String prefix, boolean affiliated) {}
