package org.saytara.gazetteer;

/**
 * A place named in a text.
 *
 * @param npStart  first token of the noun phrase around the name: a cue (قرية) or part word
 *                 (أحياء, محيط) that belongs to it
 * @param start    first token of the name itself
 * @param end      token just after the name
 * @param place    the gazetteer place it was resolved to
 * @param cueWord  the normalised cue before or inside the name (حقل, قرية), or null
 * @param prefix   what is attached to the first word of the noun phrase (و, ب, ل, وب …), "" for none
 */
public record PlaceMention(int npStart, int start, int end, Place place, String cueWord, String prefix) {
}
