package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.AREA;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.TOWN_WORD;
import static org.saytara.extract.Words.WordSet.VILLAGE_WORD;
import static org.saytara.extract.Words.stripConj;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.Clitics;
import org.saytara.text.Sentence;

/**
 * Rule 4: the place each word that points back stands for ({@link #resolve}), and, while
 * attaching, the place a pronoun on a trigger or a dual pronoun stands for.
 */
final class Anaphora {
    private final Gazetteer gazetteer;

    Anaphora(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Walks the places in order, keeping the current town and the last place named, and points
     * each unnamed item at the place it stands for.
     */
    void resolve(Reading r) {
        Place dominant = dominantTown(r);
        Place currentTown = null;
        Place lastPlace = null;
        int lastPlaceSentence = -10;
        Place lastSettlement = null;
        int lastSettlementSentence = -10;
        int lastSettlementAt = -1, lastAreaAt = -1, lastAreaSentence = -10;
        Map<String, Place> lastByWord = new HashMap<>();
        for (PlaceItem p : r.places) {
            int sent = r.text.sentenceOf(p.start).index();
            if (Labeller.isFurniture(r, r.text.sentenceOf(p.start))) continue; // another story's headline
            if (p.place != null && p.place.type().isSettlement() && p.anaphorTypes == null && !"descriptor".equals(p.relation)) {
                lastSettlement = p.place;
                lastSettlementSentence = sent;
                lastSettlementAt = p.start;
            }
            if (p.named && wideArea(p.place)) {
                lastAreaAt = p.start;
                lastAreaSentence = sent;
            }
            if (p.named) {
                if (!"descriptor".equals(p.relation)) {
                    for (String w : typeWordsOf(r, p)) lastByWord.put(w, p.place);
                    if (isTownMention(r, p)) currentTown = p.place;
                    lastPlace = p.place;
                    lastPlaceSentence = sent;
                }
                continue;
            }
            Place town = currentTown != null ? currentTown : dominant;
            if (p.partOfTown) {
                p.place = lastSettlement != null && sent - lastSettlementSentence <= 1 ? lastSettlement : town;
                continue;
            }
            Place sameWord = p.cueWord == null ? null : lastByWord.get(p.cueWord);
            if (sameWord != null && !p.possessive && p.anaphorTypes.length > 0) {
                p.place = sameWord;
            } else if (p.plural) {
                continue;
            } else if (p.anaphorTypes.length == 0) {
                // a pronoun: the place a relative pronoun hangs on ("تدمر، التي يسيطر عليها"),
                // else the last town or village named nearby as a place of its own
                Place antecedent = antecedentOf(r, p.start);
                // "حاصرتها" after "الغوطة الشرقية": a wide area named since the last town is what the
                // pronoun stands for, and an area changes hands only as its towns do
                boolean area = lastAreaAt > lastSettlementAt && sent - lastAreaSentence <= 1;
                p.place = antecedent != null ? antecedent
                        : relativeOnWord(r, p.start) || area ? null : sent - lastSettlementSentence <= 1 ? lastSettlement : null;
            } else if (p.possessive) {
                // "سجن تدمر ومطارها": the owner is the town the last named part belongs to
                Place owner = town;
                if (lastPlace != null && lastPlace.parentId() != null && sent == lastPlaceSentence) {
                    owner = gazetteer.byId(lastPlace.parentId()).orElse(town);
                }
                p.place = owner == null ? null : partOf(owner, p.anaphorTypes);
            } else if (isType(town, p.anaphorTypes)) {
                p.place = town;
            } else if (lastPlace != null && isType(lastPlace, p.anaphorTypes) && sent - lastPlaceSentence <= 1) {
                p.place = lastPlace;
            } else {
                // "سجن تدمر والمطار العسكري": the airport of the town the last named part belongs to
                Place owner = town;
                if (lastPlace != null && lastPlace.parentId() != null && sent == lastPlaceSentence) {
                    owner = gazetteer.byId(lastPlace.parentId()).orElse(town);
                }
                p.place = owner == null ? null : partOf(owner, p.anaphorTypes);
            }
            if (p.place != null) {
                lastPlace = p.place;
                lastPlaceSentence = sent;
                if (p.place.type().isSettlement() && !"descriptor".equals(p.relation)) {
                    lastSettlement = p.place;
                    lastSettlementSentence = sent;
                }
            }
        }
    }

    /**
     * The type words a named mention can later be called by: its own cue (قرية السخنة is "القرية"
     * even if the gazetteer calls it a town), else its gazetteer type.
     */
    private static List<String> typeWordsOf(Reading r, PlaceItem p) {
        if (p.cueWord != null && r.words.types(p.cueWord) != null) return List.of(p.cueWord);
        return r.words.calledBy(p.place.type());
    }

    /** "X، التي يسيطر عليها": the place right before the relative pronoun that opens the clause. */
    static Place antecedentOf(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k > Math.max(s.firstToken(), at - 8); k--) {
            if (!r.words.is(RELATIVE, stripConj(r.text.token(k).text()))) continue;
            int before = k - 1;
            if (r.label[before] == Label.PLACE || r.label[before] == Label.ANAPHOR) return r.places.get(r.itemAt[before]).place;
            return null;
        }
        return null;
    }

