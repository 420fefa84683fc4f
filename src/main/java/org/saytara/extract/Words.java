package org.saytara.extract;

import java.util.Map;
import java.util.Set;
import org.saytara.gazetteer.PlaceType;

/** The word sets, and the one word helper, that more than one stage of the reader needs. */
final class Words {
    private Words() {}

    static final Set<String> PREPOSITIONS = Set.of("علي", "من", "في", "الي", "عند", "عن", "نحو", "مع", "ضد",
            "حول", "داخل", "خارج", "حتي", "لدي", "قرب");

    static final Set<String> RELATIVE = Set.of("التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان");

    static final Set<String> ADVERBS = Set.of("ايضا", "مجددا", "مجدد", "اخيرا", "فعلا", "بدوره", "بدورها",
            "بالكامل", "كذلك", "مره", "اخري", "ثانيه", "حاليا", "الكامله", "التامه");

    static final Map<String, PlaceType[]> TYPE_WORDS = Map.of(
            "مدينه", new PlaceType[] {PlaceType.CITY, PlaceType.TOWN},
            "بلده", new PlaceType[] {PlaceType.TOWN, PlaceType.CITY, PlaceType.VILLAGE},
            "قريه", new PlaceType[] {PlaceType.VILLAGE, PlaceType.TOWN},
            "مطار", new PlaceType[] {PlaceType.AIRPORT, PlaceType.AIRBASE},
            "سجن", new PlaceType[] {PlaceType.PRISON},
            "قلعه", new PlaceType[] {PlaceType.CASTLE},
            "حقل", new PlaceType[] {PlaceType.OIL_FIELD, PlaceType.GAS_FIELD},
            "جبل", new PlaceType[] {PlaceType.MOUNTAIN},
            "معبر", new PlaceType[] {PlaceType.CHECKPOINT, PlaceType.JUNCTION},
            "مناجم", new PlaceType[] {PlaceType.FACILITY, PlaceType.SITE});

    static String stripConj(String w) {
        return w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }
}
