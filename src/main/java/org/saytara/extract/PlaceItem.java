package org.saytara.extract;

import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceType;

/** A place-like item: a named place, or a word that points to one. */
final class PlaceItem {
    final int npStart, start, end;
    Place place;
    final String prefix;
    final String cueWord;
    final boolean named;
    String relation;          // governing preposition, "direct", "descriptor" or "none"
    PlaceType[] anaphorTypes;  // for المدينة …; null for named places
    boolean possessive;       // سجنها: a part of the current town
    boolean partOfTown;       // أطرافها: the current town itself
    boolean plural;           // عليهما, عليهم: every place of the list just named
    TriggerHit listTrigger;   // "المدن التي تمت استعادتها هي: A، B": the trigger the list after the colon belongs to

    PlaceItem(int npStart, int start, int end, Place place, String prefix, String cueWord, boolean named) {
        this.npStart = npStart;
        this.start = start;
        this.end = end;
        this.place = place;
        this.prefix = prefix;
        this.cueWord = cueWord;
        this.named = named;
    }

    /**
     * A place a trigger carries in its own word (ليدخلها, تستعيده, التي سقطت): it spans the trigger
     * and is its direct object.
     */
    static PlaceItem onTrigger(TriggerHit t, Place place) {
        PlaceItem q = new PlaceItem(t.start(), t.start(), t.end(), place, "", null, false);
        q.relation = "direct";
        q.anaphorTypes = new PlaceType[0];
        return q;
    }
}
