package org.saytara.layers;

import org.saytara.extract.SyriaSides;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.gazetteer.PlaceType;
import org.saytara.timeline.Timeline;

/**
 * Per-frame layer building on a synthetic corpus: thousands of places inside Syria and thousands
 * of events over three years, random but seeded, so runs are comparable. Not a unit test: run
 * {@code java -cp target/classes:target/test-classes:<deps> org.saytara.layers.LayersBench [places] [events] [frames]}.
 * Each measured call is a cache miss (every frame is asked once, of a fresh Layers per layer set).
 */
public final class LayersBench {
    private static final String[] ACTORS = {"isis", "regime", "russia", "opposition", "sdf", "iran"};
    private static final PlaceType[] TYPES = {PlaceType.VILLAGE, PlaceType.VILLAGE, PlaceType.VILLAGE, PlaceType.TOWN,
            PlaceType.HILL, PlaceType.CHECKPOINT, PlaceType.GAS_FIELD, PlaceType.CITY, PlaceType.MOUNTAIN, PlaceType.AIRBASE};
    private static final String[] OUTLETS = {"Orient Net", "Enab Baladi", "SANA", "Amaq", "Syrian Observatory",
            "Mirat Souria", "Zaman al-Wasl", "Al-Masdar"};

    public static void main(String[] args) {
        int nPlaces = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int nEvents = args.length > 1 ? Integer.parseInt(args[1]) : 12000;
        int nFrames = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int nGazetteer = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        Random rnd = new Random(20161211L);
        List<PlaceRef> places = new ArrayList<>();
        for (int i = 0; i < nPlaces; i++) {
            // Syria's inhabited west and the Euphrates valley: lon 35.8–41.5, lat 32.4–37.2.
            places.add(new PlaceRef("p" + i, "مكان " + i, "Place " + i, 32.4 + rnd.nextDouble() * 4.8,
                    35.8 + rnd.nextDouble() * 5.7, TYPES[rnd.nextInt(TYPES.length)], 0.5 + rnd.nextInt(10)));
        }
        Map<String, String> parents = new HashMap<>();
        for (int i = 200; i < nPlaces; i += 20) parents.put("p" + i, "p" + rnd.nextInt(200));
        List<Event> events = new ArrayList<>();
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < nEvents; i++) {
            PlaceRef p = places.get(rnd.nextInt(nPlaces));
            LocalDate d = start.plusDays(rnd.nextInt(3 * 365));
            int width = rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(30);
            double k = rnd.nextDouble();
            EventKind kind = k < 0.45 ? EventKind.CAPTURE : k < 0.75 ? EventKind.CONTESTED : k < 0.85 ? EventKind.WITHDRAWAL : EventKind.PRESENCE;
            String gain = ACTORS[rnd.nextInt(ACTORS.length)], lose = ACTORS[rnd.nextInt(ACTORS.length)];
            Side after = kind == EventKind.CONTESTED || (kind == EventKind.WITHDRAWAL && rnd.nextBoolean()) ? null
                    : SyriaSides.SYRIA.actors().sideOf(gain);
            boolean claimed = kind == EventKind.CAPTURE && rnd.nextInt(10) == 0;
            events.add(new Event(String.format(Locale.ROOT, "a%05d-e%02d", i / 4, i % 4 + 1), "a" + (i / 4), kind, p,
                    kind == EventKind.WITHDRAWAL && after == null ? null : gain, rnd.nextBoolean() ? lose : null, after,
                    claimed, claimed ? "أعماق" : null, d.plusDays(width / 2), d, d.plusDays(width),
                    width == 0 ? DatePrecision.DAY : DatePrecision.MONTH, null, "سيطر على المكان، بحسب المصادر",
                    null, null, OUTLETS[rnd.nextInt(OUTLETS.length)], 0.5 + rnd.nextDouble() / 2));
        }

