package org.saytara.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.saytara.gazetteer.Gazetteer;

/**
 * Where the gazetteer comes from: {@code --geodata DIR}, else {@code geodata/} in the working
 * directory, else the copy packed inside the jar (so the jar runs from anywhere).
 */
final class Geodata {
    private static final List<String> FILES = List.of(Gazetteer.CURATED_FILE, Gazetteer.LOCALITIES_FILE,
            Gazetteer.REGIONS_FILE, Gazetteer.WORDS_FILE, "countries.geojson");

    private Geodata() {}

    /** The folder to read, or null for the server's own bundled copy: no unpacking needed. */
    static Path locateOnDisk(String option) {
        if (option != null) return Path.of(option);
        Path local = Path.of("geodata");
        return Files.isRegularFile(local.resolve(Gazetteer.CURATED_FILE)) ? local : null;
    }

    static Path locate(String option) {
        if (option != null) return Path.of(option);
        Path local = Path.of("geodata");
        if (Files.isRegularFile(local.resolve(Gazetteer.CURATED_FILE))) return local;
        try {
            Path tmp = Files.createTempDirectory("saytara-geodata");
            tmp.toFile().deleteOnExit();
            for (String f : FILES) {
                try (InputStream in = Geodata.class.getResourceAsStream("/geodata/" + f)) {
                    if (in == null) continue;
                    Path out = tmp.resolve(f);
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    out.toFile().deleteOnExit();
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled gazetteer", e);
        }
    }
}
