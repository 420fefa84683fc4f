package org.saytara.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saytara.text.ArabicNormalizer;

/**
 * The place names that are also ordinary Arabic words ({@value #FILE}): الباب "the door",
 * القريتين "the two villages", الجديدة "the new". Made by {@code import-gazetteer} from the
 * hunspell-ar word list (see {@link DictionaryWords}); a name in it counts as a place only with
 * support (a cue, a list, a region named beside it, an earlier mention).
 */
public final class OrdinaryWords {
    public static final String FILE = "ordinary-words-ar.tsv";
    static final List<String> COLUMNS = List.of("key", "rule", "entry");

    private final Set<String> keys;

    private OrdinaryWords(Set<String> keys) {
        this.keys = keys;
    }

    static OrdinaryWords none() {
        return new OrdinaryWords(Set.of());
    }

    static OrdinaryWords of(Set<String> words) {
        Set<String> k = new HashSet<>();
        for (String w : words) k.add(ArabicNormalizer.normalizeTerm(w));
        return new OrdinaryWords(k);
    }

    /** Reads the file if the folder has one; no file means no name is taken for a word. */
    static OrdinaryWords read(Path geodataDir) {
        Path file = geodataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return none();
        Set<String> keys = new HashSet<>();
        TsvFile.read(file, COLUMNS, "rebuild it with the import-gazetteer command", l -> {
            String key = l.get("key");
            if (key.isEmpty()) throw l.error("key", "missing");
            keys.add(ArabicNormalizer.normalizeTerm(key));
        });
        return new OrdinaryWords(keys);
    }

    /** Whether a normalised name (as the place finder indexes it, article or not) is an ordinary word. */
    public boolean contains(String normalisedName) {
        return keys.contains(normalisedName) || keys.contains(stripArticle(normalisedName));
    }

    public int size() {
        return keys.size();
    }

    static String stripArticle(String n) {
        return n.startsWith(org.saytara.text.Clitics.AL) && n.length() > 3 ? n.substring(2) : n;
    }
}
