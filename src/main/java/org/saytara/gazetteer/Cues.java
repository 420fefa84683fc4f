package org.saytara.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;

/**
 * The words around a place name that say what it is (حقل, قرية), which part of it is meant
 * (أحياء, محيط), or that it only locates something else (غرب, ريف). Read from {@code cues.tsv}.
 */
public final class Cues {
    /** What a cue word does. */
    public enum Role {
        HEAD, PARTITIVE, DESCRIPTOR,
        /**
         * Heads the name of an administrative region (ريف حلب, محافظة درعا); its dual or plural
         * covers a list of them (محافظتي دمشق والسويداء). Before a name that is no region it only
         * locates, like a descriptor (ريف تدمر الشرقي).
         */
        REGION;

        /** What follows locates something else; it is not the object of the sentence. */
        public boolean locatesOnly() {
            return this == DESCRIPTOR || this == REGION;
        }
    }

    /**
     * One cue.
     *
     * @param singular the singular head (normalised) a plural/dual form stands for
     * @param plural   true for plural or dual forms (تلتي, حقول): every listed item takes the head
     * @param types    the place types a head announces (حقل: oil and gas fields), empty for any
     */
    public record Cue(Role role, String singular, boolean plural, Set<PlaceType> types) {
        public Cue {
            types = Set.copyOf(types);
        }

        /** Whether the head can announce this place: "تلة X" a hill, not a village called X. */
        public boolean announces(Place p) {
            return types.isEmpty() || types.contains(p.type());
        }
    }

    private static final Cues DEFAULT = load();
    private final PhraseIndex<Cue> index;

    private Cues(PhraseIndex<Cue> index) {
        this.index = index;
    }

    public static Cues standard() {
        return DEFAULT;
    }

    public PhraseIndex<Cue> index() {
        return index;
    }

    private static Cues load() {
        PhraseIndex.Builder<Cue> b = PhraseIndex.builder();
        String file = "cues.tsv";
        try (InputStream in = Cues.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 2) throw new IllegalStateException(file + ":" + n + ": expected role and word");
                Role role = Role.valueOf(f[0].trim().toUpperCase(java.util.Locale.ROOT));
                String singular = ArabicNormalizer.normalizeTerm(f[1]);
                Set<PlaceType> types = new HashSet<>();
                if (f.length > 3) {
                    for (String t : f[3].split(",")) {
                        if (t.isBlank()) continue;
                        PlaceType type = PlaceType.fromCode(t);
                        if (type == null) throw new IllegalStateException(file + ":" + n + ": unknown place type \"" + t + "\"");
                        types.add(type);
                    }
                }
                b.add(f[1], new Cue(role, singular, false, types), Clitics.Form.NOUN);
                if (f.length > 2) {
                    for (String p : f[2].split(",")) {
                        if (!p.isBlank()) b.add(p, new Cue(role, singular, role == Role.HEAD || role == Role.REGION, types), Clitics.Form.NOUN);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cues(b.build());
    }
}
