package org.saytara.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * The definition of one conflict, read from a folder of data files (a "profile"): its sides
 * ({@code sides.tsv}), its actors and their Arabic names ({@code actors.tsv}), who reports for whom
 * ({@code sources.tsv}) and how the text names actors the registry does not list
 * ({@code actor-rules.tsv}). Syria's profile is bundled; an analyst of another war writes their own
 * folder and passes it with {@code --profile DIR}, with no change to the code. The formats are in
 * {@code docs/profile.md}.
 *
 * <p>Every file is checked when the profile is read: a malformed row, an unknown side, a name given
 * to two actors stops with a {@link ProfileException} naming the file, line and reason.
 */
public final class Profile {
    /** Where the bundled Syria profile lives on the class path. */
    static final String BUNDLED = "/org/saytara/profile/syria/";

    private static volatile Profile syria;

    private final String name;
    private final String labelEn;
    private final String labelAr;
    private final String iso3;
    private final String origin;
    private final Sides sides;
    private final Actors actors;
    private final List<Source> sources;
    private final ActorRules rules;

    /** A reporting voice of {@code sources.tsv}: a side's own media (its id) or {@code independent}. */
    record Source(String voice, String name) {}

    /**
     * The words of {@code actor-rules.tsv}, as written (the lexicon normalises them).
     *
     * @param forceHeads       general words for forces that a nationality adjective binds
     * @param factionHeads     words that name a faction when a name follows (فرقة, لواء)
     * @param weakFactionHeads such words that also mean something else (حركة, تجمع)
     * @param affiliation      words that tie a group to its backer (المدعومة, الموالية)
     * @param affiliationLinks prepositions between such a word and the backer (من, في)
     * @param groupHeads       general words for armed groups (فصائل, مقاتلين) that, like the force words,
     *                         fight on the side of a backer named right after them (قوات تدعمها تركيا)
     */
    record ActorRules(List<String> forceHeads, List<String> factionHeads, List<String> weakFactionHeads,
                      List<String> affiliation, List<String> affiliationLinks, List<String> groupHeads) {
        static final ActorRules NONE = new ActorRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    Profile(String name, String labelEn, String labelAr, String iso3, String origin, Sides sides, Actors actors,
            List<Source> sources, ActorRules rules) {
        this.name = name;
        this.labelEn = labelEn;
        this.labelAr = labelAr;
        this.iso3 = iso3;
        this.origin = origin;
        this.sides = sides;
        this.actors = actors;
        this.sources = List.copyOf(sources);
        this.rules = rules;
    }

    /** The bundled Syria profile, read once. */
    public static Profile syria() {
        Profile p = syria;
        if (p == null) {
            synchronized (Profile.class) {
                p = syria;
                if (p == null) p = syria = ProfileReader.bundled(BUNDLED);
            }
        }
        return p;
    }

    /**
     * Reads and checks the profile in a folder.
     *
     * @throws ProfileException naming the file, line and reason of the first problem
     */
    public static Profile load(Path dir) {
        return ProfileReader.folder(dir);
    }

    /** The bundled Syria profile for a null folder, else the one in the folder. */
    public static Profile loadOrBundled(Path dirOrNull) {
        return dirOrNull == null ? syria() : load(dirOrNull);
    }

    /** A short id: "syria". */
    public String name() {
        return name;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelAr() {
        return labelAr;
    }

    /** ISO 3166-1 alpha-3 code of the country, for ACLED-like event ids (SYR1, SYR2 …). */
    public String iso3() {
        return iso3;
    }

    /** Where it was read from: the folder, or "bundled". */
    public String origin() {
        return origin;
    }

    public Sides sides() {
        return sides;
    }

    public Actors actors() {
        return actors;
    }

    /** The side with this id; see {@link Sides#require}. */
    public Side side(String code) {
        return sides.require(code);
    }

    List<Source> sources() {
        return sources;
    }

    ActorRules rules() {
        return rules;
    }

    @Override
    public String toString() {
        return "profile " + name + " (" + origin + ")";
    }
}
