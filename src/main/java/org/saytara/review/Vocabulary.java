package org.saytara.review;

import java.util.Optional;
import org.saytara.extract.Actors;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Profile;
import org.saytara.extract.Side;
import org.saytara.gazetteer.Gazetteer;

/**
 * Where a review's ids are checked and read: places from the gazetteer, sides and actors from the
 * profile's registries. The review package keeps no list of its own of any of them.
 */
public interface Vocabulary {
    Optional<PlaceRef> place(String id);

    Optional<Side> side(String code);

    /** The actor registry: which side an actor fights on, and which actor stands for a side. */
    Actors actors();

    /** The actor an analyst's side stands for in an event: the side's representative in the registry. */
    default String actorOf(Side side) {
        return side == null ? null : actors().representative(side).id();
    }

    /** The gazetteer's places and the profile's sides and actors. */
    static Vocabulary of(Gazetteer gazetteer, Profile profile) {
        return new Vocabulary() {
            @Override
            public Optional<PlaceRef> place(String id) {
                return id == null ? Optional.empty() : gazetteer.byId(id).map(PlaceRef::of);
            }

            @Override
            public Optional<Side> side(String code) {
                return code == null ? Optional.empty() : profile.sides().byCode(code);
            }

            @Override
            public Actors actors() {
                return profile.actors();
            }
        };
    }
}
