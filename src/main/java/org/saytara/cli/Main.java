package org.saytara.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar saytara.jar [command] [options]}. Commands: serve (the default), extract,
 * layers, import-gazetteer, import-geonames, bench, load-test. Each takes {@code --help}.
 */
public final class Main {
    static final String HELP = """
            Saytara reads Arabic war reporting and maps who controls what, by date.

            Usage: java -jar target/saytara.jar [command] [options]

            Commands:
              serve            the map and the HTTP API (the default command)
              extract          control-change events of a corpus, as JSON
              layers           GeoJSON per frame, the time-enabled history, the events CSV
              import-gazetteer rebuild the gazetteer of all Syria (localities, regions) from its sources
              import-geonames  rebuild geodata/geonames-sy.tsv (an input of import-gazetteer) from a GeoNames dump
              bench            extraction throughput against a bare Lucene ArabicAnalyzer pass
              load-test        concurrent layer requests on loopback while articles are added

            Run a command with --help for its options.
            """;

    private Main() {}

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = Arrays.asList(argv);
        boolean bareHelp = args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"));
        String command = bareHelp ? "help" : args.isEmpty() || args.get(0).startsWith("--") ? "serve" : args.get(0);
        List<String> rest = args.isEmpty() || args.get(0).startsWith("--") ? args : args.subList(1, args.size());
        if (command.equals("--help") || command.equals("help") || command.equals("-h")) {
            out.print(HELP);
            return 0;
        }
        try {
            return switch (command) {
                case "serve" -> ServeCommand.run(rest, out, err);
                case "extract" -> ExtractCommand.run(rest, out, err);
                case "layers" -> LayersCommand.run(rest, out, err);
                case "import-gazetteer" -> ImportGazetteerCommand.run(rest, out, err);
                case "import-geonames" -> ImportCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out, err);
                case "load-test" -> LoadTestCommand.run(rest, out);
                default -> {
                    err.println("unknown command: " + command);
                    err.print(HELP);
                    yield 2;
                }
            };
        } catch (Args.UsageException e) {
            err.println("saytara " + command + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("saytara " + command + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }
}
