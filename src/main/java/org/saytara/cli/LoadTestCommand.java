package org.saytara.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.saytara.web.LoadTest;

/** {@code load-test}: many concurrent layer requests on loopback while articles are being added. */
final class LoadTestCommand {
    static final String HELP = """
            Usage: saytara load-test [--corpus DIR] [--requests 20000] [--clients 64] [--seconds 60]
                                     [--post-every-ms 250] [--out FILE]

            Starts the server on 127.0.0.1 over a temporary copy of DIR (default: corpus/; never
            written), then measures requests/s, p50/p99 latency and errors for: the same layer
            GeoJSON served as a static file, the API, and the API while an article is POSTed every
            --post-every-ms. Repeats with wrk when /usr/bin/wrk is installed. Bounded in requests
            and time; it stops by itself. Prints a Markdown report (and writes it to --out).
            """;

    private LoadTestCommand() {}

    static int run(List<String> argv, PrintStream out) throws Exception {
        if (argv.contains("--help")) {
            out.print(HELP);
            return 0;
        }
        LoadTest.Options options;
        try {
            options = LoadTest.Options.parse(argv.toArray(new String[0]));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Args.UsageException(e.getMessage() == null ? "bad options" : e.getMessage());
        }
        String report = LoadTest.markdown(options, LoadTest.run(options));
        out.println(report);
        if (options.out() != null) Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        return 0;
    }
}
