package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.ADVERB;
import static org.saytara.extract.Words.WordSet.APPOSITION;
import static org.saytara.extract.Words.WordSet.AREA;
import static org.saytara.extract.Words.WordSet.COPULA;
import static org.saytara.extract.Words.WordSet.LIST_AGAIN;
import static org.saytara.extract.Words.WordSet.DUAL_PRONOUN;
import static org.saytara.extract.Words.WordSet.LOCATIVE;
import static org.saytara.extract.Words.WordSet.OBJECT_PREPOSITION;
import static org.saytara.extract.Words.WordSet.OBJECT_PRONOUN;
import static org.saytara.extract.Words.WordSet.ATTRIBUTION_END;
import static org.saytara.extract.Words.WordSet.BETWEEN;
import static org.saytara.extract.Words.WordSet.COUNTRYSIDE;
import static org.saytara.extract.Words.WordSet.DATE_PREPOSITION;
import static org.saytara.extract.Words.WordSet.DEFINITE_PART;
import static org.saytara.extract.Words.WordSet.DIRECTION;
import static org.saytara.extract.Words.WordSet.EXCEPTION;
import static org.saytara.extract.Words.WordSet.DURATION;
import static org.saytara.extract.Words.WordSet.FROM;
import static org.saytara.extract.Words.WordSet.NEAR;
import static org.saytara.extract.Words.WordSet.NOT_DIRECT;
import static org.saytara.extract.Words.WordSet.PREPOSITION;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.SUPPORT;
import static org.saytara.extract.Words.WordSet.SUPPORT_JOINING;
import static org.saytara.extract.Words.stripConj;

