package org.saytara.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.gazetteer.PlaceFinder;

/**
 * {@code bench --gazetteer}: how long the gazetteer takes to load and how much heap it keeps, the
 * first thing in a fresh JVM (so cold: class loading and the interpreter included, as at start-up),
 * in wall time and in processor time (which another program busy on the same processors does not
 * inflate as much). Retained heap is the used heap after full collections with the gazetteer and its place finder
 * reachable, less the used heap before loading.
 */
final class GazetteerBench {
    private GazetteerBench() {}

    static void run(Path geodata, PrintStream out) {
        long before = usedAfterGc();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load(geodata);
        long t1 = System.nanoTime();
        PlaceFinder finder = PlaceFinder.of(gazetteer);
        long t2 = System.nanoTime();
        long cpu2 = processCpuNanos();
        long after = usedAfterGc();
        Map<String, Integer> byType = new TreeMap<>();
        for (Place p : gazetteer.places()) {
            String kind = p.isAdminRegion() ? p.adminLevel().code() : p.type().code();
            byType.merge(kind, 1, Integer::sum);
        }
        out.printf("places: %d %s%n", gazetteer.places().size(), byType);
        out.printf("curated: %d, names that are ordinary words: %d%n",
                gazetteer.places().stream().filter(Place::curated).count(), gazetteer.ordinaryWords().size());
        out.printf("load (read and merge the files): %d ms%n", (t1 - t0) / 1_000_000);
        out.printf("place finder (index every name with its attached forms): %d ms%n", (t2 - t1) / 1_000_000);
        out.printf("total, cold: %d ms (processor time of all threads: %d ms); since the JVM started: %d ms%n",
                (t2 - t0) / 1_000_000, (cpu2 - cpu0) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
        out.printf("load average while measured: %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        out.printf("retained heap: %.1f MB%n", (after - before) / 1e6);
        // keep both reachable until the measure is taken
        if (finder.hashCode() == gazetteer.hashCode()) out.println();
    }

    /** Processor time of the whole JVM (JIT and GC threads included), or -1 where the platform says nothing. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
