package org.saytara.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.saytara.json.Json;

/**
 * One pass over a corpus folder. Files are visited in name order and jsonl lines in line order, so
 * "the first of two articles with the same id" means the same one on every machine.
 */
final class CorpusLoader {
    /** A sidecar is a few hundred bytes; anything near this is not metadata. */
    private static final int MAX_SIDECAR_BYTES = 1024 * 1024;
    /** Problems listed one by one per jsonl file; the rest are counted. */
    private static final int MAX_LISTED_LINE_PROBLEMS = 100;

    /** Receives each accepted article, in load order, with where its text can be read again. */
    interface Sink {
        void accept(Article article, TextSource source);
    }

    private final Path dir;
    private final CorpusOptions options;
    /** Where each accepted id came from, to name the first copy when a duplicate turns up. */
    private final Map<String, String> originById = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private Sink sink;
    private java.util.function.Predicate<String> names = name -> true;

    CorpusLoader(Path dir, CorpusOptions options) {
        this.dir = dir;
        this.options = options;
    }

    /** Reads only the files whose names pass the test. */
    CorpusLoader only(java.util.function.Predicate<String> names) {
        this.names = names;
        return this;
    }

    /** Reads the whole corpus into memory, texts included. */
    Corpus load() {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<LoadProblem> found = scan((a, source) -> byId.put(a.id(), a));
        return new Corpus(new ArrayList<>(byId.values()), found);
    }

