package org.saytara.extract;

import java.util.List;

/**
 * One armed actor of the profile's registry ({@code actors.tsv}): its id, its side, its labels and
 * the Arabic forms of its name.
 *
 * @param id      lower-case letters, digits and "-"; what events carry as {@code actor_gaining}
 * @param side    the side it fights on, or null for an actor that holds no ground of its own
 * @param labelEn "Government forces"
 * @param labelAr "القوات الحكومية السورية"
 * @param acled   its name in ACLED's actor list (for {@code events.csv})
 * @param forms   every form of its name, as written in the registry, in file order
 */
public record Actor(String id, Side side, String labelEn, String labelAr, String acled, List<Form> forms) {
    /** How a form names the actor: org, force, anaphor, faction, group, operation, nationality. */
    public record Form(String kind, String text) {}

    public Actor {
        forms = List.copyOf(forms);
    }

    /** Whether some form is an umbrella word for fighters whose side the text may decide ({@code group}). */
    public boolean hasGroupForms() {
        return forms.stream().anyMatch(f -> f.kind().equals(Kinds.GROUP));
    }

    /** The kinds of form, as {@code actors.tsv} spells them. */
    static final class Kinds {
        static final String ORG = "org", FORCE = "force", ANAPHOR = "anaphor", FACTION = "faction", GROUP = "group",
                OPERATION = "operation", NATIONALITY = "nationality";
        static final List<String> ALL = List.of(ORG, FORCE, ANAPHOR, FACTION, GROUP, OPERATION, NATIONALITY);

        private Kinds() {}
    }
}
