package org.saytara.extract;

import static org.saytara.extract.Words.WordSet.FROM;
import static org.saytara.extract.Words.WordSet.LOOSE_PREPOSITION;
import static org.saytara.extract.Words.WordSet.RELATIVE;
import static org.saytara.extract.Words.WordSet.WHERE;
import static org.saytara.extract.Words.stripConj;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.saytara.corpus.Article;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceFinder;
import org.saytara.gazetteer.PlaceType;
import org.saytara.text.AnalyzedText;
import org.saytara.text.Clitics;
import org.saytara.text.Sentence;
import org.saytara.text.Sep;
import org.saytara.text.Token;

/**
 * Reads one article into raw events. The rules, in the order they apply:
 * <ol>
 *   <li>Every token is labelled: place (gazetteer), actor, trigger, marker, source, cue.</li>
 *   <li>Each place gets the word that governs it: a preposition (على, من, في, ب, ل …), a trigger
 *       it directly follows ("direct"), or, after و, whatever governs the item before it in the
 *       list. A place right after غرب, ريف, قرب … or inside "المشرف على …", "تبعد … عن" only
 *       locates something else and is never an object.</li>
 *   <li>A place attaches to the nearest trigger before it in the sentence that takes its
 *       governing word (سيطر takes على, انسحب takes من, يتمركز takes في), unless a speech verb, a
 *       contrast (في حين, بينما), or a comma that does not continue a list stands between.</li>
 *   <li>"المدينة", "البلدة" … mean the current town of the article (the last one named as such,
 *       else the one it names most); "سجنها", "مطارها" are that town's prison and airport;
 *       a pronoun on a trigger (ليدخلها, سقوطها) or after it (عليها) is the last place named.</li>
 *   <li>The gainer is the actor right after the verb or masdar (سيطر التنظيم على, سيطرة التنظيم على),
 *       else the last actor before it in the sentence, else the one of the previous trigger.</li>
 *   <li>Negation, denial, rumour and intention before a trigger cancel it; an attempt makes it a
 *       fight (contested) at most.</li>
 * </ol>
 * {@link Labeller} applies rule 1, {@link Governance} rules 2 and 3, {@link Anaphora} rule 4,
 * {@link Roles} rule 5 and {@link Modality} rule 6; {@link EventDates} dates each event and
 * {@link Voices} says who reports it. This class runs them in that order and ties each trigger
 * to its places, actors and date ({@code attach}).
 *
 * <p>The words each rule looks for are data (docs/lexicons.md); each rule's cases are rows of
 * {@code src/test/resources/org/saytara/extract/rules/}, one file per family (places, governance,
 * anaphora, actors, roles, modality, dates, voices, inference), run by {@code RuleCasesTest}. A
 * changed rule changes its rows first.
 */
final class ArticleReader {
    private final Lexicon lex;
    private final Labeller labeller;
    private final Anaphora anaphora;
    private final Voices voiceFinder;

    ArticleReader(Lexicon lex, PlaceFinder finder, Gazetteer gazetteer) {
        this.lex = lex;
        this.labeller = new Labeller(lex, finder);
        this.anaphora = new Anaphora(gazetteer);
        this.voiceFinder = new Voices(lex);
    }

    /** An article's analysed text and the events read from it, merged. */
    record Result(AnalyzedText text, List<RawEvent> events) {}

    Result read(Article article) {
        Reading r = new Reading(article, voiceFinder.voiceOf(article.outlet()), lex);
        if (r.n == 0) return new Result(r.text, List.of());
        understand(r);
        List<RawEvent> raw = attach(r);
        List<Lexicon.Actor> acting = new ArrayList<>(r.actors.size());
        for (ActorHit a : r.actors) if (!a.affiliated()) acting.add(a.actor());
        return new Result(r.text, ArticleInference.complete(raw, acting, article.published(), lex));
    }

