package org.saytara.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.saytara.gazetteer.GazetteerImport;
import org.saytara.gazetteer.GazetteerImportSummary;

/**
 * {@code import-gazetteer --wof DIR --open-syria DIR [--geonames FILE] [--words FILE] [--out DIR]}:
 * rebuilds the broad gazetteer of all Syria.
 */
final class ImportGazetteerCommand {
    static final String HELP = """
            Usage: saytara import-gazetteer --wof DIR --open-syria DIR [--geonames FILE] [--words FILE] [--out geodata/]

            Rebuilds geodata/localities-sy.tsv (every populated place of Syria with an Arabic name, its
            governorate and district), geodata/regions-sy.tsv (governorates, districts, sub-districts)
            and geodata/ordinary-words-ar.tsv (the names that are also ordinary words) from:
              --wof DIR         a checkout of whosonfirst-data/whosonfirst-data-admin-sy
              --open-syria DIR  a checkout of Open-Syria's data-geography (data/governorates.json …)
              --geonames FILE   GeoNames rows for Syria: geonames-sy.tsv (import-geonames) or a GeoNames
                                dump; default OUT/geonames-sy.tsv when it exists
              --words FILE      hunspell-ar's ar.dic (Debian package hunspell-ar);
                                default /usr/share/hunspell/ar.dic
            The curated OUT/places.geojson is read for its names (which are ordinary words) and is
            never rewritten. Pinned source versions and checksums: geodata/README.md.
            """;

    private ImportGazetteerCommand() {}

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("wof", "open-syria", "geonames", "words", "out"), Set.of("help"));
        if (args.flag("help")) {
            out.print(HELP);
            return 0;
        }
        if (args.get("wof") == null) throw new Args.UsageException("--wof DIR is required");
        if (args.get("open-syria") == null) throw new Args.UsageException("--open-syria DIR is required");
        Path outDir = Path.of(args.get("out", "geodata"));
        Path geonames = args.get("geonames") != null ? Path.of(args.get("geonames")) : outDir.resolve("geonames-sy.tsv");
        if (args.get("geonames") == null && !Files.isRegularFile(geonames)) geonames = null;
        GazetteerImportSummary s = GazetteerImport.run(new GazetteerImport.Sources(Path.of(args.get("wof")),
                Path.of(args.get("open-syria")), geonames, Path.of(args.get("words", "/usr/share/hunspell/ar.dic")),
                outDir.resolve("places.geojson")), outDir);
        err.println(s);
        return 0;
    }
}
