package org.saytara.extract;

/** A trigger phrase over tokens [start, end), with the prefix and object pronoun on its word (ل, س …; ها, ه). */
record TriggerHit(int start, int end, Lexicon.Trigger trigger, String prefix, String pronoun) {
    /**
     * By position only (equal hits have equal positions): the record's own hash would hash the
     * trigger's sets of relations and roles each time a hit is used as a map key.
     */
    @Override
    public int hashCode() {
        return 31 * start + end;
    }
}