    /**
     * Reads the corpus one article at a time, handing each to the sink as soon as it is read, so
     * that the texts of a large corpus need not all be in memory at once.
     *
     * @return the problems met, in file order
     */
    List<LoadProblem> scan(Sink sink) {
        this.sink = sink;
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("corpus folder not found: " + dir);
        List<Path> files = listFiles();
        Set<String> textStems = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt")) {
                textStems.add(stem(name));
                loadTextFile(file);
            } else if (lower.endsWith(".jsonl")) {
                loadJsonl(file);
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".json") && !textStems.contains(stem(name))) {
                problems.add(LoadProblem.skipped(name, null,
                        "sidecar without a " + stem(name) + ".txt beside it; ignored"));
            }
        }
        return problems;
    }

    private List<Path> listFiles() {
        try (Stream<Path> entries = Files.list(dir)) {
            // Dot files are editor backups and ArticleWriter's temporary files: never articles.
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> names.test(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + dir, e);
        }
    }

    private void loadTextFile(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = readText(file, name);
        } catch (IOException e) {
            problems.add(LoadProblem.skipped(name, null, "cannot read: " + e.getMessage()));
            return;
        }
        if (text == null) return;
        ArticleMetadata meta = readSidecar(file.resolveSibling(stem(name) + ".json"));
        String id = meta.id() != null ? meta.id() : idFromFileName(name, null);
        accept(new Article(id, meta.title(), meta.outlet(), meta.url(), meta.published(), meta.language(),
                text, name), new TextSource.TextFile(file, options.maxArticleBytes()), name, null, meta);
    }

    /** The normalised text, or null after recording why the file was skipped. */
    private String readText(Path file, String name) throws IOException {
        long max = options.maxArticleBytes();
        long size = Files.size(file);
        if (size > max) {
            problems.add(LoadProblem.skipped(name, null, tooBig(size, max)));
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded even after the size check: the file may grow between the two calls.
            bytes = in.readNBytes((int) max + 1);
        }
        if (bytes.length > max) {
            problems.add(LoadProblem.skipped(name, null, tooBig(bytes.length, max)));
            return null;
        }
        return checkedText(bytes, bytes.length, name, null);
    }

    private String checkedText(byte[] bytes, int length, String name, Integer line) {
        if (length == 0) {
            problems.add(LoadProblem.skipped(name, line, "empty file (0 bytes)"));
            return null;
        }
        if (ArticleText.hasNulByte(bytes, length)) {
            problems.add(LoadProblem.skipped(name, line, "binary file (contains NUL bytes)"));
            return null;
        }
        String text;
        try {
            text = ArticleText.normalise(ArticleText.decodeUtf8(bytes, length));
        } catch (ArticleText.MalformedUtf8 e) {
            problems.add(LoadProblem.skipped(name, line, e.getMessage()));
            return null;
        }
        var rejection = ArticleText.rejection(text);
        if (rejection.isPresent()) {
            problems.add(LoadProblem.skipped(name, line, rejection.get()));
            return null;
        }
        return text;
    }

    private ArticleMetadata readSidecar(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) return ArticleMetadata.empty();
        String name = sidecar.getFileName().toString();
        try {
            if (Files.size(sidecar) > MAX_SIDECAR_BYTES) {
                problems.add(LoadProblem.warning(name, null,
                        "sidecar is over " + MAX_SIDECAR_BYTES + " bytes; metadata ignored"));
                return ArticleMetadata.empty();
            }
            JsonNode node = Json.mapper().readTree(sidecar.toFile());
            if (node == null || !node.isObject()) {
                problems.add(LoadProblem.warning(name, null, "sidecar is not a JSON object; metadata ignored"));
                return ArticleMetadata.empty();
            }
            ArticleMetadata meta = ArticleMetadata.from(node);
            if (meta.text() != null) {
                problems.add(LoadProblem.warning(name, null,
                        "field \"text\" in a sidecar is ignored; the text is the .txt file"));
            }
            return meta;
        } catch (JsonProcessingException e) {
            problems.add(LoadProblem.warning(name, null, "broken JSON (" + describe(e) + "); metadata ignored"));
            return ArticleMetadata.empty();
        } catch (IOException e) {
            problems.add(LoadProblem.warning(name, null, "cannot read sidecar: " + e.getMessage()
                    + "; metadata ignored"));
            return ArticleMetadata.empty();
        }
    }

    private void loadJsonl(Path file) {
        String name = file.getFileName().toString();
        int firstProblem = problems.size();
        try (InputStream in = Files.newInputStream(file)) {
            BoundedLines lines = new BoundedLines(in, (int) options.maxArticleBytes());
            BoundedLines.Line line;
            while ((line = lines.next()) != null) loadJsonlLine(file, name, line);
        } catch (IOException e) {
            problems.add(LoadProblem.skipped(name, null, "cannot read: " + e.getMessage()
                    + " (lines before the error were kept)"));
        }
        collapseProblemsAfter(firstProblem, name);
    }

    /**
     * A crawl with a bad line every few bytes, or a million undated articles, would bury every
     * other message: keep the first ones of this file and count the rest in one line.
     */
    private void collapseProblemsAfter(int firstProblem, String name) {
        List<LoadProblem> ofFile = problems.subList(firstProblem, problems.size());
        if (ofFile.size() <= MAX_LISTED_LINE_PROBLEMS) return;
        List<LoadProblem> rest = ofFile.subList(MAX_LISTED_LINE_PROBLEMS, ofFile.size());
        long skipped = rest.stream().filter(LoadProblem::skipped).count();
        long warnings = rest.size() - skipped;
        LoadProblem summary = new LoadProblem(name, null, "and " + rest.size() + " more problems not listed ("
                + skipped + " lines skipped, " + warnings + " warnings)", skipped > 0);
        rest.clear();
        problems.add(summary);
    }

    private void loadJsonlLine(Path file, String name, BoundedLines.Line line) {
        int n = line.number();
        if (line.oversized()) {
            problems.add(LoadProblem.skipped(name, n, tooBig(line.actualLength(), options.maxArticleBytes())));
            return;
        }
        int length = line.length();
        byte[] bytes = line.bytes();
        if (length > 0 && bytes[length - 1] == '\r') length--;
        if (isBlank(bytes, length)) return;
        String json = checkedLine(bytes, length, name, n);
        if (json == null) return;
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(LoadProblem.skipped(name, n, "broken JSON (" + describe(e) + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.add(LoadProblem.skipped(name, n, "not a JSON object"));
            return;
        }
        ArticleMetadata meta = ArticleMetadata.from(node);
        if (meta.text() == null) {
            problems.add(LoadProblem.skipped(name, n, "no \"text\" field (or it is empty or not a string)"));
            return;
        }
        String text = ArticleText.normalise(meta.text());
        var rejection = ArticleText.rejection(text);
        if (rejection.isPresent()) {
            problems.add(LoadProblem.skipped(name, n, rejection.get().replace("file", "text")));
            return;
        }
        String id = meta.id() != null ? meta.id() : idFromFileName(name, n);
        accept(new Article(id, meta.title(), meta.outlet(), meta.url(), meta.published(), meta.language(),
                text, name + ":" + n), new TextSource.JsonlLine(file, line.offset(), length), name, n, meta);
    }

    /** A jsonl line must decode; a NUL inside JSON text would be escaped, so a raw one is binary. */
    private String checkedLine(byte[] bytes, int length, String name, int n) {
        if (ArticleText.hasNulByte(bytes, length)) {
            problems.add(LoadProblem.skipped(name, n, "binary data (contains NUL bytes)"));
            return null;
        }
        try {
            return ArticleText.decodeUtf8(bytes, length);
        } catch (ArticleText.MalformedUtf8 e) {
            problems.add(LoadProblem.skipped(name, n, e.getMessage() + " of the line"));
            return null;
        }
    }

    private void accept(Article article, TextSource source, String file, Integer line, ArticleMetadata meta) {
        String first = originById.get(article.id());
        if (first != null) {
            problems.add(LoadProblem.skipped(file, line, "duplicate id \"" + article.id()
                    + "\": already loaded from " + first + "; this copy skipped"));
            return;
        }
        originById.put(article.id(), article.origin());
        String metaFile = line == null ? stem(file) + ".json" : file;
        for (String warning : meta.warnings()) problems.add(LoadProblem.warning(metaFile, line, warning));
        if (!ArticleText.hasArabicLetter(article.text())) {
            problems.add(LoadProblem.warning(file, line,
                    "text contains no Arabic letters; loaded, but no places or events will be found in it"));
        }
        if (article.published() == null) {
            problems.add(LoadProblem.warning(file, line,
                    "no published date; loaded, events get only dates the text carries"));
        }
        sink.accept(article, source);
    }

    /** The stem with anything unsafe for an id turned into '-', plus the line for jsonl. */
    private String idFromFileName(String name, Integer line) {
        String stem = stem(name).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[._-]+", "");
        if (stem.isEmpty()) stem = "article";
        return line == null ? stem : stem + "-" + line;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private static String tooBig(long size, long max) {
        return String.format(Locale.ROOT, "too large: %d bytes (%.1f MB), over the limit of %d bytes; not read",
                size, size / 1048576.0, max);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return e.getOriginalMessage().lines().findFirst().orElse("syntax error") + where;
    }
}
