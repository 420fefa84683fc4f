package org.saytara.review;

import java.util.Optional;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.gazetteer.Gazetteer;

/**
 * Where a review's ids are checked: places from the gazetteer, sides from the side registry. The
 * review package keeps no list of its own of either.
 */
public interface Vocabulary {
    Optional<PlaceRef> place(String id);

    Optional<Side> side(String code);

    /** The gazetteer's places and the registry's sides. */
    static Vocabulary of(Gazetteer gazetteer) {
        return new Vocabulary() {
            @Override
            public Optional<PlaceRef> place(String id) {
                return id == null ? Optional.empty() : gazetteer.byId(id).map(PlaceRef::of);
            }

            @Override
            public Optional<Side> side(String code) {
                if (code == null) return Optional.empty();
                try {
                    return Optional.of(Side.fromCode(code));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        };
    }
}
