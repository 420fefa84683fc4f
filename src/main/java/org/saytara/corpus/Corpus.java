package org.saytara.corpus;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The articles Saytara reads, sorted by id, and what went wrong while loading them.
 *
 * <p>Two layouts are read from one folder (not its subfolders):
 * <ul>
 *   <li>{@code NAME.txt} with an optional {@code NAME.json} sidecar holding {@code id, title,
 *   outlet, url, published, language}; the id defaults to {@code NAME};</li>
 *   <li>{@code *.jsonl}, one article per line with the same fields plus {@code text}; the id
 *   defaults to {@code STEM-LINE}.</li>
 * </ul>
 * Files whose names start with a dot are ignored (temporary files of {@link ArticleWriter}, the
 * review database's {@code .saytara} folder). Nothing outside the folder is read: a symbolic link
 * is followed only to a file inside it, and only regular files are opened.
 *
 * <p><b>The text is normalised:</b> a UTF-8 byte order mark is removed and Windows (CRLF) and old
 * Mac (CR) line endings become LF. Every offset later stages report (evidence spans) refers to this
 * normalised text, not to the bytes on disk.
 *
 * <p>Nothing bad stops a load: invalid UTF-8, empty, binary and oversized files, broken jsonl
 * lines, duplicate ids, the same text loaded already under another name (and the same date, or
 * none), links leading out of the folder, link loops, broken links, folders, FIFOs and unreadable
 * files are skipped; broken sidecars, bad fields, missing dates and text with no Arabic are loaded
 * with a warning. Each case is a {@link LoadProblem} naming the file (and line).
 */
public record Corpus(List<Article> articles, List<LoadProblem> problems) implements HeldTexts {
    private static final Comparator<Article> BY_ID = Comparator.comparing(Article::id);

    public Corpus {
        articles = articles.stream().sorted(BY_ID).toList();
        problems = List.copyOf(problems);
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            if (!ids.add(a.id())) throw new IllegalArgumentException("two articles with id " + a.id());
        }
    }

    /** Reads a corpus folder with the default limits ({@link CorpusOptions#defaults()}). */
    public static Corpus load(Path dir) {
        return load(dir, CorpusOptions.defaults());
    }

    /**
     * Reads a corpus folder.
     *
     * @throws IllegalArgumentException when {@code dir} is not a folder
     * @throws java.io.UncheckedIOException when the folder cannot be listed
     */
    public static Corpus load(Path dir, CorpusOptions options) {
        return new CorpusLoader(dir, options).load();
    }

    /**
     * Reads a corpus folder one article at a time, in the order {@link #load} would list them
     * before sorting, handing each to {@code sink} with where its text can be read again; nothing
     * is kept. The same checks and messages as {@link #load}.
     *
     * @return what went wrong, as {@link #problems()} would list it
     */
    public static List<LoadProblem> scan(Path dir, CorpusOptions options, BiConsumer<Article, TextSource> sink) {
        return new CorpusLoader(dir, options).scan(sink::accept);
    }

    /**
     * As {@link #scan(Path, CorpusOptions, BiConsumer)}, over only the files whose names pass
     * {@code names}: one changed file is read again alone. Ids are checked for duplicates only
     * among those files.
     */
    public static List<LoadProblem> scan(Path dir, CorpusOptions options, Predicate<String> names,
                                         BiConsumer<Article, TextSource> sink) {
        return new CorpusLoader(dir, options).only(names).scan(sink::accept);
    }

    static Corpus load(Path dir, CorpusOptions options, CorpusEntries.Access access) {
        return new CorpusLoader(dir, options, access).load();
    }

    /** The same articles with more problems to report after the loader's (a start-up repair's notes). */
    public Corpus withProblems(List<LoadProblem> more) {
        if (more.isEmpty()) return this;
        List<LoadProblem> all = new java.util.ArrayList<>(more);
        all.addAll(problems);
        return new Corpus(articles, all);
    }

    /**
     * The article holding exactly this (normalised) text as the same report: the same publication
     * date, or one of the two undated. A POST of such a text is a duplicate, as a copied file is.
     */
    public java.util.Optional<Article> sameText(String text, java.time.LocalDate published) {
        for (Article a : articles) {
            if (a.text().equals(text) && ArticleInfo.sameReport(a.published(), published)) return java.util.Optional.of(a);
        }
        return java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> heldAs(String normalisedText, java.time.LocalDate published) {
        return sameText(normalisedText, published).map(Article::id);
    }

    /** A corpus held in memory (tests, a single posted article); ids must be unique. */
    public static Corpus of(List<Article> articles) {
        return new Corpus(articles, List.of());
    }

    /** Problems that cost an article (or a jsonl line). */
    public List<LoadProblem> skipped() {
        return problems.stream().filter(LoadProblem::skipped).toList();
    }
}
