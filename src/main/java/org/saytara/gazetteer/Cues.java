package org.saytara.gazetteer;

import java.util.HashSet;
import java.util.Set;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.LexiconFile;
import org.saytara.text.PhraseIndex;

/**
 * The words around a place name that say what it is (حقل, قرية), which part of it is meant
 * (أحياء, محيط), or that it only locates something else (غرب, ريف). Read from {@code cues.tsv}
 * through {@link LexiconFile}; the file documents its columns.
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
     * @param zone     a descriptor that opens a zone up to the next comma (المشرف على, باتجاه, بين):
     *                 what follows it describes, it is not an object
     * @param types    the place types a head announces (حقل: oil and gas fields), empty for any
     */
    public record Cue(Role role, String singular, boolean plural, boolean zone, Set<PlaceType> types) {
        public Cue {
            types = Set.copyOf(types);
        }

        /** Whether the head can announce this place: "تلة X" a hill, not a village called X. */
        public boolean announces(Place p) {
            return types.isEmpty() || types.contains(p.type());
        }
    }

    private static volatile Cues standard;
    private final PhraseIndex<Cue> index;

    private Cues(PhraseIndex<Cue> index) {
        this.index = index;
    }

    /**
     * The packaged cues, read on first use. Not a static initialiser: a malformed row must reach
     * the caller as a {@link org.saytara.text.LexiconException} naming file and line.
     */
    public static Cues standard() {
        Cues c = standard;
        if (c == null) {
            synchronized (Cues.class) {
                c = standard;
                if (c == null) standard = c = read(LexiconFile.beside(Cues.class));
            }
        }
        return c;
    }

    public PhraseIndex<Cue> index() {
        return index;
    }

    /** Reads and checks {@code cues.tsv} from a source. */
    public static Cues read(LexiconFile.Source source) {
        PhraseIndex.Builder<Cue> b = PhraseIndex.builder();
        LexiconFile.Meanings<String> meanings = new LexiconFile.Meanings<>();
        for (LexiconFile.Row row : LexiconFile.read(source, "cues.tsv",
                LexiconFile.Columns.of("role", "singular").optional("forms", "opens", "types").lists("forms", "types"))) {
            Role role = row.name("role", Role.class);
            String opens = row.get("opens");
            if (!opens.isEmpty() && !(opens.equals("zone") && role == Role.DESCRIPTOR)) {
                throw row.error("opens may only be 'zone', on a descriptor, not '" + opens + "'");
            }
            boolean zone = !opens.isEmpty();
            Set<PlaceType> types = new HashSet<>();
            for (String t : row.items("types")) {
                PlaceType type = PlaceType.fromCode(t);
                if (type == null) throw row.error("unknown place type '" + t + "'");
                types.add(type);
            }
            if (!types.isEmpty() && role != Role.HEAD) throw row.error("only a head announces place types");
            String singular = ArabicNormalizer.normalizeTerm(row.get("singular"));
            Cue one = new Cue(role, singular, false, zone, types);
            meanings.add(row, singular, one, Cues::describe);
            b.add(row.get("singular"), one, Clitics.Form.NOUN);
            for (String p : row.items("forms")) {
                Cue many = new Cue(role, singular, role == Role.HEAD || role == Role.REGION, zone, types);
                meanings.add(row, ArabicNormalizer.normalizeTerm(p), many, Cues::describe);
                b.add(p, many, Clitics.Form.NOUN);
            }
        }
        return new Cues(b.build());
    }

    private static String describe(Cue c) {
        return LexiconFile.code(c.role()) + " of " + c.singular();
    }
}
