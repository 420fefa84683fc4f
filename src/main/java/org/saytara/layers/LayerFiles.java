package org.saytara.layers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the layers as files for people who want files, not a server: one collection per frame
 * ({@code layers-YYYY-MM-DD.geojson}), the time-enabled {@code timeline.geojson}, the same history as
 * {@code timeline.gpkg} (dates typed DATE) and {@code timeline.kml} (TimeSpans), and {@code events.csv}. Each file is written to a temporary name and moved into place, so a reader
 * never sees half a file.
 */
public final class LayerFiles {
    private LayerFiles() {}

    /** @return the files written, in order */
    public static List<Path> write(Layers layers, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (LocalDate frame : layers.frames()) {
            written.add(atomically(outDir.resolve("layers-" + frame + ".geojson"), layers.collection(frame, Set.of())));
        }
        written.add(atomically(outDir.resolve("timeline.geojson"), layers.timelineGeoJson()));
        written.add(atomically(outDir.resolve("timeline.gpkg"), layers.timelineGeoPackage()));
        written.add(atomically(outDir.resolve("timeline.kml"), layers.timelineKml()));
        written.add(atomically(outDir.resolve("events.csv"), layers.eventsCsv()));
        return written;
    }

    private static Path atomically(Path target, String content) throws IOException {
        return atomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Path atomically(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
