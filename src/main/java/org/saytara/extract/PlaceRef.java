package org.saytara.extract;

import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceType;

/** The part of a gazetteer place that an event carries with it. */
public record PlaceRef(String id, String nameAr, String nameEn, double lat, double lon,
                       PlaceType type, double precisionKm) {
    public static PlaceRef of(Place p) {
        return new PlaceRef(p.id(), p.nameAr(), p.nameEn(), p.lat(), p.lon(), p.type(), p.precisionKm());
    }
}
