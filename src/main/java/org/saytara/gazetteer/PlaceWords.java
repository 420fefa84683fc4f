package org.saytara.gazetteer;

import java.util.Set;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;
import org.saytara.text.WordSets;

/**
 * The word sets of {@code place-words.tsv}: person-name particles, the words a context may skip,
 * compass words, joined prefixes, region words and cue words inside names. Read once, on first use,
 * so that a malformed row reaches the caller as a LexiconException naming file and line.
 */
final class PlaceWords {
    static final String FILE = "place-words.tsv";

    enum Set0 { PERSON_PARTICLE, CONTEXT_SKIP, DIRECTION, JOINED_PREFIX, REGION_WORD, NAME_CUE, NO_NAME, NAME_PARTICLE }

    private static volatile PlaceWords standard;
    private final WordSets<Set0> sets;
    /** Region words by level, in the file's ordinary spelling (the first form of the row): محافظة. */
    private final java.util.Map<String, String> spelledRegionWords;

    private PlaceWords(WordSets<Set0> sets, java.util.Map<String, String> spelledRegionWords) {
        this.sets = sets;
        this.spelledRegionWords = spelledRegionWords;
    }

    static PlaceWords standard() {
        PlaceWords w = standard;
        if (w == null) {
            synchronized (PlaceWords.class) {
                w = standard;
                if (w == null) standard = w = read(LexiconFile.beside(PlaceWords.class));
            }
        }
        return w;
    }

    static PlaceWords read(LexiconFile.Source source) {
        java.util.Map<String, String> spelled = new java.util.HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(source, FILE, LexiconFile.Columns.of("set", "value", "forms").lists("forms"))) {
            if (row.get("set").equals(LexiconFile.code(Set0.REGION_WORD))) spelled.putIfAbsent(row.get("value"), row.items("forms").get(0));
        }
        return new PlaceWords(WordSets.read(source, FILE, Set0.class, (set, value, row) -> switch (set) {
            case DIRECTION -> {
                if (!Set.of("north", "south", "east", "west").contains(value)) {
                    throw row.error("a direction is north, south, east or west, not '" + value + "'");
                }
                yield value;
            }
            case REGION_WORD -> {
                if (!Set.of("governorate", "district", "subdistrict", "countryside", "seat").contains(value)) {
                    throw row.error("a region word is governorate, district, subdistrict, countryside or seat, not '" + value + "'");
                }
                yield value;
            }
            default -> WordSets.none(set, value, row);
        }), java.util.Map.copyOf(spelled));
    }

    /** "عبد", "أبو", "وبن": the word before a name makes it part of a person's name. */
    boolean personParticle(String word) {
        String w = word.length() > 2 && word.startsWith(Clitics.WA) ? word.substring(1) : word;
        return sets.is(Set0.PERSON_PARTICLE, w);
    }

    /** "في", "التي": a word after a cue that never begins a name. */
    boolean noName(String word) {
        return sets.is(Set0.NO_NAME, word);
    }

    /** "أبو", "عين": the first word of a two-word name. */
    boolean nameParticle(String word) {
        return sets.is(Set0.NAME_PARTICLE, word);
    }

    boolean contextSkip(String word) {
        return sets.is(Set0.CONTEXT_SKIP, word);
    }

    /** {north, east} of a compass word (الشرقي, شمالي, بشمال), or null. */
    int[] direction(String word) {
        String w = word;
        if (w.startsWith(Clitics.AL)) w = w.substring(2);
        else if (w.startsWith(Clitics.BI + Clitics.AL) || w.startsWith(Clitics.WA + Clitics.AL)) w = w.substring(3);
        else if (w.length() > 4 && (w.startsWith(Clitics.BI) || w.startsWith(Clitics.WA))) w = w.substring(1);
        String d = sets.value(Set0.DIRECTION, w);
        if (d == null) return null;
        return switch (d) {
            case "north" -> new int[] {1, 0};
            case "south" -> new int[] {-1, 0};
            case "east" -> new int[] {0, 1};
            default -> new int[] {0, -1};
        };
    }

    Set<String> joinedPrefixes() {
        return sets.words(Set0.JOINED_PREFIX);
    }

    /** The level of a region word (governorate, district, subdistrict, countryside, seat), or null. */
    String regionWord(String normalisedWord) {
        return sets.value(Set0.REGION_WORD, normalisedWord);
    }

    /** The region word of one level as it is written (محافظة), to name a region with. */
    String spelledRegionWord(String level) {
        String w = spelledRegionWords.get(level);
        if (w == null) throw new IllegalStateException(FILE + ": no region word for " + level);
        return w;
    }

    boolean nameCue(String normalisedWord) {
        return sets.is(Set0.NAME_CUE, normalisedWord);
    }
}
