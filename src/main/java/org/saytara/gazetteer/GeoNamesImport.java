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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Rebuilds {@code geodata/geonames-sy.tsv} from a GeoNames dump in the standard 19-column format
 * ({@code cities500.txt}, {@code SY.txt}, {@code allCountries.txt} all work). Keeps the rows of
 * one country, their Arabic and Latin alternate names, and picks as {@code name_ar} the Arabic
 * alternate whose consonants best match the Latin name (GeoNames lists alternates in no useful
 * order, and some places carry the name of a neighbouring hill or an old name as well).
 * The output is written to a temporary file and renamed, so a failed import leaves the old file.
 */
public final class GeoNamesImport {
    private static final int GEONAMES_COLUMNS = 19;

    private GeoNamesImport() {}

    /**
     * @param geonamesFile a GeoNames dump (UTF-8, tab-separated, no header)
     * @param countryCode  ISO 3166 alpha-2 code, e.g. {@code SY}
     * @param outTsv       the file to (re)write
     */
    public static ImportSummary run(Path geonamesFile, String countryCode, Path outTsv) {
        Dump dump = readDump(geonamesFile, countryCode);
        write(dump.rows(), outTsv);
        int withArabic = (int) dump.rows().stream().filter(r -> r.nameAr() != null).count();
        return new ImportSummary(dump.read(), dump.rows().size(), withArabic, dump.malformed(), outTsv);
    }

    /** The rows of one country in a GeoNames dump, with how many lines were read and skipped. */
    record Dump(List<GeoNamesRow> rows, long read, int malformed) {}

    static Dump readDump(Path geonamesFile, String countryCode) {
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) throw new IllegalArgumentException("not a country code: " + countryCode);
        List<GeoNamesRow> rows = new ArrayList<>();
        long read = 0;
        int malformed = 0;
        try (BufferedReader in = Files.newBufferedReader(geonamesFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                read++;
                String[] f = line.split("\t", -1);
                if (f.length != GEONAMES_COLUMNS) {
                    malformed++;
                    continue;
                }
                if (!f[8].equals(country)) continue;
                try {
                    rows.add(toRow(f));
                } catch (NumberFormatException e) {
                    malformed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GeoNames file " + geonamesFile, e);
        }
        return new Dump(rows, read, malformed);
    }

    private static GeoNamesRow toRow(String[] f) {
        Set<String> arabic = new LinkedHashSet<>();
        Set<String> latin = new LinkedHashSet<>();
        for (String alternate : f[3].split(",")) {
            String a = alternate.strip();
            if (a.isEmpty()) continue;
            if (ArabicNames.isArabic(a)) arabic.add(a);
            else if (ArabicNames.isLatin(a) && !a.equals(f[1]) && !a.equals(f[2])) latin.add(a);
        }
        return new GeoNamesRow(Long.parseLong(f[0]), f[1], f[2], bestArabicName(f[2], List.copyOf(arabic)),
                List.copyOf(arabic), List.copyOf(latin), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                f[7], f[10], f[14].isBlank() ? 0 : Long.parseLong(f[14]));
    }

    /** The Arabic alternate most like the ASCII name; the first one on a tie. */
    static String bestArabicName(String asciiName, List<String> arabicNames) {
        String latin = ArabicNames.latinSkeleton(asciiName);
        String best = null;
        double bestScore = -1;
        for (String candidate : arabicNames) {
            // A stray space splitting a word ("د مشق") is a typo in GeoNames: lose ties to it.
            double typoPenalty = candidate.matches(".*(^|\\s)\\S(\\s|$).*") ? 0.01 : 0;
            double score = ArabicNames.similarity(latin, ArabicNames.arabicSkeleton(candidate)) - typoPenalty;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static void write(List<GeoNamesRow> rows, Path out) {
        Path absolute = out.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            // Same folder, so the rename is atomic; not createTempFile, whose 0600 mode would stick.
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
            try {
                try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    w.write(GeoNamesRow.header());
                    w.write('\n');
                    for (GeoNamesRow row : rows) {
                        w.write(row.toTsv());
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
}
