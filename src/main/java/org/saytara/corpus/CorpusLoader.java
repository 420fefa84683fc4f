package org.saytara.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.saytara.json.Json;

/**
 * One pass over a corpus folder. Files are visited in name order and jsonl lines in line order, so
 * "the first of two articles with the same id" (or the same text) means the same one on every
 * machine.
 *
 * <p><b>Only the corpus folder is read.</b> Every entry is checked before it is opened (see
 * {@link CorpusEntries}): a symbolic link is followed only when its final target lies inside the
 * corpus folder, and only regular files are opened, without following a link at the last step, so
 * a link swapped in after the check is not followed either. Folders, FIFOs, sockets, devices, link
 * loops, broken links and unreadable files are skipped, each with its message.
 *
 * <p><b>Texts are not kept.</b> Each accepted article is handed to a {@link Sink} as soon as it is
 * read, with where its text can be read again; the same text under a second name is found by the
 * SHA-256 of the text, kept as 8 bytes per article, so a large archive never sits in memory.
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

    /** What is kept of an accepted article to name it when a copy turns up. */
    private record Seen(String id, String origin, LocalDate published) {}

    private final Path dir;
    private final CorpusOptions options;
    /** Where each accepted id came from, to name the first copy when a duplicate turns up. */
    private final Map<String, String> originById = new HashMap<>();
    /** Accepted articles by the hash of their text ({@link ArticleInfo#textHash}), to find the same text under another name. */
    private final Map<Long, List<Seen>> byText = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final CorpusEntries entries;
    private Sink sink;
    private Predicate<String> names = name -> true;

    CorpusLoader(Path dir, CorpusOptions options) {
        this(dir, options, CorpusEntries.Access.SYSTEM);
    }

    /** @param access how files are checked for readability; tests stand in an unreadable one */
    CorpusLoader(Path dir, CorpusOptions options, CorpusEntries.Access access) {
        this.dir = dir;
        this.options = options;
        this.entries = new CorpusEntries(dir, access);
    }

    /** Reads only the files whose names pass the test (one changed file read again alone). */
    CorpusLoader only(Predicate<String> names) {
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
        List<Path> files = listEntries();
        Map<String, CorpusEntries.Entry> sidecars = new HashMap<>();
        Set<String> textStems = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean text = lower.endsWith(".txt");
            boolean lines = lower.endsWith(".jsonl");
            boolean sidecar = lower.endsWith(".json");
            CorpusEntries.Entry entry = entries.check(file);
            if (!text && !lines && !sidecar) {
                // Other files (a README, notes) are not articles; a folder might be meant as one.
                if (entry.isFolder()) problems.add(LoadProblem.skipped(name, null, CorpusEntries.SUBFOLDER));
                continue;
            }
            if (text) textStems.add(stem(name));
            if (entry.problem() != null) {
                problems.add(sidecar ? LoadProblem.warning(name, null, entry.problem() + "; metadata ignored")
                        : LoadProblem.skipped(name, null, entry.problem()));
                continue;
            }
            if (text) loadTextFile(entry, name);
            else if (lines) loadJsonl(entry, name);
            else sidecars.put(name, entry);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".json") && sidecars.containsKey(name)
                    && !textStems.contains(stem(name))) {
                problems.add(LoadProblem.skipped(name, null,
                        "sidecar without a " + stem(name) + ".txt beside it; ignored"));
            }
        }
        return problems;
    }

    /** Every entry of the folder but hidden ones, in name order. */
    private List<Path> listEntries() {
        try (Stream<Path> listed = Files.list(dir)) {
            // Dot files are editor backups, ArticleWriter's temporary files and the review
            // database's folder (.saytara): never articles.
            return listed.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> names.test(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + dir, e);
        }
    }

    private void loadTextFile(CorpusEntries.Entry entry, String name) {
        String text;
        try {
            text = readText(entry, name);
        } catch (IOException e) {
            problems.add(LoadProblem.skipped(name, null, CorpusEntries.cannotRead(e)));
            return;
        }
        if (text == null) return;
        ArticleMetadata meta = readSidecar(dir.resolve(stem(name) + ".json"));
        String id = meta.id() != null ? meta.id() : idFromFileName(name, null);
        accept(new Article(id, meta.title(), meta.outlet(), meta.url(), meta.published(), meta.language(),
                text, name), new TextSource.TextFile(entry.target(), options.maxArticleBytes()), name, null, meta);
    }

    /** The normalised text, or null after recording why the file was skipped. */
    private String readText(CorpusEntries.Entry entry, String name) throws IOException {
        long max = options.maxArticleBytes();
        long size = entry.size();
        if (size > max) {
            problems.add(LoadProblem.skipped(name, null, tooBig(size, max)));
            return null;
        }
        byte[] bytes;
        try (InputStream in = entry.open()) {
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
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) return ArticleMetadata.empty();
        String name = sidecar.getFileName().toString();
        CorpusEntries.Entry entry = entries.check(sidecar);
        // A sidecar that cannot be opened safely was reported when the folder was listed.
        if (entry.problem() != null) return ArticleMetadata.empty();
        try {
            if (entry.size() > MAX_SIDECAR_BYTES) {
                problems.add(LoadProblem.warning(name, null,
                        "sidecar is over " + MAX_SIDECAR_BYTES + " bytes; metadata ignored"));
                return ArticleMetadata.empty();
            }
            JsonNode node;
            try (InputStream in = entry.open()) {
                node = Json.mapper().readTree(in.readNBytes(MAX_SIDECAR_BYTES + 1));
            }
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
            problems.add(LoadProblem.warning(name, null, "sidecar: " + CorpusEntries.cannotRead(e)
                    + "; metadata ignored"));
            return ArticleMetadata.empty();
        }
    }

    private void loadJsonl(CorpusEntries.Entry entry, String name) {
        int firstProblem = problems.size();
        try (InputStream in = entry.open()) {
            BoundedLines lines = new BoundedLines(in, (int) options.maxArticleBytes());
            BoundedLines.Line line;
            while ((line = lines.next()) != null) loadJsonlLine(entry.target(), name, line);
        } catch (IOException e) {
            problems.add(LoadProblem.skipped(name, null, CorpusEntries.cannotRead(e)
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
        long hash = ArticleInfo.textHash(article.text());
        Seen sameText = sameText(hash, article.published());
        if (sameText != null) {
            problems.add(LoadProblem.skipped(file, line, "same text as " + sameText.origin()
                    + " (article \"" + sameText.id() + "\"), already loaded; this copy is not counted twice"));
            return;
        }
        originById.put(article.id(), article.origin());
        byText.computeIfAbsent(hash, k -> new ArrayList<>(1)).add(new Seen(article.id(), article.origin(), article.published()));
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

    /**
     * An article already loaded with exactly this text (the same SHA-256, of which 64 bits are
     * kept: a chance collision is one in 10^19 pairs), as the same report: its publication date is
     * the same, or one of the two has none (a file copied without its sidecar). The same text
     * published on another date is kept, as ArticleWriter keeps it: a wire story run again later.
     */
    private Seen sameText(long textHash, LocalDate published) {
        List<Seen> candidates = byText.get(textHash);
        if (candidates == null) return null;
        for (Seen other : candidates) {
            if (ArticleInfo.sameReport(other.published(), published)) return other;
        }
        return null;
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
