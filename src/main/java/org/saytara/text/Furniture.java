package org.saytara.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Web furniture: lines and sentences that belong to the page, not to the report ("اقرأ أيضاً",
 * "مواضيع ذات صلة"). Read from {@code furniture.tsv}, which documents its columns.
 */
public final class Furniture {
    private static volatile Furniture standard;

    private final List<String> lineStarts;
    private final Set<String> headlines;

    /** The first words of the headline phrases. */
    private final Set<String> headlineStarts;

    private Furniture(List<String> lineStarts, Set<String> headlines) {
        this.lineStarts = lineStarts;
        this.headlines = headlines;
        Set<String> starts = new HashSet<>();
        for (String h : headlines) starts.add(h.substring(0, h.indexOf(' ')));
        this.headlineStarts = Set.copyOf(starts);
    }

    /**
     * The packaged list, read on first use. Not a static initialiser: a malformed row must reach
     * the caller as a {@link LexiconException} naming file and line.
     */
    public static Furniture standard() {
        Furniture f = standard;
        if (f == null) {
            synchronized (Furniture.class) {
                f = standard;
                if (f == null) standard = f = read(LexiconFile.beside(Furniture.class));
            }
        }
        return f;
    }

    /** Reads and checks {@code furniture.tsv}. */
    public static Furniture read(LexiconFile.Source source) {
        List<String> lines = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(source, "furniture.tsv",
                LexiconFile.Columns.of("set", "forms").lists("forms"))) {
            String set = row.get("set");
            for (String form : row.items("forms")) {
                String norm = ArabicNormalizer.normalizeTerm(form);
                switch (set) {
                    case "line-start" -> lines.add(norm);
                    case "headline" -> {
                        if (norm.split(" ").length != 2) throw row.error("a headline phrase has two words, not '" + form + "'");
                        heads.add(norm);
                    }
                    default -> throw row.error("unknown set '" + set + "' (known: headline, line-start)");
                }
            }
        }
        if (lines.isEmpty() || heads.isEmpty()) throw new LexiconException("furniture.tsv", 0, "needs line-start and headline rows");
        return new Furniture(List.copyOf(lines), Set.copyOf(heads));
    }

    /** Whether a line starting with {@code head} (normalised, its first characters) is furniture. */
    public boolean isLineStart(String head) {
        for (String s : lineStarts) if (head.startsWith(s)) return true;
        return false;
    }

    /** Whether a sentence starting with these two words is another story's headline. */
    public boolean isHeadline(String first, String second) {
        // asked of every sentence with a trigger: its first word rules most out before any string is built
        return headlineStarts.contains(first) && headlines.contains(first + " " + second);
    }
}
