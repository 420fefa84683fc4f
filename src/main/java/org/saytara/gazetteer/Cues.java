package org.saytara.gazetteer;

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
    public enum Role { HEAD, PARTITIVE, DESCRIPTOR }

    /**
     * One cue.
     *
     * @param singular the singular head (normalised) a plural/dual form stands for
     * @param plural   true for plural or dual forms (تلتي, حقول): every listed item takes the head
     * @param zone     a descriptor that opens a zone up to the next comma (المشرف على, باتجاه, بين):
     *                 what follows it describes, it is not an object
     */
    public record Cue(Role role, String singular, boolean plural, boolean zone) {}

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
                LexiconFile.Columns.of("role", "singular").optional("forms", "opens").lists("forms"))) {
            Role role = row.name("role", Role.class);
            String opens = row.get("opens");
            if (!opens.isEmpty() && !(opens.equals("zone") && role == Role.DESCRIPTOR)) {
                throw row.error("opens may only be 'zone', on a descriptor, not '" + opens + "'");
            }
            boolean zone = !opens.isEmpty();
            String singular = ArabicNormalizer.normalizeTerm(row.get("singular"));
            Cue one = new Cue(role, singular, false, zone);
            meanings.add(row, singular, one, Cues::describe);
            b.add(row.get("singular"), one, Clitics.Form.NOUN);
            for (String p : row.items("forms")) {
                Cue many = new Cue(role, singular, role == Role.HEAD, zone);
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
