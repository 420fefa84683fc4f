package org.saytara.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saytara.gazetteer.Geo;

/**
 * The article-level pass over an article's raw events.
 *
 * <p>Gainers the sentence does not name: a place that "fell" (سقطت تدمر) went to the side the
 * article shows taking places; a withdrawal went to the other side of the fight the article
 * describes, when it names just one, unless the same sentence names who holds the place ("ويسيطر
 * الأكراد على عفرين منذ انسحبت منها القوات الحكومية": the Kurds took it). Nothing is inferred where
 * the article does not make it plain.
 *
 * <p>Repeats: an article often states one change several times (سيطر على المدينة … سقوط تدمر …
 * انسحاب قوات النظام من المدينة). Statements about the same place with the same outcome within a
 * week of each other are one event, told by its most exact sentence. Fighting at a place the same
 * article reports taken within that week was the prelude to the capture, not a state of its own;
 * "X was stationed there" beside a capture of X only restates who held it before.
 */
final class ArticleInference {
    private static final int SAME_EVENT_DAYS = 7;
    private static final double FAR_KM = 150;

    private ArticleInference() {}

    static List<RawEvent> complete(List<RawEvent> raw, List<Lexicon.Actor> actingMentions, LocalDate published, Lexicon lex) {
        Map<Side, Integer> captures = new LinkedHashMap<>();
        for (RawEvent e : raw) {
            if (e.kind() == EventKind.CAPTURE && e.gainerSide() != null && !e.claimed()) captures.merge(e.gainerSide(), 1, Integer::sum);
        }
        Map<Side, Integer> mentions = new LinkedHashMap<>();
        for (Lexicon.Actor a : actingMentions) if (a.side() != null) mentions.merge(a.side(), 1, Integer::sum);

        List<RawEvent> filled = new ArrayList<>();
        for (RawEvent e : raw) {
            if (e.gainer() != null || e.kind() == EventKind.CONTESTED) {
                filled.add(e);
                continue;
            }
            Side loser = e.loser() == null ? null : e.loser().side();
            if (e.kind() == EventKind.WITHDRAWAL && loser == null) continue; // nobody named left: nothing to map
            // "ويسيطر الأكراد على عفرين منذ انسحبت منها القوات الحكومية": the holder the same sentence names
            Lexicon.Actor holder = e.kind() == EventKind.WITHDRAWAL ? holderInSentence(e, raw, loser) : null;
            if (holder != null) {
                filled.add(e.withGainer(holder, true, 0.15));
                continue;
            }
            // "أدار الأكراد عفرين منذ انسحاب القوات الحكومية منها في عام 2012": the sides fighting in the
            // article now say nothing about who took over from a withdrawal years before
            if (e.kind() == EventKind.WITHDRAWAL && longBefore(e, published)) {
                filled.add(e);
                continue;
            }
            Side g = top(captures, loser);
            // "خسر التنظيم معاقله في حلب والرقة … وتدمر": the side the article shows taking places
            // took this one only where it took others, not on every front the sentence lists
            if (g != null && !nearCaptureBy(g, e, raw)) g = null;
            // "ويعد هجوم داعش الأعنف منذ استعادة مدينتي البوكمال والميادين": a change in a time clause
            // is background, not the fight the article's actors are named in, unless the sentence names
            // who lost it ("بعد طرد المقاتلين الأكراد من عفرين … هدد أردوغان": the other side took it)
            else if (g == null && (!e.background() || loser != null)) g = top(mentions, loser);
            if (g == null) {
                if (e.kind() == EventKind.WITHDRAWAL) filled.add(e);
                continue; // a capture by nobody named is not a change we can map
            }
            filled.add(e.withGainer(lex.representative(g), true, 0.15));
        }
        return merge(datedElsewhere(filled, published), published);
    }

