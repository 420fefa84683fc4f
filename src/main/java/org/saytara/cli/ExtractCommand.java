package org.saytara.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.corpus.CorpusOptions;
import org.saytara.corpus.LoadProblem;
import org.saytara.extract.Event;
import org.saytara.extract.UnlocatedEvent;
import java.util.Map;
import java.util.stream.Collectors;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.json.Json;
import org.saytara.pipeline.Pipeline;

/** {@code extract --corpus DIR [--out FILE] [--geodata DIR]}: the events of a corpus as JSON. */
final class ExtractCommand {
    static final String HELP = """
            Usage: saytara extract --corpus DIR [--out FILE] [--unlocated FILE] [--geodata DIR] [--profile DIR] [--quiet] [--explain]

            Reads every article of DIR (NAME.txt + NAME.json pairs, and .jsonl files) and writes
            every control-change event found as a JSON array: to FILE, or to standard output.
            Events at places no source of the gazetteer has (قرية كبشين) are left out of it and
            written to --unlocated FILE, with the name as written; the summary lists the most
            reported of those names. Progress and the summary go to standard error. --explain prints each sentence with
            the label every word got (place, actor, trigger, marker, source, cue) instead.
            """ + ProfileArg.HELP;

    private ExtractCommand() {}

    static int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("corpus", "out", "unlocated", "geodata", ProfileArg.NAME), Set.of("quiet", "help", "explain"));
        if (args.flag("help")) {
            out.print(HELP);
            return 0;
        }
        String corpusDir = args.get("corpus");
        if (corpusDir == null) throw new Args.UsageException("--corpus DIR is required");
        boolean quiet = args.flag("quiet");
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load(Geodata.locate(args.get("geodata")));
        Pipeline pipeline = Pipeline.create(gazetteer, ProfileArg.load(args));
        if (args.flag("explain")) {
            Corpus corpus = Corpus.load(Path.of(corpusDir));
            for (Article a : corpus.articles()) out.println("== " + a.id() + "\n" + pipeline.extractor().explain(a));
            return 0;
        }
        Pipeline.Extracted found = pipeline.extract(Path.of(corpusDir), CorpusOptions.defaults(), n -> {
            if (!quiet) err.printf("\r%d articles extracted", n);
        });
        if (!quiet && found.articles() >= 1000) err.println();
        List<Event> events = found.events();
        byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(events);
        if (args.get("out") != null) {
            Path target = Path.of(args.get("out"));
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.write(target, json);
        } else {
            out.write(json);
            out.println();
        }
        if (args.get("unlocated") != null) {
            Path target = Path.of(args.get("unlocated"));
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.write(target, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(found.unlocated()));
        }
        if (!quiet) {
            for (LoadProblem p : found.problems()) err.println((p.skipped() ? "skipped: " : "warning: ") + p);
            if (!found.unlocated().isEmpty()) err.println(unlocatedSummary(found.unlocated()));
            long places = events.stream().map(e -> e.place().id()).distinct().count();
            err.printf("articles read: %d, skipped: %d, events: %d, places: %d, threads: %d, time: %.1f s%n",
                    found.articles(), found.skipped().size(), events.size(), places, pipeline.threads(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    /** "unlocated: 7 events at 5 places no source has: كبشين (3), …": the names to add first. */
    static String unlocatedSummary(List<UnlocatedEvent> unlocated) {
        Map<String, Long> byName = unlocated.stream().collect(Collectors.groupingBy(UnlocatedEvent::name, Collectors.counting()));
        String top = byName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        return "unlocated: " + unlocated.size() + " events at " + byName.size() + " places no source has: " + top
                + (byName.size() > 12 ? ", …" : "");
    }
}
