package org.saytara.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds the broad gazetteer ({@value LocalityRow#FILE}, {@value RegionRow#FILE} and
 * {@value OrdinaryWords#FILE}) from public sources, the same bytes from the same inputs:
 * <ul>
 *   <li>Who's On First, Syria: every locality with its GeoNames id, Arabic and Latin names,
 *   feature code, population; the county polygons that tell each point's district;</li>
 *   <li>Open-Syria data-geography: governorates, districts and sub-districts with their P-codes,
 *   Arabic names and aliases, centroids and areas: they become region places;</li>
 *   <li>optionally a GeoNames extract ({@code geonames-sy.tsv} as {@code import-geonames} writes
 *   it, or a raw GeoNames dump): feature codes and populations of the towns, the Arabic and Kurdish
 *   alternates WOF lacks (قامشلو, ديريك), and the few GeoNames places WOF lacks;</li>
 *   <li>hunspell-ar's word list: which of all these names are also ordinary words.</li>
 * </ul>
 * What the curated file ({@code places.geojson}) says wins at load time, not here.
 */
public final class GazetteerImport {
    private static final long SYRIA = 85632413L;
    private static final int MAX_LATIN_NAMES = 6;

    /** Inputs of an import. {@code geonames} and {@code curated} may be null. */
    public record Sources(Path wof, Path openSyria, Path geonames, Path words, Path curated) {}

    private GazetteerImport() {}

    public static GazetteerImportSummary run(Sources in, Path outDir) {
        WofRepository wof = WofRepository.read(in.wof());
        List<OpenSyriaAdmin.Unit> units = OpenSyriaAdmin.read(in.openSyria());
        Map<Long, GeoNamesRow> geonames = in.geonames() == null ? Map.of() : GeoNamesSource.read(in.geonames());
        DictionaryWords dictionary = DictionaryWords.read(in.words());
        List<Place> curated = in.curated() != null && Files.isRegularFile(in.curated())
                ? CuratedPlaces.read(in.curated()) : List.of();

        AdminLocator locator = new AdminLocator(wof.areas, units);
        Counts counts = new Counts();
        List<LocalityRow> localities = localities(wof, geonames, locator, counts);
        List<RegionRow> regions = regions(units, localities);
        Map<String, DictionaryWords.Match> words = ordinaryWords(dictionary, localities, curated);

        Files0.createDirectories(outDir);
        LocalityRow.write(outDir.resolve(LocalityRow.FILE), localities);
        RegionRow.write(outDir.resolve(RegionRow.FILE), regions);
        List<List<String>> wordRows = new ArrayList<>();
        words.forEach((k, m) -> wordRows.add(List.of(k, m.rule().name().toLowerCase(Locale.ROOT), m.entry())));
        TsvFile.write(outDir.resolve(OrdinaryWords.FILE), OrdinaryWords.COLUMNS, wordRows);

        Map<AdminLevel, Integer> byLevel = new TreeMap<>();
        regions.forEach(r -> byLevel.merge(r.level(), 1, Integer::sum));
        return new GazetteerImportSummary(wof.filesRead, wof.localities.size(), localities.size(),
                counts.withoutArabic, counts.deprecated, counts.fromGeoNamesOnly, counts.withoutGeoNamesKept,
                byLevel, words.size(), dictionary.size(), locator.byPolygon, locator.byNearestSubdistrict, outDir);
    }

    private static final class Counts {
        int withoutArabic, deprecated, fromGeoNamesOnly, withoutGeoNamesKept;
    }

    // ---------------------------------------------------------------- localities

    private static List<LocalityRow> localities(WofRepository wof, Map<Long, GeoNamesRow> geonames,
                                                AdminLocator locator, Counts counts) {
        Map<Long, List<WofRepository.Locality>> byGeonamesId = new LinkedHashMap<>();
        List<WofRepository.Locality> withoutGeonamesId = new ArrayList<>();
        for (WofRepository.Locality l : wof.localities) {
            if (l.geonamesId() != null) byGeonamesId.computeIfAbsent(l.geonamesId(), k -> new ArrayList<>()).add(l);
            else withoutGeonamesId.add(l);
        }
        List<LocalityRow> rows = new ArrayList<>();
        for (Map.Entry<Long, List<WofRepository.Locality>> e : byGeonamesId.entrySet()) {
            List<WofRepository.Locality> live = e.getValue().stream().filter(l -> !l.deprecated()).toList();
            if (live.isEmpty()) {
                counts.deprecated++;
                continue;
            }
            LocalityRow row = fromWof("gn:" + e.getKey(), e.getKey(), live, geonames.get(e.getKey()), locator);
            if (row == null) counts.withoutArabic++;
            else rows.add(row);
        }
        for (GeoNamesRow g : geonames.values()) {
            if (byGeonamesId.containsKey(g.geonameId()) || g.nameAr() == null) continue;
            String[] adm = locator.locate(g.lat(), g.lon());
            rows.add(new LocalityRow("gn:" + g.geonameId(), g.geonameId(), null, g.nameAr(),
                    arabicNames(List.of(), g), g.name(), latinNames(List.of(g.name(), g.asciiName()), g.namesLatin()),
                    g.lat(), g.lon(), g.featureCode(), g.population(), adm[0], adm[1]));
            counts.fromGeoNamesOnly++;
        }
        // Records without a GeoNames id mostly repeat a GeoNames place from another source; keep one
        // only when no place within 10 km already bears its name.
        Map<String, List<LocalityRow>> byKey = new HashMap<>();
        for (LocalityRow r : rows) for (String n : r.namesAr()) byKey.computeIfAbsent(ArabicNames.key(n), k -> new ArrayList<>()).add(r);
        for (WofRepository.Locality l : withoutGeonamesId) {
            if (l.deprecated() || l.isCurrent() == 0) continue;
            LocalityRow row = fromWof("wof:" + l.wofId(), null, List.of(l), null, locator);
            if (row == null) continue;
            boolean repeated = row.namesAr().stream().flatMap(n -> byKey.getOrDefault(ArabicNames.key(n), List.of()).stream())
                    .anyMatch(o -> Geo.km(o.lat(), o.lon(), row.lat(), row.lon()) <= 10);
            if (repeated) continue;
            rows.add(row);
            counts.withoutGeoNamesKept++;
        }
        rows.sort(Comparator.comparing((LocalityRow r) -> r.id().substring(0, r.id().indexOf(':')))
                .thenComparingLong(r -> Long.parseLong(r.id().substring(r.id().indexOf(':') + 1))));
        return rows;
    }

    private static LocalityRow fromWof(String id, Long geonamesId, List<WofRepository.Locality> records, GeoNamesRow g,
                                       AdminLocator locator) {
        // the record GeoNames itself stands behind first: it has the feature code and the point
        List<WofRepository.Locality> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparing((WofRepository.Locality l) -> l.featureCode() == null)
                .thenComparing(l -> l.isCurrent() != 1).thenComparingLong(WofRepository.Locality::wofId));
        WofRepository.Locality main = ordered.get(0);
        List<String> ar = new ArrayList<>();
        for (WofRepository.Locality l : ordered) ar.addAll(l.namesAr());
        List<String> namesAr = arabicNames(ar, g);
        if (namesAr.isEmpty()) return null;
        String ascii = main.gnAsciiName() != null ? main.gnAsciiName() : g != null ? g.asciiName() : main.wofName();
        String nameAr = GeoNamesImport.bestArabicName(ascii, namesAr);
        List<String> reordered = new ArrayList<>(namesAr);
        reordered.remove(nameAr);
        reordered.add(0, nameAr);
        String nameEn = main.gnName() != null ? main.gnName() : g != null ? g.name() : main.wofName();
        List<String> latin = new ArrayList<>();
        latin.add(nameEn);
        for (WofRepository.Locality l : ordered) {
            if (l.gnAsciiName() != null) latin.add(l.gnAsciiName());
            latin.add(l.wofName());
            latin.addAll(l.namesLatin());
        }
        String code = ordered.stream().map(WofRepository.Locality::featureCode).filter(c -> c != null && !c.isBlank())
                .findFirst().orElse(g != null ? g.featureCode() : "PPL");
        long population = g != null && g.population() > 0 ? g.population()
                : ordered.stream().mapToLong(WofRepository.Locality::population).max().orElse(0);
        double lat = g != null ? g.lat() : main.lat();
        double lon = g != null ? g.lon() : main.lon();
        String[] adm = locator.locate(lat, lon);
        return new LocalityRow(id, geonamesId, main.wofId(), nameAr, reordered, nameEn,
                latinNames(latin, g == null ? List.of() : g.namesLatin()), lat, lon, code, population, adm[0], adm[1]);
    }

    /**
     * Arabic names of a place, each once (by normalised form): WOF's first, then GeoNames'. Left out:
     * names in another script, region names hung on the town (محافظة إدلب on Idlib city), and a cue
     * word glued to a name the place already has (مدينة حمص beside حمص).
     */
    static List<String> arabicNames(List<String> wofNames, GeoNamesRow g) {
        List<String> all = new ArrayList<>(wofNames);
        if (g != null) {
            if (g.nameAr() != null) all.add(g.nameAr());
            all.addAll(g.namesAr());
        }
        PlaceWords words = PlaceWords.standard();
        Map<String, String> byForm = new LinkedHashMap<>();
        for (String raw : all) {
            String n = raw.strip().replaceAll("\\s+", " ");
            if (n.isEmpty() || !ArabicNames.isArabic(n)) continue;
            String first = firstWord(n);
            // a region word other than مركز makes it the region's name
            if (first != null && words.regionWord(first) != null && !"seat".equals(words.regionWord(first))) continue;
            byForm.putIfAbsent(ArabicNames.normal(n), n);
        }
        Set<String> keys = new HashSet<>();
        byForm.values().forEach(n -> keys.add(ArabicNames.key(n)));
        List<String> out = new ArrayList<>();
        for (String n : byForm.values()) {
            String first = firstWord(n);
            if (first != null && words.nameCue(first) && keys.contains(ArabicNames.key(n.substring(n.indexOf(' ') + 1)))) continue;
            out.add(n);
        }
        return out;
    }

    /** The normalised first word of a name of two words or more, or null. */
    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? null : org.saytara.text.ArabicNormalizer.normalizeTerm(name.substring(0, space));
    }

    private static List<String> latinNames(List<String> first, List<String> more) {
        Map<String, String> byLower = new LinkedHashMap<>();
        for (String s : first) add(byLower, s);
        for (String s : more) add(byLower, s);
        return byLower.values().stream().limit(MAX_LATIN_NAMES).toList();
    }

    private static void add(Map<String, String> byLower, String s) {
        if (s == null) return;
        String t = s.strip();
        if (t.isEmpty() || !ArabicNames.isLatin(t)) return;
        byLower.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
    }

    // ---------------------------------------------------------------- regions

    private static List<RegionRow> regions(List<OpenSyriaAdmin.Unit> units, List<LocalityRow> localities) {
        PlaceWords words = PlaceWords.standard();
        String countrysideWord = words.spelledRegionWord("countryside") + " ";
        // "ريف X" goes to the biggest unit it can mean: ريف حلب is the governorate, not the district.
        Map<String, String> countrysideOwner = new HashMap<>();
        for (AdminLevel level : List.of(AdminLevel.GOVERNORATE, AdminLevel.DISTRICT, AdminLevel.SUBDISTRICT)) {
            for (OpenSyriaAdmin.Unit u : units) {
                if (u.level() != level) continue;
                String core = core(u.nameAr(), words);
                if (core.startsWith(countrysideWord)) countrysideOwner.putIfAbsent(ArabicNames.normal(core), u.pcode());
            }
            for (OpenSyriaAdmin.Unit u : units) {
                if (u.level() != level) continue;
                String core = core(u.nameAr(), words);
                if (!core.startsWith(countrysideWord)) countrysideOwner.putIfAbsent(ArabicNames.normal(countrysideWord + core), u.pcode());
            }
        }
        List<RegionRow> out = new ArrayList<>();
        for (OpenSyriaAdmin.Unit u : units) {
            String word = words.spelledRegionWord(u.level().code()) + " ";
            String governorateWord = words.spelledRegionWord(AdminLevel.GOVERNORATE.code()) + " ";
            String core = core(u.nameAr(), words);
            Set<String> names = new LinkedHashSet<>();
            if (u.nameAr().startsWith(countrysideWord)) names.add(u.nameAr());
            names.add(word + u.nameAr());
            if (!core.equals(u.nameAr())) names.add(word + core);
            for (String a : u.aliasesAr()) if (a.startsWith(word)) names.add(a);
            String countryside = core.startsWith(countrysideWord) ? core : countrysideWord + core;
            if (u.pcode().equals(countrysideOwner.get(ArabicNames.normal(countryside)))) {
                names.add(countryside);
                if (u.level() == AdminLevel.GOVERNORATE && !core.startsWith(countrysideWord)) {
                    names.add(countrysideWord + governorateWord + core);
                }
            }
            Set<String> en = new LinkedHashSet<>();
            String kind = switch (u.level()) {
                case GOVERNORATE -> " Governorate";
                case DISTRICT -> " District";
                default -> " Subdistrict";
            };
            String nameEn = u.nameEn() + kind;
            en.add(nameEn);
            en.addAll(u.aliasesEn());
            double radius = Math.max(1, Math.sqrt(u.areaKm2() / Math.PI));
            out.add(new RegionRow("adm:" + u.pcode(), u.level(), u.adm1(), u.level() == AdminLevel.GOVERNORATE ? null : u.adm2(),
                    names.iterator().next(), List.copyOf(names), nameEn, List.copyOf(en), u.lat(), u.lon(), u.areaKm2(),
                    Math.round(radius * 10) / 10.0, seat(u, core, localities), u.geonamesId(), u.wikidata()));
        }
        out.sort(Comparator.comparing(RegionRow::id));
        return out;
    }

    /** "مركز الحسكة" (the sub-district of the seat) is the Hasakah sub-district: its core is الحسكة. */
    private static String core(String name, PlaceWords words) {
        String seat = words.spelledRegionWord("seat") + " ";
        return name.startsWith(seat) ? name.substring(seat.length()).strip() : name;
    }

    /** The locality inside the unit that bears its name, the highest in rank. */
    private static String seat(OpenSyriaAdmin.Unit u, String core, List<LocalityRow> localities) {
        String key = ArabicNames.key(core);
        LocalityRow best = null;
        for (LocalityRow r : localities) {
            boolean inside = u.level() == AdminLevel.GOVERNORATE ? u.pcode().equals(r.adm1()) : u.adm2().equals(r.adm2());
            if (!inside || r.namesAr().stream().noneMatch(n -> ArabicNames.key(n).equals(key))) continue;
            if (best == null || rank(r) < rank(best) || (rank(r) == rank(best) && r.population() > best.population())) best = r;
        }
        return best == null ? null : best.id();
    }

    private static int rank(LocalityRow r) {
        return switch (r.featureCode()) {
            case "PPLC" -> 0;
            case "PPLA" -> 1;
            case "PPLA2" -> 2;
            case "PPLA3" -> 3;
            default -> 4;
        };
    }

    // ---------------------------------------------------------------- ordinary words

    private static Map<String, DictionaryWords.Match> ordinaryWords(DictionaryWords dictionary, List<LocalityRow> localities,
                                                                   List<Place> curated) {
        Map<String, DictionaryWords.Match> out = new TreeMap<>();
        for (LocalityRow r : localities) for (String n : r.namesAr()) addWord(out, dictionary, n);
        for (Place p : curated) for (String n : p.aliasesAr()) addWord(out, dictionary, n);
        return out;
    }

    /** By its key (article dropped), or as written when the article is part of the word (الله). */
    private static void addWord(Map<String, DictionaryWords.Match> out, DictionaryWords dictionary, String name) {
        String key = ArabicNames.key(name);
        DictionaryWords.Match m = dictionary.match(key);
        if (m != null) {
            out.putIfAbsent(key, m);
            return;
        }
        String whole = ArabicNames.normal(name);
        m = whole.equals(key) ? null : dictionary.match(whole);
        if (m != null) out.putIfAbsent(whole, m);
    }

    /** Files.createDirectories without the checked exception. */
    private static final class Files0 {
        static void createDirectories(Path dir) {
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot create " + dir, e);
            }
        }
    }
}
