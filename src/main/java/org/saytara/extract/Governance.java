package org.saytara.extract;

import static org.saytara.extract.Words.ADVERBS;
import static org.saytara.extract.Words.PREPOSITIONS;
import static org.saytara.extract.Words.RELATIVE;
import static org.saytara.extract.Words.stripConj;

import java.util.Set;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * Rules 2 and 3: the word that governs each place ({@link #relation}) and the trigger that takes
 * it ({@link #governingTrigger}).
 */
final class Governance {
    private Governance() {}

    /** "اجتاح خلال أيام قليلة حقول جزل": how long it took, between the verb and its object. */
    private static final Set<String> DURATION = Set.of("خلال", "ايام", "قليله", "ساعات", "اسابيع", "بضعه", "عده",
            "يومين", "ساعه", "اقل", "من", "اشهر", "شهور");
    private static final Set<String> DIRECTION_WORDS = Set.of("باتجاه", "بين", "نحو", "صوب", "اتجاه", "من");
    /** First words of "بما في ذلك", "فضلا عن", "إضافة إلى": after a comma the list goes on. */
    private static final Set<String> INCLUSION_OPENERS = Set.of("بما", "فضلا", "اضافه", "بالاضافه", "منها");

    /** Words of a support phrase between a subject and its object (بالتعاون مع القوات الرديفة). */
    private static final Set<String> SUPPORT = Set.of("بالتعاون", "مع", "بمسانده", "بدعم", "بمشاركه", "بغطاء",
            "باسناد", "من", "مدعومه", "مدعوما", "مدعومين", "بمؤازره", "وبدعم", "وبمسانده", "والقوات", "امس", "اليوم",
            "حلفاؤه", "حلفاءه", "حلفائه", "حلفاؤها", "حلفاءها", "حلفائها", "الحليفه", "الرديفه", "بغارات",
            "بيد", "بايدي", "يد", "لصالح", "بقبضه");

    /**
     * The governing word of a place: a preposition, "direct", "descriptor" (it only locates
     * something else) or "none".
     */
    static String relation(Reading r, PlaceItem p) {
        if (p.relation != null) return p.relation;
        String prefix = p.prefix == null ? "" : p.prefix;
        // "عند الأطراف الغربية لمدينة تدمر": the preposition before a definite part word governs
        if (prefix.endsWith("ل")) {
            String governing = beforeDefinitePart(r, p.npStart);
            if (governing != null) return governing;
        }
        int zone = zoneKind(r, p.npStart, prefix.startsWith("و"));
        if (zone == DIRECTION_ZONE || (zone == MODIFIER_ZONE && !prefix.startsWith("و"))) return "descriptor";
        if (inAttribution(r, p.npStart)) return "descriptor";
        if (prefix.contains("ب")) return "ب";
        if (prefix.contains("ل")) return "ل";
        if (prefix.startsWith("و") || prefix.startsWith("ف")) return coordinated(r, p.npStart);
        int incl = inclusionBefore(r, p.npStart);
        if (incl >= 0) return coordinated(r, incl);
        int k = p.npStart - 1;
        if (k < 0 || r.text.token(p.npStart).sepBefore() == Sep.STOP) return "none";
        if (!r.text.token(p.npStart).sepBefore().insidePhrase() && r.text.token(p.npStart).sepBefore() != Sep.COMMA) return "none";
        for (int d = Math.max(0, p.npStart - 2); d < p.npStart; d++) {
            if (r.descriptorTok[d]) return nearWord(r, d) ? "قرب" : "descriptor";
        }
        String before = stripConj(r.text.token(k).text());
        if (PREPOSITIONS.contains(before) && !before.equals("مع")) return before;
        if (r.label[k] == Label.TRIGGER) return "direct";
        if (afterVerbAndSubject(r, p.npStart)) return "direct";
        if (r.label[k] == Label.CUE || r.label[k] == Label.NONE) {
            // a list item with the conjunction on a word in between (حقل المهر النفطي وشركة المهر)
            return "none";
        }
        return "none";
    }

    /**
     * "حررت وحدات من الجيش بالتعاون مع القوات الرديفة أمس مدينة السخنة": back from the place over
     * actors, support phrases (بالتعاون مع, بدعم) and dates, the first thing met is the verb.
     */
    private static boolean afterVerbAndSubject(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 16); k--) {
            Label l = r.label[k];
            if (l == Label.TRIGGER) return true;
            if (l == Label.ACTOR) {
                k = r.actors.get(r.itemAt[k]).start();
                continue;
            }
            if (r.dateAt(s, k) != null) continue;
            // "استعادت في حزيران الماضي حقلي آراك والهيل": في that opens a date
            if (k + 1 < s.endToken() && r.dateAt(s, k + 1) != null && stripConj(r.text.token(k).text()).equals("في")) continue;
            String w = stripConj(r.text.token(k).text());
            if (SUPPORT.contains(w) || ADVERBS.contains(w) || DURATION.contains(w)) continue;
            // "مدعومة بغارات روسية": up to two words of a support phrase
            if (k >= 1 && SUPPORT.contains(stripConj(r.text.token(k - 1).text()))) continue;
            if (k >= 2 && SUPPORT.contains(stripConj(r.text.token(k - 2).text()))) continue;
            // "، مدعومة بالطيران الروسي ومقاتلي حزب الله، مدينة تدمر": a longer support aside
            if (supportWithin(r, k, 5)) continue;
            return false;
        }
        return false;
    }

    /**
     * "بما في ذلك سجن تدمر", "فضلا عن محطة T3", "إضافة إلى": the item joins the list before it.
     * Returns where the phrase starts, or -1.
     */
    private static int inclusionBefore(Reading r, int np) {
        // raw words: فضلا begins with ف, which is its own letter here, not a conjunction
        String w1 = np >= 1 ? r.text.token(np - 1).text() : "";
        String w2 = np >= 2 ? r.text.token(np - 2).text() : "";
        String w3 = np >= 3 ? r.text.token(np - 3).text() : "";
        if (w3.startsWith("و") && w3.length() > 3) w3 = w3.substring(1);
        if (w2.startsWith("و") && (w2.equals("وفضلا") || w2.equals("واضافه") || w2.equals("وبما"))) w2 = w2.substring(1);
        if (w1.equals("ذلك") && w2.equals("في") && w3.equals("بما")) return np - 3;
        if ((w1.equals("فيها") || w1.equals("فيه") || w1.equals("فيهم")) && w2.equals("بما")) return np - 2;
        if (w1.equals("عن") && w2.equals("فضلا")) return np - 2;
        if (w1.equals("الي") && (w2.equals("اضافه") || w2.equals("بالاضافه"))) return np - 2;
        if (w1.equals("منها")) return np - 1;
        return -1;
    }

    /** If token k ends a relative clause set off by a comma (، التي … ،), where that clause starts. */
    private static int relativeClauseStart(Reading r, int k, Sentence s) {
        if (k + 1 >= r.n || r.text.token(k + 1).sepBefore() != Sep.COMMA) return -1;
        for (int j = k; j > Math.max(s.firstToken(), k - 15); j--) {
            if (RELATIVE.contains(stripConj(r.text.token(j).text())) && r.text.token(j).sepBefore() == Sep.COMMA) return j;
            if (r.text.token(j).sepBefore() == Sep.COMMA) return -1;
        }
        return -1;
    }

    /** After و: the item governs like the one before it in the list. */
    private static String coordinated(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 30); k--) {
            // "بين تدمر، التي يسيطر عليها التنظيم، وبلدة مهين": pass over a relative clause in commas
            int rel = relativeClauseStart(r, k, s);
            if (rel >= 0) {
                k = rel;
                continue;
            }
            if (r.descriptorTok[k] && !r.zoneStart[k]) continue;
            if (r.zoneStart[k]) {
                if (DIRECTION_WORDS.contains(stripConj(r.text.token(k).text()))) return "descriptor";
                continue;
            }
            Label l = r.label[k];
            if (l == Label.TRIGGER) return "direct";
            if (l == Label.MARKER) {
                Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
                if (m == Lexicon.Marker.SPEECH || m == Lexicon.Marker.CONTRAST) return "none";
            }
            if (l == Label.PLACE || l == Label.ANAPHOR) {
                // A landmark inside the list ("العامرية (غرب تدمر) وجبل الطار") is passed over:
                // the list goes on from the item before it.
                PlaceItem q = r.places.get(r.itemAt[k]);
                if (q.relation != null && !q.relation.equals("none") && !q.relation.equals("descriptor")) return q.relation;
                k = q.npStart;
                continue;
            }
            if (r.zoneStart[k] && DIRECTION_WORDS.contains(stripConj(r.text.token(k).text()))) return "descriptor";
            String w = stripConj(r.text.token(k).text());
            if (PREPOSITIONS.contains(w)) {
                // inside a descriptor zone the list is a description too
                return zoneKind(r, k, false) == DIRECTION_ZONE ? "descriptor" : w;
            }
        }
        return "none";
    }

    /** Inside "بحسب مراسلنا في حمص،": a place that tells where a source sits, up to a comma or على. */
    private static boolean inAttribution(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 10); k--) {
            Token t = r.text.token(k + 1);
            if (t.sepBefore() == Sep.COMMA) return false;
            if (r.label[k] == Label.TRIGGER) return false;
            if (stripConj(r.text.token(k).text()).equals("علي")) return false;
            if (r.label[k] == Label.MARKER && r.markers.get(r.itemAt[k]).marker() == Lexicon.Marker.ATTRIBUTION) return true;
        }
        return false;
    }

    private static final Set<String> DEFINITE_PARTS = Set.of("الاطراف", "المداخل", "المدخل", "الاحياء", "الريف",
            "الضواحي", "المحيط", "الجهه", "الجبهه", "الجبهات", "القسم", "الجزء", "الاجزاء", "اطراف", "مداخل", "احياء");

    private static String beforeDefinitePart(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 3); k--) {
            String w = stripConj(r.text.token(k).text());
            if (w.equals("الريف")) return "descriptor";
            if (DEFINITE_PARTS.contains(w)) {
                if (k == s.firstToken()) return null;
                String prep = stripConj(r.text.token(k - 1).text());
                return PREPOSITIONS.contains(prep) ? prep : null;
            }
        }
        return null;
    }

    private static final int NO_ZONE = 0, MODIFIER_ZONE = 1, DIRECTION_ZONE = 2;

    /**
     * Inside "المشرف على …", "تبعد … عن …" (a modifier of the noun before) or "باتجاه …", "بين …"
     * (a direction): up to a comma or a stop. A new list item with و ends a modifier
     * ("المشرف على المدينة وجبل هايل": Jabal Hayal is the next object) but not a direction
     * ("باتجاه بلدة السخنة ودير الزور": both are where they went).
     */
    private static int zoneKind(Reading r, int at, boolean conjoined) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 12); k--) {
            if (r.zoneStart[k]) {
                // "بين الطرفين في محيط صوامع تدمر": بين names the two sides, not two places
                if (stripConj(r.text.token(k).text()).equals("بين") && k + 1 < r.n
                        && r.label[k + 1] != Label.PLACE && r.label[k + 1] != Label.CUE && r.label[k + 1] != Label.ANAPHOR) {
                    return NO_ZONE;
                }
                return DIRECTION_WORDS.contains(stripConj(r.text.token(k).text())) ? DIRECTION_ZONE : MODIFIER_ZONE;
            }
            Token t = r.text.token(k + 1);
            if (t.sepBefore() == Sep.COMMA || t.sepBefore() == Sep.STOP) return NO_ZONE;
            if (r.label[k] == Label.TRIGGER) return NO_ZONE;
            if (k + 1 < at && t.text().startsWith("و") && (r.label[k + 1] == Label.PLACE || r.label[k + 1] == Label.CUE)
                    && !DIRECTION_WORDS.contains(zoneWordBefore(r, k, s))) {
                return NO_ZONE;
            }
        }
        return NO_ZONE;
    }

    private static String zoneWordBefore(Reading r, int k, Sentence s) {
        for (int j = k; j >= Math.max(s.firstToken(), k - 12); j--) {
            if (r.zoneStart[j]) return stripConj(r.text.token(j).text());
        }
        return "";
    }

    /** The nearest trigger before the place that takes its governing word, with no barrier between. */
    static TriggerHit governingTrigger(Reading r, PlaceItem p) {
        Sentence s = r.text.sentenceOf(p.npStart);
        int looked = 0;
        for (int k = p.npStart - 1; k >= Math.max(s.firstToken(), p.npStart - 35); k--) {
            if (barrierAt(r, k + 1, p.npStart)) return null;
            if (r.label[k] == Label.TRIGGER) {
                TriggerHit t = r.triggers.get(r.itemAt[k]);
                k = t.start();
                if (t.trigger().has("under")) continue;
                if (t.trigger().takes(p.relation)) return t;
                if (++looked >= 3) return null;
            }
        }
        return null;
    }

    /**
     * What ends a trigger's reach: a speech verb or contrast word, or a comma after which the
     * sentence does not go on with the list (و + على/من/في, a cue, a place, a part word).
     */
    private static boolean barrierAt(Reading r, int k, int placeStart) {
        if (k >= r.n) return false;
        Label l = r.label[k];
        if (l == Label.MARKER) {
            Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
            if (m == Lexicon.Marker.SPEECH || m == Lexicon.Marker.CONTRAST) return true;
        }
        Token t = r.text.token(k);
        if (t.sepBefore() == Sep.COMMA || t.sepBefore() == Sep.COLON) {
            // "سيطر التنظيم، يوم أمس الأحد، على مدينة القريتين": a dated aside, not a new clause
            Sentence sk = r.text.sentenceOf(k);
            if (r.dateAt(sk, k) != null || (k + 1 < sk.endToken() && r.dateAt(sk, k + 1) != null)) return false;
            if (k > 0 && r.dateAt(r.text.sentenceOf(k - 1), k - 1) != null) return false;
            int next = k;
            // "، و على تياس": a lone و is written apart; the word after it decides
            if ((t.text().equals("و") || t.text().equals("ف")) && k + 1 < r.n) next = k + 1;
            t = r.text.token(next);
            l = r.label[next];
            String w = stripConj(t.text());
            if (INCLUSION_OPENERS.contains(w) || INCLUSION_OPENERS.contains(t.text())) return false;
            if (SUPPORT.contains(w) && !w.equals("من") && !w.equals("مع")) return false;
            // "بين قوات النظام من جهة، وعناصر التنظيم من جهة أخرى، في محاور …": the other side
            if (l == Label.ACTOR && t.text().startsWith("و")) return false;
            if (PREPOSITIONS.contains(w)) return false;
            if (l == Label.PLACE || l == Label.ANAPHOR || l == Label.CUE) return false;
            return true;
        }
        return false;
    }

    /**
     * "اشتباكات قرب حقل آراك": near-words only locate something for a change of hands, but a fight
     * near a place is a fight for it, so they get a governing word of their own that only
     * fighting takes.
     */
    private static boolean nearWord(Reading r, int d) {
        String w = stripConj(r.text.token(d).text());
        if (w.equals("قرب") || w.equals("بالقرب") || w.equals("مقربه") || w.equals("قريبا")) return true;
        return w.equals("من") && d > 0 && (stripConj(r.text.token(d - 1).text()).equals("بالقرب")
                || stripConj(r.text.token(d - 1).text()).equals("مقربه") || stripConj(r.text.token(d - 1).text()).equals("قريبا"));
    }

    private static boolean supportWithin(Reading r, int k, int reach) {
        for (int j = k - 1; j >= Math.max(0, k - reach); j--) {
            String w = stripConj(r.text.token(j).text());
            if (SUPPORT.contains(w) && !w.equals("من") && !w.equals("مع")) return true;
            if (r.label[j] == Label.TRIGGER) return false;
        }
        return false;
    }
}
