package org.saytara.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The gazetteer's tab-separated files: UTF-8, one header line naming the columns, one record per
 * line, lists inside a field joined with {@code |}. Reading fails on the first bad line with the
 * file, line and column; writing goes to a temporary file renamed over the old one, so a failed
 * import never leaves half a file.
 */
final class TsvFile {
    private TsvFile() {}

    /** One data line, split; {@code get} names the column in errors. */
    record Line(String file, int number, List<String> columns, String[] fields) {
        String where() {
            return "line " + number;
        }

        String get(String column) {
            String v = fields[index(column)];
            // fields are written stripped; strip only what a hand edit may have added
            return v.isEmpty() || (v.charAt(0) > ' ' && v.charAt(v.length() - 1) > ' ') ? v : v.strip();
        }

        String orNull(String column) {
            String v = get(column);
            return v.isEmpty() ? null : v;
        }

        List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            if (v.indexOf('|') < 0) return List.of(v);
            List<String> out = new ArrayList<>(4);
            for (String s : v.split("\\|")) {
                String t = s.strip();
                if (!t.isEmpty()) out.add(t);
            }
            return List.copyOf(out);
        }

        double decimal(String column, double min, double max) {
            String v = get(column);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d) || d < min || d > max) {
                    throw GazetteerException.at(file, where(), column, "out of range: " + v);
                }
                return d;
            } catch (NumberFormatException e) {
                throw GazetteerException.at(file, where(), column, "not a number: \"" + v + "\"");
            }
        }

        long whole(String column, long ifEmpty) {
            String v = get(column);
            if (v.isEmpty()) return ifEmpty;
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw GazetteerException.at(file, where(), column, "not a whole number: \"" + v + "\"");
            }
        }

        GazetteerException error(String column, String problem) {
            return GazetteerException.at(file, where(), column, problem);
        }

        private int index(String column) {
            // the columns are few and the names short: a scan beats a map here
            int i = columns.indexOf(column);
            if (i < 0) throw new IllegalArgumentException("no column " + column);
            return i;
        }
    }

    static void read(Path path, List<String> columns, String rebuildHint, Consumer<Line> each) {
        String name = path.getFileName().toString();
        String header = String.join("\t", columns);
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.equals(header)) {
                throw new GazetteerException(name + ": line 1: header must be " + header.replace('\t', ' ')
                        + " (" + rebuildHint + ")");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != columns.size()) {
                    throw new GazetteerException(name + ": line " + number + ": " + f.length + " columns, expected "
                            + columns.size());
                }
                each.accept(new Line(name, number, columns, f));
            }
        } catch (IOException e) {
            throw new GazetteerException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    static void write(Path out, List<String> columns, List<List<String>> rows) {
        Path absolute = out.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            // Same folder, so the rename is atomic; not createTempFile, whose 0600 mode would stick.
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
            try {
                try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    w.write(String.join("\t", columns));
                    w.write('\n');
                    for (List<String> row : rows) {
                        if (row.size() != columns.size()) throw new IllegalStateException("row of " + row.size() + " fields");
                        w.write(String.join("\t", row));
                        w.write('\n');
                    }
                }
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** A field value: tabs, newlines and the list separator cannot occur inside one. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n|]", " ").strip();
    }

    static String join(List<String> names) {
        return String.join("|", names.stream().map(TsvFile::clean).filter(s -> !s.isEmpty()).toList());
    }

    static String coordinate(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }
}
