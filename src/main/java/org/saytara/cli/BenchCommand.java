package org.saytara.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.extract.Extractor;
import org.saytara.gazetteer.Gazetteer;

/**
 * {@code bench}: extraction throughput in MB/s of Arabic text, side by side with a bare pass of
 * Lucene's ArabicAnalyzer (tokenise, normalise, stem) over the same text. The ratio is the figure
 * that counts, since both run on the same machine at the same moment.
 *
 * <p>The corpus is made from the seed articles: their sentences shuffled into new articles of about
 * 4 KB (seeded, so every run reads the same text), until it reaches the asked size. Both passes are
 * warmed up for ten seconds first (the extractor has many methods for the JIT to compile); each size then reports the best of its rounds.
 */
final class BenchCommand {
    static final String HELP = """
            Usage: saytara bench [--corpus DIR] [--sizes 5,50,100] [--rounds 3] [--geodata DIR] [--profile DIR] [--gazetteer]
                   saytara bench --scale [...]   (archives of many articles; bench --scale --help)

            Builds corpora of the given sizes in MB from the sentences of the articles in DIR
            (default: corpus/), then times extraction and a bare Lucene ArabicAnalyzer pass over
            each, best of --rounds (more for small sizes, so that each reads at least 40 MB), after
            an untimed warm-up of ten seconds, and prints MB/s for both and their ratio.
            With --gazetteer it measures the gazetteer instead: places by type, load time (cold,
            in this fresh JVM) and the heap it retains.
            """;

    private BenchCommand() {}

    static int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        if (argv.contains("--scale")) {
            Args scale = new Args(argv, Set.of("corpus", "sizes", "posts", "heap", "jvm", "work", "geodata"), Set.of("scale", "keep", "help"));
            if (scale.flag("help")) {
                out.print(ScaleBench.HELP);
                return 0;
            }
            return ScaleBench.run(scale, out, err);
        }
        Args args = new Args(argv, Set.of("corpus", "sizes", "rounds", "geodata", ProfileArg.NAME), Set.of("help", "gazetteer"));
        if (args.flag("help")) {
            out.print(HELP);
            return 0;
        }
        if (args.flag("gazetteer")) {
            GazetteerBench.run(Geodata.locate(args.get("geodata")), out);
            return 0;
        }
        Corpus seeds = Corpus.load(Path.of(args.get("corpus", "corpus")));
        if (seeds.articles().isEmpty()) throw new Args.UsageException("no articles to build a bench corpus from");
        Extractor extractor = Extractor.create(Gazetteer.load(Geodata.locate(args.get("geodata"))), ProfileArg.load(args));
        int rounds = args.intValue("rounds", 3);
        // Warm both paths up first (untimed), so the smallest size is not a measure of the JIT.
        List<Article> warmup = synthesize(seeds.articles(), 10_000_000L);
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        do {
            analyze(warmup);
            for (Article a : warmup) extractor.extract(a);
        } while (System.nanoTime() < warmUntil);
        out.printf("%-8s %-12s %-14s %-14s %-10s %-8s%n", "size", "articles", "lucene MB/s", "extract MB/s", "ratio", "events");
        for (String size : args.get("sizes", "5,50,100").split(",")) {
            int mb = Integer.parseInt(size.trim());
            List<Article> articles = synthesize(seeds.articles(), mb * 1_000_000L);
            long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
            double lucene = 0, extract = 0;
            long events = 0;
            // A small corpus takes more rounds to reach a steady state: read at least 40 MB per size.
            int sizeRounds = Math.max(rounds, (int) Math.ceil(40.0 / Math.max(1, mb)));
            for (int r = 0; r < sizeRounds; r++) {
                long t0 = System.nanoTime();
                long tokens = analyze(articles);
                long t1 = System.nanoTime();
                long found = 0;
                for (Article a : articles) found += extractor.extract(a).size();
                long t2 = System.nanoTime();
                lucene = Math.max(lucene, bytes / 1e6 / ((t1 - t0) / 1e9));
                extract = Math.max(extract, bytes / 1e6 / ((t2 - t1) / 1e9));
                events = found + (tokens < 0 ? 1 : 0);
            }
            out.printf("%-8s %-12d %-14.1f %-14.1f %-10.2f %-8d%n", mb + " MB", articles.size(), lucene, extract,
                    lucene / extract, events);
        }
        return 0;
    }

    /** Counts tokens so the JIT cannot drop the pass. */
    private static long analyze(List<Article> articles) throws IOException {
        long n = 0;
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            for (Article a : articles) {
                try (TokenStream ts = analyzer.tokenStream("text", new StringReader(a.text()))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) n += term.length() > 0 ? 1 : 0;
                    ts.end();
                }
            }
        }
        return n;
    }

    static List<Article> synthesize(List<Article> seeds, long targetBytes) {
        List<String> sentences = new ArrayList<>();
        for (Article a : seeds) {
            for (String s : a.text().split("(?<=[.!؟?])\\s+|\\n+")) if (s.strip().length() > 20) sentences.add(s.strip());
        }
        Random random = new Random(42);
        List<Article> out = new ArrayList<>();
        long bytes = 0;
        LocalDate base = LocalDate.of(2016, 1, 1);
        while (bytes < targetBytes) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 2200) b.append(sentences.get(random.nextInt(sentences.size()))).append('\n');
            String text = b.toString();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            out.add(new Article("bench-" + out.size(), null, "bench", null, base.plusDays(random.nextInt(700)), "ar", text,
                    "bench"));
        }
        return out;
    }
}
