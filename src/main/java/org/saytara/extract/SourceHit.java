package org.saytara.extract;

/** A source phrase (مصادر ميدانية, وكالة أعماق) and whose voice it is. */
record SourceHit(int start, int end, String voice) {}