    /**
     * "بعد استعادتها الجزء الأكبر من محافظتي درعا والقنيطرة": an area or a part named right after the
     * word is its object, so the pronoun on it is who acted (her recapture of), not a place.
     */
    private static boolean areaObjectAfter(Reading r, TriggerHit t) {
        if (t.end() >= r.n || !r.text.token(t.end()).sepBefore().insidePhrase()) return false;
        String next = stripConj(r.text.token(t.end()).text());
        return r.words.is(Words.WordSet.AREA, next) || r.words.is(Words.WordSet.PARTIAL, next);
    }

    /** Each sentence with its tokens labelled, for people tuning the lexicons. */
    String explain(Article article) {
        Reading r = new Reading(article, voiceFinder.voiceOf(article.outlet()), lex);
        if (r.n == 0) return "";
        understand(r);
        StringBuilder b = new StringBuilder();
        for (Sentence s : r.text.sentences()) {
            b.append("#").append(s.index()).append(' ');
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = r.text.token(i);
                if (t.sepBefore() == Sep.COMMA) b.append(", ");
                b.append(t.text());
                switch (r.label[i]) {
                    case PLACE, ANAPHOR -> {
                        PlaceItem p = r.places.get(r.itemAt[i]);
                        if (i == p.start) b.append("[P:").append(p.place == null ? "?" : p.place.id()).append('/').append(p.relation).append(']');
                    }
                    case ACTOR -> {
                        ActorHit a = r.actors.get(r.itemAt[i]);
                        if (i == a.start()) {
                            b.append("[A:").append(a.actor().id()).append('/')
                                    .append(a.actor().side() == null ? "?" : a.actor().side().code())
                                    .append(a.affiliated() ? "~" : "").append(']');
                        }
                    }
                    case TRIGGER -> b.append("[T:").append(r.triggers.get(r.itemAt[i]).trigger().kind().code()).append(']');
                    case MARKER -> b.append("[M:").append(r.markers.get(r.itemAt[i]).marker().name().toLowerCase()).append(']');
                    case SOURCE -> b.append("[S:").append(r.sources.get(r.itemAt[i]).voice()).append(']');
                    case CUE -> b.append(r.descriptorTok[i] ? "[D]" : "[C]");
                    default -> { }
                }
                b.append(' ');
            }
            for (DateMention d : r.dates.get(s.index())) b.append(" {date ").append(d.min()).append("..").append(d.max()).append('}');
            b.append('\n');
        }
        return b.toString();
    }

    /** What attaching needs: labels (rule 1), dates, what governs each place (rule 2), what each pointing word stands for (rule 4). */
    private void understand(Reading r) {
        labeller.label(r);
        Allegiance.resolve(r, lex);
        EventDates.find(r);
        for (PlaceItem p : r.places) p.relation = Governance.relation(r, p);
        anaphora.resolve(r);
    }

    // ---- rule 3 onwards: triggers, places, actors -> raw events ----------------------------

    private List<RawEvent> attach(Reading r) {
        Map<TriggerHit, List<PlaceItem>> objects = new HashMap<>();
        for (PlaceItem p : r.places) {
            if (p.plural && p.relation != null) {
                TriggerHit t = Governance.governingTrigger(r, p);
                if (t != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
                continue;
            }
            if (p.place == null || p.relation == null) continue;
            if (p.relation.equals("descriptor") || p.relation.equals("none")) continue;
            TriggerHit t = Governance.governingTrigger(r, p);
            if (t != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
        }
        for (TriggerHit t : r.triggers) {
            if (objects.containsKey(t) || t.trigger().kind() != EventKind.CONTESTED || t.start() < 2) continue;
            if (!whereClause(r, t)) continue;
            PlaceItem before = lastPlaceBefore(r, t.start());
            if (before != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(before);
        }
        // Places that come before their trigger: "سقطت تدمر" can be "تدمر سقطت"; "X تحت سيطرة Y".
        for (TriggerHit t : r.triggers) {
            if (objects.containsKey(t)) continue;
            if (t.trigger().has(Lexicon.Role.FALL) || t.trigger().has(Lexicon.Role.UNDER)) {
                // "المدينة عادت لتسقط": a helper verb may stand between a falling place and the fall
                PlaceItem before = placeJustBefore(r, t.start(), t.trigger().has(Lexicon.Role.UNDER) ? 4 : fallReach(r, t));
                if (before == null && t.trigger().has(Lexicon.Role.FALL)) before = relativeFall(r, t);
                // "انضمت 13 بلدة في درعا إلى المصالحات": a place behind a preposition only locates
                // what returned to the state
                if (before != null && t.trigger().has(Lexicon.Role.STATE)
                        && (r.words.is(LOOSE_PREPOSITION, before.relation) || Clitics.BI.equals(before.relation))) before = null;
                if (before != null && t.trigger().has(Lexicon.Role.STATE) && before.named) {
                    // "عادت بلدات داعل والغارية الشرقية وإبطع إلى كنف الدولة": the state takes back
                    // every town of the list that ends before it, not only the last
                    List<PlaceItem> list = Anaphora.listBefore(r, before.end);
                    list.removeIf(p -> p.place == null || p.plural);
                    if (list.contains(before)) {
                        objects.computeIfAbsent(t, k -> new ArrayList<>()).addAll(list);
                        continue;
                    }
                }
                if (before != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(before);
            }
            // "منذ طردها من شرقي حلب": on a word of expelling the pronoun is who was driven out; the
            // place comes after من
            if (t.pronoun() != null && (t.trigger().verb() || t.trigger().has(Lexicon.Role.FALL))
                    && !t.trigger().has(Lexicon.Role.EXPEL) && !areaObjectAfter(r, t)) {
                PlaceItem ana = Anaphora.pronounPlace(r, t);
                if (ana != null) objects.computeIfAbsent(t, k -> new ArrayList<>()).add(ana);
            }
        }
        // "حقلي المهر وجحار، اللذين سيطر عليهما التنظيم": a dual pronoun stands for the whole list
        for (List<PlaceItem> objs : objects.values()) {
            List<PlaceItem> extra = new ArrayList<>();
            for (PlaceItem p : objs) if (p.plural) extra.addAll(Anaphora.listBefore(r, p.start));
            objs.removeIf(p -> p.plural);
            objs.addAll(extra);
        }
        List<RawEvent> out = new ArrayList<>();
        Lexicon.Actor lastAgent = null;
        int lastAgentSentence = -10;
        for (TriggerHit t : r.triggers) {
            Sentence s = r.text.sentenceOf(t.start());
            if (Labeller.isFurniture(r, s)) continue;
            Lexicon.Actor agent = Roles.agent(r, t, s);
            boolean inTimeClause = Roles.inTemporalClause(r, t, s), inRelative = Roles.insideRelativeClause(r, t, s);
            // "أعلنت وسائل إعلام النظام استعادة مهين": the announcing side before any carried-over actor
            if (agent == null && t.trigger().kind() == EventKind.CAPTURE) agent = Roles.speakerSide(r, t, s, lex);
            // "وبعد أن اجتاحت مدينة عفرين …، هددت تركيا": a verb of a time clause that opens the
            // sentence has the main clause's subject
            if (agent == null && inTimeClause && t.trigger().verb() && t.pronoun() == null) agent = Roles.mainClauseSubject(r, t, s);
            // "ويعد هجوم داعش الأعنف منذ استعادة مدينة البوكمال": a masdar in a time clause is a background
            // event; an actor its own sentence named for another word (here the attack's, skipped by
            // agentBefore) is not its agent. One carried from the sentence before still is.
            if (agent == null && s.index() - lastAgentSentence <= 1 && !inRelative && !Roles.unnamedFightersAfter(r, t, s)
                    && (t.trigger().verb() || lastAgentSentence != s.index() || !inTimeClause)) {
                agent = lastAgent;
            }
            // "بعد أسابيع على سيطرة التنظيم عليها" is background: its actor does not carry on
            if (agent != null && !t.trigger().has(Lexicon.Role.EXPEL) && !inTimeClause) {
                lastAgent = agent;
                lastAgentSentence = s.index();
            }
            List<PlaceItem> objs = objects.get(t);
            if (objs == null) continue;
            Modality mod = Modality.of(r, t, s);
            if (mod == Modality.DROP) continue;
            EventKind kind = mod == Modality.FIGHT ? EventKind.CONTESTED : t.trigger().kind();
            if (kind == EventKind.CAPTURE && Modality.isStateVerb(r, t)) kind = EventKind.PRESENCE;
            if (kind == EventKind.CONTESTED && Modality.nearAir(r, t, s)) continue;
            // fighting is a passing state: one named with no date and no ongoing verb is background
            if (t.trigger().kind() == EventKind.CONTESTED && !Modality.current(r, t, s)) continue;
            Lexicon.Actor gainer = null, loser = null;
            switch (t.trigger().kind()) {
                case CAPTURE -> {
                    if (t.trigger().has(Lexicon.Role.STATE)) {
                        // عادت إلى كنف الدولة: the side the profile makes the state, if any
                        Side state = lex.profile.sides().state().orElse(null);
                        if (state == null) continue;
                        gainer = lex.representative(state);
                    } else if (t.trigger().has(Lexicon.Role.HANDOVER)) {
                        gainer = Roles.actorWithPrefix(r, t.end(), s.endToken(), Clitics.LI);
                        loser = agent;
                    } else if (t.trigger().has(Lexicon.Role.EXPEL)) {
                        // طرده النظام منها: the pronoun is the one expelled, the actor after is who did it;
                        // طرد النظام التنظيم / النظام طرد التنظيم; the masdar طرد التنظيم names the expelled.
                        ActorHit first = Roles.actorAfter(r, t, s, 3);
                        ActorHit second = first == null ? null : Roles.actorAfterActor(r, first, s);
                        Lexicon.Actor before = Roles.agentBefore(r, t, s);
                        if (!t.trigger().verb() || Roles.nounContext(r, t.start())) {
                            // "ويحاول التنظيم العودة منذ طرده من مهين": his expulsion, his being the subject's
                            Lexicon.Actor them = t.pronoun() != null ? Roles.pronounActor(r, t, s) : null;
                            loser = first != null ? first.actor()
                                    : t.pronoun() != null ? (them != null ? them : lastAgent) : null;
                            // "لعب حزب الله دورا في المعارك ضد مسلحي المعارضة وطردهم منها": the one acting
                            // before the expelled is who drove them out
                            if (first == null && them != null && before != null && !sameSide(before, them)) gainer = before;
                            // "أورد التلفزيون السوري اكتمال عملية إخراج المسلحين من حرستا": who drove them out
                            // is the side whose media announce it, when the sentence names no one else
                            if (gainer == null) gainer = Roles.speakerSide(r, t, s, lex);
                        } else if (t.pronoun() != null) {
                            gainer = first != null ? first.actor() : before;
                            loser = lastAgent != null && (gainer == null || !sameSide(lastAgent, gainer)) ? lastAgent : null;
                        } else if (second != null) {
                            gainer = first.actor();
                            loser = second.actor();
                        } else if (first != null && before == null) {
                            // "طردت قوات سوريا الديموقراطية، التي …، الجهاديين من الرقة": the verb first, so
                            // the actor right after it is the subject; the one expelled comes later
                            gainer = first.actor();
                            Lexicon.Actor later = Roles.nextActor(r, first.end(), s);
                            loser = later != null && !sameSide(later, gainer) ? later : null;
                        } else if (first != null) {
                            gainer = before;
                            loser = first.actor();
                        }
                    } else if (t.trigger().has(Lexicon.Role.FALL)) {
                        gainer = Roles.gainerMarked(r, t, s);
                    } else {
                        gainer = agent;
                        if (gainer == null) gainer = Roles.speakerSide(r, t, s, lex);
                        // دخلت قافلة المساعدات: entering counts only for an armed actor
                        if (gainer == null && t.trigger().has(Lexicon.Role.ACTOR)) continue;
                        if (t.trigger().has(Lexicon.Role.RETAKE)) loser = Roles.actorAfterWord(r, lastObjectEnd(objs, t), s, FROM);
                    }
                }
                case WITHDRAWAL -> {
                    loser = agent;
                    gainer = Roles.gainerMarked(r, t, s);
                    // "إخلاء بلدات عربين وزملكا من مقاتلي فيلق الرحمن": emptied of them, so they are the
                    // ones who left; one who emptied it (أخلى الجيش البلدة من المسلحين) is the gainer
                    Lexicon.Actor emptiedOf = t.trigger().takes(Lexicon.DIRECT) && !objs.isEmpty()
                            ? Roles.actorAfterFrom(r, lastObjectEnd(objs, t), s) : null;
                    if (emptiedOf != null && (agent == null || !sameSide(agent, emptiedOf))) {
                        if (gainer == null && agent != null && agent.side() != null) gainer = agent;
                        loser = emptiedOf;
                    }
                    if (loser == null && t.trigger().has(Lexicon.Role.ACTOR)) continue;
                }
                case PRESENCE -> {
                    if (t.trigger().has(Lexicon.Role.UNDER)) {
                        ActorHit after = Roles.actorAfter(r, t, s, 2);
                        gainer = after == null ? null : after.actor();
                    } else {
                        gainer = agent;
                    }
                }
                case CONTESTED -> gainer = null;
            }
            // "استعادة مدينة الرقة، التي كانت معقلا لتنظيم داعش": the one the place was held by lost it
            if (kind == EventKind.CAPTURE && loser == null) {
                Lexicon.Actor held = Roles.formerHolder(r, lastObjectEnd(objs, t), s);
                if (held != null && (gainer == null || !sameSide(held, gainer))) loser = held;
            }
            if (gainer != null && loser != null && sameSide(gainer, loser)) loser = null;
            if (kind == EventKind.CONTESTED) gainer = null;
            DateMention date = EventDates.dateFor(r, t, s);
            // "منذ سيطرة قسد عليها", "التي حررتها": told in passing, of a change the news is not about
            boolean recalled = inTimeClause || inRelative;
            // in a time clause, with no pronoun pointing at who acted (وبعد سيطرتها has one)
            boolean background = inTimeClause && t.pronoun() == null;
            Set<Place> far = Set.of();
            if (kind == EventKind.CAPTURE || kind == EventKind.WITHDRAWAL) {
                List<Place> located = new ArrayList<>();
                for (PlaceItem p : objs) {
                    if (p.named && !p.place.isUnlocated() && !p.place.locatesOnly() && !located.contains(p.place)) located.add(p.place);
                }
                // "استعادت قوات الأسد السيطرة على مدن مهمة مثل حلب وحمص ودرعا": a recap of the war
                if (date == null && TriggerObjects.recap(located)) continue;
                far = TriggerObjects.outliers(located);
            }
            for (PlaceItem p : objs) {
                if (kind == EventKind.PRESENCE && !p.named) continue;
                // a governorate, district, sub-district or a wide area (الغوطة الشرقية) only locates: it
                // never changes hands as a town does
                if (p.place.locatesOnly()) continue;
                if (t.trigger().has(Lexicon.Role.ROAD) && p.place.type() != PlaceType.ROAD) continue;
                List<RawEvent.Voice> voices = voiceFinder.voices(r, t, p, s);
                if (kind == EventKind.CAPTURE && p.place.type().isSettlement() && partial(r, t, p)) {
                    // "سيطر على أجزاء من مدينة حرستا": part of the town taken, the rest still held (a
                    // mountain or a field is held in parts: أجزاء واسعة من جبل الهيال is taken)
                    out.add(new RawEvent(EventKind.CONTESTED, p.place, p.start, p.end, t.start(), s.index(), null, null,
                            false, voices, date, confidence(r, EventKind.CONTESTED, p, agent), !p.named, recalled, background));
                    continue;
                }
                double conf = confidence(r, kind, p, agent);
                // "حزرما، النشابية، … أرض الزاوية": a name put far from the rest of its list is a gap
                Place place = far.contains(p.place) ? TriggerObjects.unlocated(p, r.text) : p.place;
                out.add(new RawEvent(kind, place, p.start, p.end, t.start(), s.index(), gainer, loser, false,
                        voices, date, conf, !p.named, recalled, background));
            }
        }
        return out;
    }

    /**
     * A word of part (أجزاء, أطراف) within four words before the place name, after its trigger; or,
     * later in the sentence, a part word with a pronoun for the place ("تمكن من دخول المدينة …
     * والسيطرة على أجزاء منها": it entered and took parts of it).
     */
    private static boolean partial(Reading r, TriggerHit t, PlaceItem p) {
        for (int k = Math.max(t.end(), p.start - 4); k < p.start; k++) {
            if (r.words.is(Words.WordSet.PARTIAL, Words.stripConj(r.text.token(k).text()))) return true;
        }
        Sentence s = r.text.sentenceOf(p.start);
        for (int k = p.end; k + 1 < s.endToken(); k++) {
            if (r.words.is(Words.WordSet.PARTIAL, Words.stripConj(r.text.token(k).text()))
                    && r.words.is(Words.WordSet.PART_OF_IT, r.text.token(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Both on one known side: one cannot take a place from its own side. */
    private static boolean sameSide(Lexicon.Actor a, Lexicon.Actor b) {
        return a.side() != null && a.side().equals(b.side());
    }

    private static int lastObjectEnd(List<PlaceItem> objs, TriggerHit t) {
        int end = t.end();
        for (PlaceItem p : objs) end = Math.max(end, p.end);
        return end;
    }

    /** "… نحو حقل جزل، حيث تدور اشتباكات": حيث within three words before the trigger. */
    private static boolean whereClause(Reading r, TriggerHit t) {
        Sentence s = r.text.sentenceOf(t.start());
        for (int k = t.start() - 1; k >= Math.max(s.firstToken(), t.start() - 3); k--) {
            if (r.words.is(WHERE, stripConj(r.text.token(k).text()))) return true;
        }
        return false;
    }

    private PlaceItem lastPlaceBefore(Reading r, int at) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= s.firstToken(); k--) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.ANAPHOR) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                return p.place == null ? null : p;
            }
        }
        return null;
    }

    /** "مدينة القريتين، التي سقطت في آب 2015": the place the relative pronoun before the fall hangs on. */
    private static PlaceItem relativeFall(Reading r, TriggerHit t) {
        if (t.start() < 2 || !r.words.is(RELATIVE, stripConj(r.text.token(t.start() - 1).text()))) return null;
        Place antecedent = Anaphora.antecedentOf(r, t.start());
        if (antecedent == null) return null;
        return PlaceItem.onTrigger(t, antecedent);
    }

    private static int fallReach(Reading r, TriggerHit t) {
        int k = t.start() - 1;
        while (k >= 0 && k >= t.start() - 3 && (r.label[k] == Label.TRIGGER || r.label[k] == Label.MARKER)) k--;
        return t.start() - k;
    }

    private PlaceItem placeJustBefore(Reading r, int at, int reach) {
        Sentence s = r.text.sentenceOf(at);
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - reach); k--) {
            if (r.label[k] == Label.PLACE || r.label[k] == Label.ANAPHOR) {
                PlaceItem p = r.places.get(r.itemAt[k]);
                return p.place == null || "descriptor".equals(p.relation) ? null : p;
            }
        }
        return null;
    }

    private static double confidence(Reading r, EventKind kind, PlaceItem p, Lexicon.Actor agent) {
        double c = switch (kind) {
            case CAPTURE -> 0.85;
            case WITHDRAWAL -> 0.75;
            case CONTESTED -> 0.65;
            case PRESENCE -> 0.6;
        };
        if (kind != EventKind.CONTESTED && agent != null) c += 0.05;
        if (!p.named) c -= 0.1;
        if (p.relation != null && r.words.is(LOOSE_PREPOSITION, p.relation)) c -= 0.05;
        if (p.place.commonWord()) c -= 0.05;
        return c;
    }
}
