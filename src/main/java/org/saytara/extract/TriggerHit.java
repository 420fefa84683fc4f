package org.saytara.extract;

/** A trigger phrase over tokens [start, end), with the prefix and object pronoun on its word (ل, س …; ها, ه). */
record TriggerHit(int start, int end, Lexicon.Trigger trigger, String prefix, String pronoun) {}