    /**
     * A change recalled in passing and not dated ("منذ سيطرة قسد عليها", "الفوضى التي أعقبت سقوط عفرين")
     * takes the date of the same change where the article dates it ("طرد التنظيم من المدينة في
     * أكتوبر الماضي"): without it the change would stand at the publication date, months after it
     * happened. The same change: the same place, and a telling with the same outcome, or one
     * that names no gainer and does not contradict it. Where the article dates several, the latest
     * before publication is the one a recall refers to.
     */
    private static List<RawEvent> datedElsewhere(List<RawEvent> events, LocalDate published) {
        List<RawEvent> out = new ArrayList<>(events.size());
        for (RawEvent e : events) {
            if (!isChange(e) || isDated(e) || !e.recalled()) {
                out.add(e);
                continue;
            }
            RawEvent best = null;
            for (RawEvent d : events) {
                if (d == e || !isChange(d) || !isDated(d) || !d.place().equals(e.place()) || !sameChange(e, d)) continue;
                // one dated within the week before publication is merged with it anyway (see near)
                if (published != null && (d.date().date().isAfter(published)
                        || !d.date().date().isBefore(published.minusDays(SAME_EVENT_DAYS)))) continue;
                if (best == null || d.date().date().isAfter(best.date().date())) best = d;
            }
            out.add(best == null ? e : e.withDate(best.date()));
        }
        return out;
    }

    private static boolean isChange(RawEvent e) {
        return e.kind() == EventKind.CAPTURE || e.kind() == EventKind.WITHDRAWAL;
    }

    private static boolean isDated(RawEvent e) {
        return e.date() != null && e.date().date() != null;
    }

    /** Whether two tellings can be one change: neither's gainer is the other's loser, and known outcomes agree. */
    private static boolean sameChange(RawEvent a, RawEvent b) {
        Side ga = a.gainerSide(), gb = b.gainerSide();
        Side la = a.loser() == null ? null : a.loser().side(), lb = b.loser() == null ? null : b.loser().side();
        if (ga != null && gb != null && !ga.equals(gb)) return false;
        if (ga == null && gb == null) return la != null && la.equals(lb);
        if (ga != null && ga.equals(lb) || gb != null && gb.equals(la)) return false;
        return la == null || lb == null || la.equals(lb);
    }

    /** Dated wholly more than a year before publication. */
    private static boolean longBefore(RawEvent e, LocalDate published) {
        return published != null && e.date() != null && e.date().max() != null && e.date().max().isBefore(published.minusYears(1));
    }

    /** The actor a presence in the same sentence gives the same place, of another side than the loser's; or null. */
    private static Lexicon.Actor holderInSentence(RawEvent e, List<RawEvent> raw, Side loser) {
        for (RawEvent p : raw) {
            if (p.kind() != EventKind.PRESENCE || p.sentence() != e.sentence() || !p.place().equals(e.place())) continue;
            if (p.gainer() != null && p.gainerSide() != null && !p.gainerSide().equals(loser)) return p.gainer();
        }
        return null;
    }

    /** Whether the article shows {@code side} taking a place within {@value #FAR_KM} km of this event's. */
    private static boolean nearCaptureBy(Side side, RawEvent e, List<RawEvent> raw) {
        if (e.place().isUnlocated()) return true;
        for (RawEvent c : raw) {
            if (c.kind() != EventKind.CAPTURE || c.claimed() || c.gainerSide() != side || c.place().isUnlocated()) continue;
            if (Geo.km(c.place().lat(), c.place().lon(), e.place().lat(), e.place().lon()) <= FAR_KM) return true;
        }
        return false;
    }

