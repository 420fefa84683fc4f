package org.saytara.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one reader of lexicon files: the tab-separated word lists the extractor and the gazetteer
 * stage read (triggers, markers, word sets, date words, cues, web furniture …; see
 * docs/lexicons.md).
 *
 * <p>Every file has the same shape: UTF-8, one entry per line, columns separated by a tab, blank
 * lines and lines starting with {@code #} ignored (the format of each file is written at its top).
 * This class checks what every file shares: the number of columns, no empty column, no empty item
 * in a comma-separated list (a doubled or trailing comma), names from a closed set, and that a
 * form does not mean two different things ({@link Meanings}). What a column means is checked by
 * the file's owner, through {@link Row#error}, so every problem reads the same way: file, line,
 * reason, and stops start-up ({@link LexiconException}).
 */
public final class LexiconFile {
    private LexiconFile() {}

    /** Where lexicon files come from. Returns null for a file that is not there. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String file) throws IOException;
    }

    /** The files packaged beside a class (its package's resource folder). */
    public static Source beside(Class<?> owner) {
        return owner::getResourceAsStream;
    }

    /**
     * The files of a folder: lets a test or an analyst try a changed lexicon without rebuilding.
     * Only plain file names are opened, so nothing outside the folder is read.
     */
    public static Source folder(Path dir) {
        return file -> {
            if (file.contains("/") || file.contains("\\") || file.startsWith(".")) return null;
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        };
    }

    /** The columns of a file: names, how many are required, which hold comma-separated lists. */
    public static final class Columns {
        private final List<String> names;
        private final int required;
        private final Set<Integer> lists;

        private Columns(List<String> names, int required, Set<Integer> lists) {
            this.names = names;
            this.required = required;
            this.lists = lists;
        }

        /** Required columns, in order. */
        public static Columns of(String... names) {
            return new Columns(List.of(names), names.length, Set.of());
        }

        /** Columns after the required ones that a row may leave out (or leave empty). */
        public Columns optional(String... more) {
            List<String> all = new ArrayList<>(names);
            all.addAll(List.of(more));
            return new Columns(List.copyOf(all), required, lists);
        }

        /** Columns whose cells are comma-separated lists: every item must be non-empty. */
        public Columns lists(String... listColumns) {
            Set<Integer> l = new LinkedHashSet<>(lists);
            for (String c : listColumns) {
                int i = names.indexOf(c);
                if (i < 0) throw new IllegalArgumentException("no column " + c);
                l.add(i);
            }
            return new Columns(names, required, Set.copyOf(l));
        }

        int index(String name) {
            int i = names.indexOf(name);
            if (i < 0) throw new IllegalArgumentException("no column " + name);
            return i;
        }

        private String describe() {
            String req = String.join(", ", names.subList(0, required));
            return names.size() == required ? names.size() + " columns (" + req + ")"
                    : required + " to " + names.size() + " columns (" + req + "; optional "
                    + String.join(", ", names.subList(required, names.size())) + ")";
        }
    }

    /** One line of a lexicon file, its cells trimmed. */
    public static final class Row {
        private final String file;
        private final int line;
        private final Columns columns;
        private final String[] cells;

        Row(String file, int line, Columns columns, String[] cells) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        /** The cell of a column; "" for an optional column the row leaves out. */
        public String get(String column) {
            int i = columns.index(column);
            return i < cells.length ? cells[i] : "";
        }

        /** The items of a list column, in order. */
        public List<String> items(String column) {
            String c = get(column);
            if (c.isEmpty()) return List.of();
            List<String> out = new ArrayList<>();
            for (String item : c.split(",")) out.add(item.trim());
            return out;
        }

        /**
         * A name from a closed set, given as an enum: the constant whose name, in lower case with
         * '-' for '_', is the cell ({@code handover}, {@code oil-field}).
         */
        public <E extends Enum<E>> E name(String column, Class<E> type) {
            return name(column, get(column), type);
        }

        /** {@link #name(String, Class)} for one item of a list column. */
        public <E extends Enum<E>> E name(String column, String value, Class<E> type) {
            for (E e : type.getEnumConstants()) if (code(e).equals(value)) return e;
            List<String> known = new ArrayList<>();
            for (E e : type.getEnumConstants()) known.add(code(e));
            throw error("unknown " + column + " '" + value + "' (known: " + String.join(", ", known) + ")");
        }

        /** A name from a closed set given as a map from name to meaning. */
        public <T> T name(String column, String value, Map<String, T> known) {
            T t = known.get(value);
            if (t == null) {
                throw error("unknown " + column + " '" + value + "' (known: " + String.join(", ", new java.util.TreeSet<>(known.keySet())) + ")");
            }
            return t;
        }

        /** A whole number, with the name of what it counts for the message. */
        public int number(String column, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(column + " must be a whole number, not '" + value + "'");
            }
        }

        /** An error about this row, to throw: it names the file and the line. */
        public LexiconException error(String reason) {
            return new LexiconException(file, line, reason);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + String.join("\t", cells);
        }
    }

    /** The lower-case code of an enum constant as files write it: {@code OIL_FIELD} is {@code oil-field}. */
    public static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads and checks every row of a file. A missing file is an error too. */
    public static List<Row> read(Source source, String file, Columns columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = source.open(file)) {
            if (in == null) throw new LexiconException(file, 0, "missing lexicon file");
            // strict: a byte that is not UTF-8 is an error, not a silent replacement character
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (n == 1 && s.startsWith("\uFEFF")) s = s.substring(1);
                if (s.isBlank() || s.startsWith("#")) continue;
                String[] cells = s.split("\t", -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].trim();
                // trailing empty optional cells are the same as leaving them out
                int len = cells.length;
                while (len > columns.required && cells[len - 1].isEmpty()) len--;
                if (len < columns.required || len > columns.names.size()) {
                    throw new LexiconException(file, n, "expected " + columns.describe() + ", found " + cells.length);
                }
                cells = Arrays.copyOf(cells, len);
                for (int i = 0; i < columns.required; i++) {
                    if (cells[i].isEmpty()) throw new LexiconException(file, n, "empty column " + columns.names.get(i));
                }
                for (int i : columns.lists) {
                    if (i >= cells.length || cells[i].isEmpty()) continue;
                    for (String item : cells[i].split(",", -1)) {
                        if (item.isBlank()) {
                            throw new LexiconException(file, n, "empty item in " + columns.names.get(i) + " (a doubled or trailing comma)");
                        }
                    }
                }
                rows.add(new Row(file, n, columns, cells));
            }
        } catch (CharacterCodingException e) {
            throw new LexiconException(file, 0, "not valid UTF-8");
        } catch (IOException e) {
            throw new LexiconException(file, 0, "cannot read: " + e.getMessage());
        }
        return rows;
    }

    /**
     * What each form means so far in one file. The same form listed twice with the same meaning
     * is a harmless repeat (two spellings that normalise alike); with two meanings it is an error,
     * since only one of them could ever be read.
     *
     * @param <K> the form as the file's owner keys it (the normalised form, maybe with its part of speech)
     */
    public static final class Meanings<K> {
        private record Seen(Object meaning, int line) {}

        private final Map<K, Seen> seen = new HashMap<>();

        /** Records a form's meaning; throws when the form already means something else. */
        public void add(Row row, K form, Object meaning) {
            add(row, form, meaning, m -> String.valueOf(m));
        }

        public <M> void add(Row row, K form, M meaning, Function<M, String> describe) {
            Seen before = seen.putIfAbsent(form, new Seen(meaning, row.line()));
            if (before != null && !before.meaning().equals(meaning)) {
                @SuppressWarnings("unchecked")
                M old = (M) before.meaning();
                throw row.error("'" + form + "' is listed as " + describe.apply(meaning) + " but line " + before.line()
                        + " already lists it as " + describe.apply(old));
            }
        }
    }
}