import org.saytara.text.Clitics;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * Rules 2 and 3: the word that governs each place ({@link #relation}) and the trigger that takes
 * it ({@link #governingTrigger}).
 */
final class Governance {
    private Governance() {}

    /** A word of a support phrase (بالتعاون مع القوات الرديفة), opening it or inside it. */
    private static boolean support(Reading r, String w) {
        return r.words.is(SUPPORT, w) || r.words.is(SUPPORT_JOINING, w);
    }

    /**
     * The governing word of a place: a preposition, "direct", "descriptor" (it only locates
     * something else) or "none".
     */
    static String relation(Reading r, PlaceItem p) {
        if (p.relation != null) return p.relation;
        String prefix = p.prefix == null ? "" : p.prefix;
        // "عند الأطراف الغربية لمدينة تدمر": the preposition before a definite part word governs
        if (prefix.endsWith(Clitics.LI)) {
            String governing = beforeDefinitePart(r, p.npStart);
            if (governing != null) return governing;
        }
        int zone = zoneKind(r, p.npStart);
        if (zone == DIRECTION_ZONE || (zone == MODIFIER_ZONE && !prefix.startsWith(Clitics.WA))) return "descriptor";
        if (inAttribution(r, p.npStart)) return "descriptor";
        if (prefix.contains(Clitics.BI)) return Clitics.BI;
        if (prefix.contains(Clitics.LI)) return Clitics.LI;
        if (prefix.startsWith(Clitics.WA) || prefix.startsWith(Clitics.FA)) return coordinated(r, p.npStart);
        int incl = inclusionBefore(r, p.npStart);
        if (incl >= 0) return coordinated(r, incl);
        TriggerHit listed = copulaList(r, p.npStart);
        if (listed != null) {
            p.listTrigger = listed;
            return Lexicon.DIRECT;
        }
        int k = p.npStart - 1;
        if (k < 0 || r.text.token(p.npStart).sepBefore() == Sep.STOP) return "none";
        // "سيطر … على آخر معقل للمتشددين وهي البوكمال": the name after وهي, وهو names the object before
        if (r.text.token(k).text().startsWith(Clitics.WA) && r.words.is(APPOSITION, stripConj(r.text.token(k).text()))
                && r.text.token(p.npStart).sepBefore().insidePhrase()) {
            return coordinated(r, k);
        }
        // "… على منطقة الحجر الأسود، وقبلها يلدا وببيلا": the list goes on
        if (r.words.is(LIST_AGAIN, stripConj(r.text.token(k).text())) && r.text.token(k).sepBefore() == Sep.COMMA) {
            return coordinated(r, k);
        }
        if (!r.text.token(p.npStart).sepBefore().insidePhrase() && r.text.token(p.npStart).sepBefore() != Sep.COMMA) return "none";
        String before = stripConj(r.text.token(k).text());
        // "… بحرستا غربا وعلى مدينة مسرابا": a preposition with و opens a new item and governs it,
        // whatever direction word the item before ended on ("إلى الغرب من منبج" stays a direction)
        if (!r.descriptorTok[k] && r.text.token(k).text().startsWith(Clitics.WA)
                && r.words.is(PREPOSITION, before) && !r.words.is(NOT_DIRECT, before)) return before;
        for (int d = Math.max(0, p.npStart - 2); d < p.npStart; d++) {
            if (r.descriptorTok[d]) {
                String near = nearWord(r, d);
                return near != null ? near : "descriptor";
            }
        }
        if (r.words.is(PREPOSITION, before) && !r.words.is(NOT_DIRECT, before)) return before;
        if (r.label[k] == Label.TRIGGER) return subjectOfMasdar(r, k, p) ? "none" : Lexicon.DIRECT;
        if (afterVerbAndSubject(r, p.npStart)) return Lexicon.DIRECT;
        if (r.label[k] == Label.CUE || r.label[k] == Label.NONE) {
            // a list item with the conjunction on a word in between (حقل المهر النفطي وشركة المهر)
            return "none";
        }
        return "none";
    }

    /**
     * "أدى الهجوم إلى استعادة دمشق مناطق كبيرة": a place right after a masdar, followed by an area
     * noun as its object, is the masdar's subject (the capital for its government), not what was taken.
     */
    private static boolean subjectOfMasdar(Reading r, int k, PlaceItem p) {
        TriggerHit t = r.triggers.get(r.itemAt[k]);
        if (t.trigger().verb() || p.end >= r.n || !r.text.token(p.end).sepBefore().insidePhrase()) return false;
        String next = r.text.token(p.end).text();
        // a cue of the next name (… تدمر قرية الباردة) is a list, not an object
        boolean listCue = r.label[p.end] == Label.CUE && p.end + 1 < r.n && r.label[p.end + 1] == Label.PLACE;
        return !next.startsWith(Clitics.WA) && (r.label[p.end] == Label.NONE || r.label[p.end] == Label.CUE && !listCue)
                && r.words.is(AREA, next);
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
            if (k + 1 < s.endToken() && r.dateAt(s, k + 1) != null && r.words.is(DATE_PREPOSITION, stripConj(r.text.token(k).text()))) continue;
            String w = stripConj(r.text.token(k).text());
            if (support(r, w) || r.words.is(ADVERB, w) || r.words.is(DURATION, w)) continue;
            // "مدعومة بغارات روسية": up to two words of a support phrase
            if (k >= 1 && support(r, stripConj(r.text.token(k - 1).text()))) continue;
            if (k >= 2 && support(r, stripConj(r.text.token(k - 2).text()))) continue;
            // "، مدعومة بالطيران الروسي ومقاتلي حزب الله، مدينة تدمر": a longer support aside
            if (supportWithin(r, k, 5)) continue;
            // "وحدات الجيش السوري": a nisba adjective right after the actor belongs to it
            if (k > 0 && r.label[k - 1] == Label.ACTOR && Clitics.isNisba(r.text.token(k).text())) continue;
            return false;
        }
        return false;
    }

    /**
     * "سيطرت على مناطق في إدلب", "خسر التنظيم معاقله في حلب", "سيطرت على بلدة جنديرس في منطقة عفرين":
     * a place after a locative preposition that only says where the trigger's real object lies.
     */
    private static boolean locative(Reading r, TriggerHit t, PlaceItem p) {
        int head = listHead(r, p);
        if (t.trigger().takes(Lexicon.DIRECT) && areaObject(r, t.end(), head)) return true;
        return areaAfterObjectPreposition(r, t.end(), head) || namedObjectBefore(r, t.end(), head);
    }

    /**
     * Where the list a place belongs to starts: "في منطقة تل شهاب وزيزون" — زيزون is where تل شهاب
     * is, so it is locative exactly when the first item is; the cue منطقة belongs to that item and
     * is not an area object of the trigger.
     */
    private static int listHead(Reading r, PlaceItem p) {
        int head = p.npStart;
        Sentence s = r.text.sentenceOf(head);
        while (head > s.firstToken()) {
            Token t = r.text.token(head);
            if (!t.text().startsWith(Clitics.WA) && t.sepBefore() != Sep.COMMA) break;
            int k = head - 1;
            if (r.label[k] != Label.PLACE && r.label[k] != Label.ANAPHOR) break;
            PlaceItem q = r.places.get(r.itemAt[k]);
            if (q.relation == null || !q.relation.equals(p.relation) || q.npStart >= head) break;
            head = q.npStart;
        }
        return head;
    }

    /** على (or عليها) then an area noun between the trigger and the place: "سيطرت على عدد من القرى في …". */
    private static boolean areaAfterObjectPreposition(Reading r, int from, int to) {
        boolean on = false;
        for (int k = from; k < to; k++) {
            String raw = r.text.token(k).text(), w = stripConj(raw);
            if (r.words.is(OBJECT_PREPOSITION, w)) on = true;
            else if (r.words.is(OBJECT_PRONOUN, raw) || r.words.is(DUAL_PRONOUN, raw)) return true;
            else if (on && r.words.is(AREA, w)) return true;
        }
        return false;
    }

    /** A direct object that is an area or a count: "خسر التنظيم معاقله في حلب", "طهرنا 1102 كيلومتر في عفرين". */
    private static boolean areaObject(Reading r, int from, int to) {
        for (int k = from; k < to; k++) {
            if (r.label[k] == Label.ACTOR) continue;
            String w = stripConj(r.text.token(k).text());
            return r.words.is(AREA, w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
        }
        return false;
    }

    /**
     * A place taken by this trigger (its own object) before "في X", X's own preposition and not a
     * list's: "سيطرت على بلدة جنديرس الاستراتيجية في منطقة عفرين". A trigger in between owns what follows it.
     */
    private static boolean namedObjectBefore(Reading r, int from, int to) {
        if (to == 0 || !r.words.is(LOCATIVE, r.text.token(to - 1).text())) return false;
        for (int k = from; k < to; k++) {
            if (r.label[k] == Label.TRIGGER) return false;
            if (r.label[k] != Label.PLACE && r.label[k] != Label.ANAPHOR) continue;
            String rel = r.places.get(r.itemAt[k]).relation;
            if (rel != null && !rel.equals("none") && !rel.equals("descriptor") && !r.words.is(LOCATIVE, rel)
                    && !r.words.isNearRelation(rel)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "بما في ذلك سجن تدمر", "فضلا عن محطة T3", "إضافة إلى": the item joins the list before it.
     * Returns where the phrase starts, or -1.
     */
    private static int inclusionBefore(Reading r, int np) {
        // raw words, as written: فضلا begins with ف, which is its own letter here, not a conjunction
        for (String[] phrase : r.words.inclusions()) {
            int from = np - phrase.length;
            if (from < 0) continue;
            boolean match = true;
            for (int j = 0; j < phrase.length && match; j++) match = r.text.token(from + j).text().equals(phrase[j]);
            if (match) return from;
        }
        return -1;
    }

    /** If token k ends a relative clause set off by a comma (، التي … ،), where that clause starts. */
    private static int relativeClauseStart(Reading r, int k, Sentence s) {
        if (k + 1 >= r.n || r.text.token(k + 1).sepBefore() != Sep.COMMA) return -1;
        for (int j = k; j > Math.max(s.firstToken(), k - 15); j--) {
            if (r.words.is(RELATIVE, stripConj(r.text.token(j).text())) && r.text.token(j).sepBefore() == Sep.COMMA) return j;
            if (r.text.token(j).sepBefore() == Sep.COMMA) return -1;
        }
        return -1;
    }

    /**
     * "سيطرت قوات سوريا الديمقراطية، فصائل كردية وعربية مدعومة أميركيا، على الرقة": a phrase in
     * commas right after an actor, naming no place and no trigger, says who the actor is; the
     * clause goes on around it.
     */
    private static boolean actorAside(Reading r, int k, Sentence s) {
        if (k == 0 || r.label[k - 1] != Label.ACTOR) return false;
        for (int j = k + 1; j < Math.min(s.endToken(), k + 10); j++) {
            Label l = r.label[j];
            if (l == Label.TRIGGER || l == Label.PLACE || l == Label.ANAPHOR || l == Label.MARKER) return false;
            if (r.text.token(j).sepBefore() == Sep.COMMA) return true;
        }
        return false;
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
                if (keepsList(r, stripConj(r.text.token(k).text()))) return "descriptor";
                continue;
            }
            Label l = r.label[k];
            if (l == Label.TRIGGER) return Lexicon.DIRECT;
            if (l == Label.MARKER) {
                Lexicon.Marker m = r.markers.get(r.itemAt[k]).marker();
                if (m == Lexicon.Marker.SPEECH || m == Lexicon.Marker.CONTRAST) return "none";
            }
            if (l == Label.PLACE || l == Label.ANAPHOR) {
                // A landmark inside the list ("العامرية (غرب تدمر) وجبل الطار") is passed over:
                // the list goes on from the item before it.
                PlaceItem q = r.places.get(r.itemAt[k]);
                // a place "near" another (بالقرب من آبار حقل شاعر، ومحيط حقل جزل) is a landmark of the list too
                if (q.relation != null && !q.relation.equals("none") && !q.relation.equals("descriptor")
                        && !r.words.isNearRelation(q.relation)) {
                    return q.relation;
                }
                k = q.npStart;
                continue;
            }
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(PREPOSITION, w)) {
                // inside a descriptor zone the list is a description too
                return zoneKind(r, k) == DIRECTION_ZONE ? "descriptor" : w;
            }
        }
        return "none";
    }

    /**
     * Inside "بحسب مراسلنا في حمص،": a place that tells where a source sits, within the
     * attribution marker's reach (markers.tsv), up to a comma, a trigger or على.
     */
    private static boolean inAttribution(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= s.firstToken(); k--) {
            Token t = r.text.token(k + 1);
            if (t.sepBefore() == Sep.COMMA) return false;
            if (r.label[k] == Label.TRIGGER) return false;
            if (r.words.is(ATTRIBUTION_END, stripConj(r.text.token(k).text()))) return false;
            if (r.label[k] == Label.MARKER) {
                MarkerHit m = r.markers.get(r.itemAt[k]);
                if (m.marker() == Lexicon.Marker.ATTRIBUTION && at - 1 - k <= m.reach().words()) return true;
            }
        }
        return false;
    }

    private static String beforeDefinitePart(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np - 1; k >= Math.max(s.firstToken(), np - 3); k--) {
            String w = stripConj(r.text.token(k).text());
            if (r.words.is(COUNTRYSIDE, w)) return "descriptor";
            if (r.words.is(DEFINITE_PART, w)) {
                if (k == s.firstToken()) return null;
                String prep = stripConj(r.text.token(k - 1).text());
                return r.words.is(PREPOSITION, prep) ? prep : null;
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
    private static int zoneKind(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 12); k--) {
            if (r.zoneStart[k]) {
                // "بين الطرفين في محيط صوامع تدمر": بين names the two sides, not two places
                if (r.words.is(BETWEEN, stripConj(r.text.token(k).text())) && k + 1 < r.n
                        && r.label[k + 1] != Label.PLACE && r.label[k + 1] != Label.CUE && r.label[k + 1] != Label.ANAPHOR) {
                    return NO_ZONE;
                }
                return keepsList(r, stripConj(r.text.token(k).text())) ? DIRECTION_ZONE : MODIFIER_ZONE;
            }
            Token t = r.text.token(k + 1);
            if (t.sepBefore() == Sep.COMMA || t.sepBefore() == Sep.STOP) return NO_ZONE;
            if (r.label[k] == Label.TRIGGER) return NO_ZONE;
            if (k + 1 < at && t.text().startsWith(Clitics.WA) && (r.label[k + 1] == Label.PLACE || r.label[k + 1] == Label.CUE)
                    && !keepsList(r, zoneWordBefore(r, k, s))) {
                return NO_ZONE;
            }
        }
        return NO_ZONE;
    }

    /**
     * A zone word whose zone goes on over a list with و: a direction ("باتجاه بلدة السخنة ودير
     * الزور": both are where they went) or an exception ("باستثناء بلدتي الفوعة وكفريا": both are
     * left out of the change).
     */
    private static boolean keepsList(Reading r, String zoneWord) {
        return r.words.is(DIRECTION, zoneWord) || r.words.is(EXCEPTION, zoneWord) || r.words.is(EXCEPTION, Words.withoutAttached(zoneWord, Clitics.BI));
    }

    private static String zoneWordBefore(Reading r, int k, Sentence s) {
        for (int j = k; j >= Math.max(s.firstToken(), k - 12); j--) {
            if (r.zoneStart[j]) return stripConj(r.text.token(j).text());
        }
        return "";
    }

    /** The nearest trigger before the place that takes its governing word, with no barrier between. */
    /** How far back a list after "هي:" may reach for its colon (a communiqué lists dozens of villages). */
    private static final int COPULA_LIST_REACH = 120;

    /**
     * "المدن والبلدات التي تمت استعادتها في الغوطة الشرقية هي: حزرما، النشابية، …": a place in a list
     * that follows a copula (هي, هم) and a colon is an object of the change the sentence names
     * before the copula. Returns that trigger (a capture or withdrawal), or null.
     */
    private static TriggerHit copulaList(Reading r, int np) {
        Sentence s = r.text.sentenceOf(np);
        for (int k = np; k > Math.max(s.firstToken(), np - COPULA_LIST_REACH); k--) {
            Label l = r.label[k];
            if (l == Label.TRIGGER || l == Label.ACTOR || l == Label.MARKER || l == Label.SOURCE) return null;
            if (r.text.token(k).sepBefore() != Sep.COLON) continue;
            if (!r.words.is(COPULA, stripConj(r.text.token(k - 1).text()))) return null;
            for (int j = k - 2; j >= Math.max(s.firstToken(), k - 16); j--) {
                if (r.label[j] != Label.TRIGGER) continue;
                TriggerHit t = r.triggers.get(r.itemAt[j]);
                return t.trigger().kind() == EventKind.CAPTURE || t.trigger().kind() == EventKind.WITHDRAWAL ? t : null;
            }
            return null;
        }
        return null;
    }

    static TriggerHit governingTrigger(Reading r, PlaceItem p) {
        if (p.listTrigger != null) return p.listTrigger;
        Sentence s = r.text.sentenceOf(p.npStart);
        int looked = 0;
        for (int k = p.npStart - 1; k >= Math.max(s.firstToken(), p.npStart - 35); k--) {
            if (barrierAt(r, k + 1, p.npStart)) return null;
            if (r.label[k] == Label.TRIGGER) {
                TriggerHit t = r.triggers.get(r.itemAt[k]);
                k = t.start();
                if (t.trigger().has(Lexicon.Role.UNDER)) continue;
                // "ليدخلها التنظيم … في جبهات حلب": a verb that carries its object pronoun has its
                // object; a place named after it only says where or why
                // (a one-word verb that takes a direct object, its subject right after it: استعادتها
                // مدينة تدمر is a masdar's, سيطرته سيطرة's, أحكمت سيطرتها a phrase)
                if (t.trigger().verb() && t.pronoun() != null && t.end() - t.start() == 1
                        && t.trigger().takes(Lexicon.DIRECT) && t.end() < p.npStart
                        && r.label[t.end()] == Label.ACTOR) return null;
                // "المناطق التي تسيطر عليها وحدات حماية الشعب … منبج وعين العرب": the same with the
                // object pronoun on its preposition (عليها, منها) before the subject
                if (t.trigger().verb() && t.end() + 1 < p.npStart && r.label[t.end()] == Label.ANAPHOR
                        && (r.words.is(OBJECT_PRONOUN, r.text.token(t.end()).text()) || r.words.is(DUAL_PRONOUN, r.text.token(t.end()).text()))
                        && r.label[t.end() + 1] == Label.ACTOR) return null;
                if (t.trigger().takes(p.relation)) {
                    // "سيطرت على مناطق في إدلب": في after the trigger's own object says where that object lies
                    if (r.words.is(LOCATIVE, p.relation) && locative(r, t, p)) return null;
                    return t;
                }
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
            // "طردت قوات سوريا الديمقراطية، التي يدعمها التحالف، تنظيم داعش من الرقة": a relative clause
            // in commas is an aside; both its commas leave the clause around it whole
            if (r.words.is(RELATIVE, stripConj(t.text())) && k > 0 && r.label[k - 1] == Label.ACTOR) return false;
            if (k > 0 && relativeClauseStart(r, k - 1, sk) >= 0) return false;
            if (actorAside(r, k, sk)) return false;
            int next = k;
            // "، و على تياس": a lone و is written apart; the word after it decides
            if ((t.text().equals(Clitics.WA) || t.text().equals(Clitics.FA)) && k + 1 < r.n) next = k + 1;
            t = r.text.token(next);
            l = r.label[next];
            String w = stripConj(t.text());
            if (r.words.opensInclusion(w) || r.words.opensInclusion(t.text())) return false;
            if (r.words.is(SUPPORT, w)) return false;
            // "بين قوات النظام من جهة، وعناصر التنظيم من جهة أخرى، في محاور …": the other side
            if (l == Label.ACTOR && t.text().startsWith(Clitics.WA)) return false;

            // "، في وقت تشن قوات النظام حملة قصف على مخيم اليرموك": a clause of its own
            if (next + 1 < r.n && r.words.is(LOCATIVE, w) && r.words.is(Words.WordSet.WHILE_NOUN, r.text.token(next + 1).text())) return true;
            if (r.words.is(PREPOSITION, w)) return false;
            if (r.words.is(LIST_AGAIN, w)) return false;
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
    private static String nearWord(Reading r, int d) {
        String w = stripConj(r.text.token(d).text());
        String near = r.words.value(NEAR, w);
        if (near != null) return near;
        // بالقرب من, على مقربة من: من right after a near-word is part of it
        return r.words.is(FROM, w) && d > 0 ? r.words.value(NEAR, stripConj(r.text.token(d - 1).text())) : null;
    }

    private static boolean supportWithin(Reading r, int k, int reach) {
        for (int j = k - 1; j >= Math.max(0, k - reach); j--) {
            String w = stripConj(r.text.token(j).text());
            if (r.words.is(SUPPORT, w)) return true;
            if (r.label[j] == Label.TRIGGER) return false;
        }
        return false;
    }
}