    /** The side named most, other than {@code not}; null on a tie or when there is none. */
    private static Side top(Map<Side, Integer> counts, Side not) {
        Side best = null;
        int bestN = 0;
        boolean tie = false;
        for (Map.Entry<Side, Integer> e : counts.entrySet()) {
            if (e.getKey().equals(not)) continue;
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
                tie = false;
            } else if (e.getValue() == bestN) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static List<RawEvent> merge(List<RawEvent> events, LocalDate published) {
        Map<String, List<RawEvent>> byPlace = new LinkedHashMap<>();
        for (RawEvent e : events) byPlace.computeIfAbsent(e.place().id(), k -> new ArrayList<>()).add(e);
        double[] focus = focus(events);
        List<RawEvent> out = new ArrayList<>();
        for (List<RawEvent> list : byPlace.values()) {
            List<RawEvent> decisive = new ArrayList<>();
            boolean changed = false;
            for (RawEvent e : list) {
                if (e.controllerAfter() != null) decisive.add(e);
                if (e.kind() == EventKind.CAPTURE || e.kind() == EventKind.WITHDRAWAL) changed = true;
            }
            List<RawEvent> kept = new ArrayList<>();
            for (RawEvent e : list) {
                // fighting up to a capture was its prelude; fighting after it is a fight of its own
                if (e.kind() == EventKind.CONTESTED && decisive.stream().anyMatch(d -> near(d, e, published)
                        && !after(e, d, published))) {
                    continue;
                }
                if (e.kind() == EventKind.PRESENCE && changed) continue;
                if ((e.kind() == EventKind.CONTESTED || e.kind() == EventKind.PRESENCE) && focus != null
                        && Geo.km(focus[0], focus[1], e.place().lat(), e.place().lon()) > FAR_KM) {
                    continue; // a fight named in passing far from what the article is about
                }
                kept.add(e);
            }
            // A capture confirmed anywhere in the article is confirmed; its best-dated telling still counts.
            List<RawEvent> confirmed = new ArrayList<>();
            for (RawEvent e : kept) {
                if (e.claimed() && kept.stream().anyMatch(o -> !o.claimed() && Objects.equals(o.controllerAfter(), e.controllerAfter())
                        && o.kind() != EventKind.CONTESTED && near(o, e, published))) {
                    confirmed.add(e.confirmed());
                    continue;
                }
                confirmed.add(e);
            }
            List<List<RawEvent>> clusters = new ArrayList<>();
            for (RawEvent e : confirmed) {
                List<RawEvent> home = null;
                for (List<RawEvent> c : clusters) {
                    if (c.get(0).outcomeKey().equals(e.outcomeKey()) && c.stream().anyMatch(o -> near(o, e, published))) {
                        home = c;
                        break;
                    }
                }
                if (home == null) clusters.add(home = new ArrayList<>());
                home.add(e);
            }
            for (List<RawEvent> c : clusters) {
                RawEvent best = c.stream().max(Comparator.comparingInt(ArticleInference::kindRank)
                        .thenComparingInt(ArticleInference::dateRank)
                        .thenComparingDouble(RawEvent::confidence)
                        .thenComparing(e -> -e.triggerToken())).orElseThrow();
                double conf = Math.min(0.97, best.confidence() + 0.03 * (c.size() - 1));
                out.add(best.withConfidence(conf));
            }
        }
        out.sort(Comparator.comparingInt(RawEvent::triggerToken).thenComparingInt(RawEvent::placeStart));
        return out;
    }

    private static double[] focus(List<RawEvent> events) {
        double lat = 0, lon = 0;
        int n = 0;
        for (RawEvent e : events) {
            // an unlocated place has no position to count (NaN would spoil the mean)
            if ((e.kind() == EventKind.CAPTURE || e.kind() == EventKind.WITHDRAWAL) && !e.place().isUnlocated()) {
                lat += e.place().lat();
                lon += e.place().lon();
                n++;
            }
        }
        return n == 0 ? null : new double[] {lat / n, lon / n};
    }

    /**
     * Within a week of each other. An undated statement happened by the publication date, so it
     * stands at that date; in an article with no publication date it goes only with other undated
     * ones.
     */
    private static boolean near(RawEvent a, RawEvent b, LocalDate published) {
        LocalDate da = dayOf(a, published), db = dayOf(b, published);
        if (da == null || db == null) return da == null && db == null;
        if (Math.abs(da.toEpochDay() - db.toEpochDay()) <= SAME_EVENT_DAYS) return true;
        if (a.date() == null || b.date() == null || a.date().date() == null || b.date().date() == null) return false;
        return !a.date().max().isBefore(b.date().min()) && !b.date().max().isBefore(a.date().min());
    }

    /** Whether {@code a} is dated strictly after {@code b}; undated pairs are not. */
    private static boolean after(RawEvent a, RawEvent b, LocalDate published) {
        LocalDate da = dayOf(a, published), db = dayOf(b, published);
        return da != null && db != null && da.isAfter(db);
    }

    private static LocalDate dayOf(RawEvent e, LocalDate published) {
        return e.date() != null && e.date().date() != null ? e.date().date() : published;
    }

    private static int kindRank(RawEvent e) {
        return switch (e.kind()) {
            case CAPTURE -> 4;
            case WITHDRAWAL -> 3;
            case PRESENCE -> 2;
            case CONTESTED -> 1;
        };
    }

    private static int dateRank(RawEvent e) {
        if (e.date() == null) return 0;
        return switch (e.date().precision()) {
            case DAY -> 5;
            case WEEK -> 4;
            case MONTH -> 3;
            case YEAR -> 2;
            case REPORTED -> 1;
        };
    }
}