        // The gazetteer the territory is cut from: the corpus's places and as many more populated
        // places again, as the gazetteer of the whole country will hold (about 10,000).
        List<PlaceRef> gazetteer = new ArrayList<>(places);
        for (int i = places.size(); i < nGazetteer; i++) {
            gazetteer.add(new PlaceRef("g" + i, "قرية " + i, "Village " + i, 32.4 + rnd.nextDouble() * 4.8,
                    35.8 + rnd.nextDouble() * 5.7, PlaceType.VILLAGE, 1));
        }
        long c0 = System.nanoTime();
        Cells cells = Cells.ofPlaces(gazetteer);
        long c1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "territory cells: %d gazetteer places -> %d cells (fillers included) in %.0f ms (once per gazetteer)%n",
                gazetteer.size(), cells.size(), (c1 - c0) / 1e6);

        long t0 = System.nanoTime();
        Timeline timeline = Timeline.build(events, parents, SyriaSides.SYRIA.actors());
        long t1 = System.nanoTime();
        Layers probe = Layers.of(timeline, events, SyriaSides.SYRIA, cells);
        long t2 = System.nanoTime();
        List<LocalDate> all = probe.frames();
        List<LocalDate> frames = new ArrayList<>();
        for (int i = 0; i < nFrames && i < all.size(); i++) frames.add(all.get((int) ((long) i * all.size() / Math.min(nFrames, all.size()))));
        System.out.printf(Locale.ROOT, "corpus: %d places, %d events; timeline %d frames, %d periods%n", nPlaces, nEvents,
                timeline.frames().size(), timeline.histories().stream().mapToInt(h -> h.periods().size()).sum());
        System.out.printf(Locale.ROOT, "Timeline.build: %.0f ms; Layers.of: %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);

        // Warm the JIT on frames outside the measured sample's order.
        Layers warm = Layers.of(timeline, events, SyriaSides.SYRIA, cells);
        for (int i = frames.size() - 1; i >= Math.max(0, frames.size() - 30); i--) warm.collection(frames.get(i), Set.of());

        measure("all layers (miss)", frames, d -> Layers.of(timeline, events, SyriaSides.SYRIA, cells), Set.of());
        for (String layer : List.of("areas", "fronts", "places", "changes")) {
            measure(layer + " only (miss)", frames, d -> Layers.of(timeline, events, SyriaSides.SYRIA, cells), Set.of(layer));
        }
        measure("territory: areas+fronts", frames, d -> Layers.of(timeline, events, SyriaSides.SYRIA, cells), Set.of("areas", "fronts"));
        // Frames in a row, as LayerFiles writes them or a slider plays them: sides whose places did not
        // change keep their union.
        List<LocalDate> consecutive = all.subList(all.size() / 3, Math.min(all.size(), all.size() / 3 + frames.size()));
        measure("areas, consecutive frames", consecutive, d -> Layers.of(timeline, events, SyriaSides.SYRIA, cells), Set.of("areas"));
        // Comparing two dates a month apart, as the page's compare view asks.
        Layers cmp = Layers.of(timeline, events, SyriaSides.SYRIA, cells);
        double[] compares = new double[Math.min(50, frames.size())];
        for (int i = 0; i < compares.length; i++) {
            LocalDate to = frames.get(i * frames.size() / compares.length);
            long s = System.nanoTime();
            cmp.compare(to.minusDays(30), to);
            compares[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(compares);
        System.out.printf(Locale.ROOT, "%-24s n=%d  p50 %.2f ms  p99 %.2f ms%n", "compare two dates", compares.length, pct(compares, 50), pct(compares, 99));
        // A hit: the same date asked again right after (the cache keeps ~64 M chars, not 200 frames of 3 MB).
        Layers cached = Layers.of(timeline, events, SyriaSides.SYRIA, cells);
        double[] hits = new double[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            cached.collection(frames.get(i), Set.of());
            long s = System.nanoTime();
            cached.collection(frames.get(i), Set.of());
            hits[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(hits);
        System.out.printf(Locale.ROOT, "%-24s n=%d  p50 %.3f ms  p99 %.3f ms%n", "all layers (cache hit)", hits.length, pct(hits, 50), pct(hits, 99));
        long t3 = System.nanoTime();
        int len = probe.timelineGeoJson().length();
        System.out.printf(Locale.ROOT, "timelineGeoJson: %.0f ms, %d chars; eventsCsv: %d chars%n", (System.nanoTime() - t3) / 1e6,
                len, probe.eventsCsv().length());
        System.out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** One fresh Layers per measured set, so every frame is a miss (the supplier returns it). */
    private static void measure(String label, List<LocalDate> frames, Function<LocalDate, Layers> layersFor, Set<String> which) {
        Layers shared = layersFor.apply(null);
        double[] ms = new double[frames.size()];
        long bytes = 0;
        for (int i = 0; i < frames.size(); i++) {
            long s = System.nanoTime();
            String fc = shared.collection(frames.get(i), which);
            ms[i] = (System.nanoTime() - s) / 1e6;
            bytes += fc.length();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-24s n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  mean size %d kB%n", label,
                ms.length, pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1], bytes / ms.length / 1024);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