    /**
     * "المناطق التي سيطرت عليها الحكومة", "مناطق المعارضة التي انتزعت الحكومة السيطرة عليها": the
     * relative pronoun hangs on a word that is no place (nor an actor, who would be its subject), so
     * a pronoun in the clause stands for that word, not for a place named earlier.
     */
    static boolean relativeOnWord(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k > Math.max(s.firstToken(), at - 8); k--) {
            if (!r.words.is(RELATIVE, stripConj(r.text.token(k).text()))) continue;
            Label before = r.label[k - 1];
            if (before == Label.ACTOR) {
                // the area of an actor (مناطق المعارضة)
                int a = r.actors.get(r.itemAt[k - 1]).start();
                return a > 0 && r.label[a - 1] != Label.PLACE && r.words.is(AREA, stripConj(r.text.token(a - 1).text()));
            }
            return before == Label.NONE || before == Label.CUE;
        }
        return false;
    }

    /**
     * "من مناطق أخرى استعادتها السلطات": a verb right after an area word (and maybe its adjective),
     * with no التي, opens an indefinite relative clause; its pronoun stands for the areas.
     */
    static boolean indefiniteRelativeOnArea(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 2); k--) {
            if (r.label[k] != Label.NONE && r.label[k] != Label.CUE) return false;
            if (!r.text.token(k + 1).sepBefore().insidePhrase()) return false;
            if (r.words.is(AREA, stripConj(r.text.token(k).text()))) return true;
        }
        return false;
    }

    private static boolean isTownMention(Reading r, PlaceItem p) {
        if (p.cueWord != null && r.words.is(VILLAGE_WORD, p.cueWord)) return false;
        if (p.cueWord != null && r.words.is(TOWN_WORD, p.cueWord)) return true;
        return p.place.type() == PlaceType.CITY || p.place.type() == PlaceType.TOWN;
    }

    private static boolean isType(Place p, PlaceType[] types) {
        if (p == null) return false;
        for (PlaceType t : types) if (p.type() == t) return true;
        return false;
    }

    private Place partOf(Place town, PlaceType[] types) {
        for (Place c : gazetteer.children(town.id())) {
            if (isType(c, types)) return c;
        }
        return null;
    }

    /** The town the article names most often as a place of its own, not as a landmark. */
    private static Place dominantTown(Reading r) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Place> byId = new HashMap<>();
        for (PlaceItem p : r.places) {
            if (!p.named || !isTownMention(r, p)) continue;
            int w = "descriptor".equals(p.relation) ? 1 : 3;
            count.merge(p.place.id(), w, Integer::sum);
            byId.put(p.place.id(), p.place);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byId.get(e.getKey())).orElse(null);
    }

    /** The named places of the last list before token {@code at} in its sentence (X وY وZ). */
    static List<PlaceItem> listBefore(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        List<PlaceItem> out = new ArrayList<>();
        int gap = 0;
        for (int k = at - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.PLACE) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                if (!"descriptor".equals(p.relation)) out.add(0, p);
                k = p.npStart;
                gap = 0;
                if (!r.text.token(k).text().startsWith(Clitics.WA) && !out.isEmpty()) return out;
                continue;
            }
            if (++gap > 3 && !out.isEmpty()) return out;
        }
        return out;
    }

    /**
     * ليدخلها, سقوطها, تستعيده: the last place named in this sentence or the one before. ها (she)
     * is a town or village (مدينة, بلدة, قرية are feminine); ه (he) is a field, an airport, a
     * mountain or a hill (حقل, مطار, جبل are masculine).
     */
    static PlaceItem pronounPlace(Reading r, TriggerHit t) {
        Sentence s = r.text.sentenceOf(t.start());
        int firstAllowed = s.index() > 0 ? r.text.sentences().get(s.index() - 1).firstToken() : 0;
        boolean masculine = Clitics.HU.equals(t.pronoun());
        // "نحو القريتين التي استعادها": the place the relative pronoun hangs on, landmark or not
        Place antecedent = antecedentOf(r, t.start());
        if (antecedent != null) {
            return PlaceItem.onTrigger(t, antecedent);
        }
        if (relativeOnWord(r, t.start()) || indefiniteRelativeOnArea(r, t.start())) return null;
        for (int k = t.start() - 1; k >= firstAllowed; k--) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.ANAPHOR) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                // "انقسام الغوطة الشرقية وجعلت الاستيلاء عليها وشيكا": the pronoun stands for the wide
                // area named last, which only locates, not for a town named before it (Damascus)
                if (wideArea(p.place)) return null;
                if (p.place == null || "descriptor".equals(p.relation)) continue;
                if (p.place.type().isSettlement() == masculine) continue;
                return PlaceItem.onTrigger(t, p.place);
            }
        }
        return null;
    }

    /** A wide area (الغوطة الشرقية, القلمون الشرقي): a region of the curated file, not an administrative one. */
    private static boolean wideArea(Place p) {
        return p != null && p.type() == PlaceType.REGION && !p.isAdminRegion();
    }
}
