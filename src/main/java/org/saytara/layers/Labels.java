package org.saytara.layers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the map calls place types, outlets and governorates, in English and Arabic: read once from
 * {@code labels.tsv} beside this class. Sides and actors are named by the profile's registry. The
 * page gets the same table from {@code /api/labels}, so no label lives in two places.
 */
public final class Labels {
    /** One entry: English and Arabic names, and the kind's extra column, if it has one. */
    public record Label(String en, String ar, String extra) {}

    private static final String FILE = "labels.tsv";
    private static final Labels INSTANCE = load();

    private final Map<String, Map<String, Label>> byKind;

    private Labels(Map<String, Map<String, Label>> byKind) {
        this.byKind = byKind;
    }

    public static Labels get() {
        return INSTANCE;
    }

    /** kind → code → label, in file order: types, outlets, governorates. */
    public Map<String, Map<String, Label>> all() {
        return byKind;
    }

    public Label type(String code) {
        return find("type", code);
    }

    /** An outlet's names; an outlet the table does not know keeps its own name in both languages. */
    public Label outlet(String name) {
        if (name == null) return null;
        Label l = find("outlet", name);
        return l != null ? l : new Label(name, name, null);
    }

    private Label find(String kind, String code) {
        Map<String, Label> m = byKind.get(kind);
        return m == null || code == null ? null : m.get(code);
    }

    private static Labels load() {
        Map<String, Map<String, Label>> kinds = new LinkedHashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4 || f.length > 5 || f[1].isBlank() || f[2].isBlank() || f[3].isBlank()) {
                    throw new IllegalStateException(FILE + " line " + n + ": expected kind, code, English, Arabic[, extra]");
                }
                Label prior = kinds.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                        .put(f[1], new Label(f[2], f[3], f.length == 5 && !f[4].isBlank() ? f[4] : null));
                if (prior != null) throw new IllegalStateException(FILE + " line " + n + ": " + f[0] + " '" + f[1] + "' given twice");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        kinds.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new Labels(Collections.unmodifiableMap(kinds));
    }
}
