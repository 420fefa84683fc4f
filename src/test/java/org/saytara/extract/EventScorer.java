package org.saytara.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line-for-line Java port of {@code tools/score-events.py}, so the accuracy tests score events
 * exactly as the project's scorer does without leaving the JVM. Keep the two in step.
 */
final class EventScorer {
    private static final Set<String> GOV = Set.of("regime", "government", "russia", "iran", "militias", "loyalists");
    private static final Pattern DIACRITICS = Pattern.compile("[\u064B-\u0652\u0670\u0640]");
    private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");
    private static final Pattern LEADING = Pattern.compile("^(و|ف|ب|ل)?(ال)");
    private static final Pattern ARABIC = Pattern.compile("[\u0600-\u06FF]");
    private static final Pattern EN_ARTICLES = Pattern.compile("\\b(al|el|as|ash|ad|at|ar)\\b|\\s+");

    record Score(int gold, int predicted, int matched, double precision, double recall, double dateOk,
                 double geoMaxKm, List<String> misses, List<String> falsePositives) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "gold=%d predicted=%d matched=%d precision=%.2f recall=%.2f date_ok=%.2f geo_max_km=%.1f%s%s",
                    gold, predicted, matched, precision, recall, dateOk, geoMaxKm,
                    misses.isEmpty() ? "" : "\nmisses: " + misses, falsePositives.isEmpty() ? "" : "\nfalse positives: " + falsePositives);
        }
    }

    private EventScorer() {}

    static String arNorm(String s) {
        s = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        s = DIACRITICS.matcher(s).replaceAll("");
        s = ALEFS.matcher(s).replaceAll("ا").replace("ة", "ه").replace("ى", "ي");
        s = LEADING.matcher(s.strip()).replaceFirst("");
        return s.replaceAll("\\s+", " ");
    }

    static String enNorm(String s) {
        s = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == ' ').forEach(b::appendCodePoint);
        return EN_ARTICLES.matcher(b.toString()).replaceAll("");
    }

    private static Set<String> names(JsonNode p) {
        Set<String> out = new HashSet<>(List.of(arNorm(text(p, "name_ar")), enNorm(text(p, "name_en"))));
        out.remove("");
        return out;
    }

    private static Set<String> aliasSet(JsonNode g) {
        Set<String> out = new HashSet<>();
        out.add(enNorm(g.get("place").asText()));
        for (JsonNode a : g.get("aliases")) {
            String s = a.asText();
            out.add(ARABIC.matcher(s).find() ? arNorm(s) : enNorm(s));
        }
        out.remove("");
        return out;
    }

    static double km(double la1, double lo1, double la2, double lo2) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((la2 - la1) * p / 2), 2)
                + Math.cos(la1 * p) * Math.cos(la2 * p) * Math.pow(Math.sin((lo2 - lo1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(h));
    }

    static String outcome(JsonNode e) {
        String kind = text(e, "kind").toLowerCase(Locale.ROOT);
        String side = text(e, "controller_after").toLowerCase(Locale.ROOT);
        if (side.isEmpty()) side = null;
        if (side != null && GOV.contains(side)) side = "government";
        if (kind.equals("contested")) return "contested";
        if (side == null) {
            String g = text(e, "actor_gaining").toLowerCase(Locale.ROOT);
            side = GOV.contains(g) ? "government" : (g.isEmpty() ? null : g);
        }
        if (side != null && e.path("claimed").asBoolean(false)) return side + "-claimed";
        return side == null ? "unknown" : side;
    }

    private static boolean inWindow(JsonNode e, JsonNode g) {
        LocalDate lo = LocalDate.parse(g.get("date_min").asText().substring(0, 10)).minusDays(1);
        LocalDate hi = LocalDate.parse(g.get("date_max").asText().substring(0, 10)).plusDays(1);
        String d = text(e, "date");
        if (d.isEmpty()) return false;
        try {
            LocalDate x = LocalDate.parse(d.substring(0, 10));
            return !x.isBefore(lo) && !x.isAfter(hi);
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static Score score(JsonNode goldRoot, JsonNode predicted) {
        JsonNode goldNode = goldRoot.get("events");
        List<JsonNode> gold = new ArrayList<>();
        goldNode.forEach(gold::add);
        JsonNode predArray = predicted.isArray() ? predicted : predicted.get("events");
        Set<List<String>> seen = new LinkedHashSet<>();
        List<JsonNode> preds = new ArrayList<>();
        for (JsonNode e : predArray) {
            JsonNode p = e.path("place");
            String name = enNorm(text(p, "name_en"));
            if (name.isEmpty()) name = arNorm(text(p, "name_ar"));
            List<String> key = List.of(text(e, "article"), name, outcome(e), text(e, "date"));
            if (seen.add(key)) preds.add(e);
        }
        record Pair(boolean unnamed, boolean outOfWindow, double d, int i, int j) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            JsonNode e = preds.get(i);
            JsonNode p = e.path("place");
            for (int j = 0; j < gold.size(); j++) {
                JsonNode g = gold.get(j);
                if (!g.get("article").asText().equals(text(e, "article"))) continue;
                boolean accepts = false;
                for (JsonNode o : g.get("outcome")) if (o.asText().equals(outcome(e))) accepts = true;
                if (!accepts) continue;
                Set<String> ns = names(p);
                ns.retainAll(aliasSet(g));
                boolean named = !ns.isEmpty();
                double d;
                try {
                    d = km(Double.parseDouble(text(p, "lat")), Double.parseDouble(text(p, "lon")),
                            g.get("lat").asDouble(), g.get("lon").asDouble());
                } catch (NumberFormatException ex) {
                    d = Double.POSITIVE_INFINITY;
                }
                if (named || d <= g.get("tol_km").asDouble()) pairs.add(new Pair(!named, !inWindow(e, g), d, i, j));
            }
        }
        pairs.sort((a, b) -> {
            int c = Boolean.compare(a.unnamed, b.unnamed);
            if (c == 0) c = Boolean.compare(a.outOfWindow, b.outOfWindow);
            if (c == 0) c = Double.compare(a.d, b.d);
            if (c == 0) c = Integer.compare(a.i, b.i);
            if (c == 0) c = Integer.compare(a.j, b.j);
            return c;
        });
        Set<Integer> usedP = new HashSet<>(), usedG = new HashSet<>();
        List<Pair> matches = new ArrayList<>();
        for (Pair pr : pairs) {
            if (!usedP.contains(pr.i) && !usedG.contains(pr.j)) {
                usedP.add(pr.i);
                usedG.add(pr.j);
                matches.add(pr);
            }
        }
        List<Integer> required = new ArrayList<>();
        for (int j = 0; j < gold.size(); j++) if (!gold.get(j).path("optional").asBoolean(false)) required.add(j);
        long hit = required.stream().filter(usedG::contains).count();
        double recall = required.isEmpty() ? 1.0 : (double) hit / required.size();
        double precision = preds.isEmpty() ? 0.0 : (double) usedP.size() / preds.size();
        int dateOk = 0;
        double geoMax = Double.NaN;
        for (Pair m : matches) {
            JsonNode g = gold.get(m.j);
            if (inWindow(preds.get(m.i), g)) dateOk++;
            if (g.get("tol_km").asDouble() <= 4 && m.d != Double.POSITIVE_INFINITY) {
                geoMax = Double.isNaN(geoMax) ? m.d : Math.max(geoMax, m.d);
            }
        }
        List<String> misses = new ArrayList<>();
        for (int j : required) {
            if (!usedG.contains(j)) misses.add(gold.get(j).get("article").asText().substring(0, 3) + " " + gold.get(j).get("place").asText());
        }
        List<String> fps = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            if (!usedP.contains(i)) {
                JsonNode e = preds.get(i);
                fps.add(text(e, "article") + " " + text(e.path("place"), "name_en") + " " + outcome(e) + " " + text(e, "date"));
            }
        }
        return new Score(required.size(), preds.size(), matches.size(), precision, recall,
                matches.isEmpty() ? 0 : (double) dateOk / matches.size(), geoMax, misses, fps);
    }
}
