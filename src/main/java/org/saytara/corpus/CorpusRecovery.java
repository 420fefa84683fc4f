package org.saytara.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.saytara.json.Json;

/**
 * Clears up what a crash during {@link ArticleWriter#write} leaves in a corpus folder, once, when a
 * server starts (before anything else writes there). Each file it touches is reported.
 *
 * <p>The writer puts the sidecar {@code ID.json} in place first and the text {@code ID.txt} last,
 * each through a hidden temporary file {@code .ID.txt.tmp-UUID}; the POST is answered only after
 * both. So after a crash:
 * <ul>
 *   <li>a temporary text whose content hashes to its id (the id ends in the first 12 hex digits of
 *       the SHA-256 of the text) is complete: it is <b>recovered</b>, renamed into {@code ID.txt};</li>
 *   <li>any other temporary file is incomplete, or a sidecar whose text never followed: it is
 *       <b>removed</b>;</li>
 *   <li>a sidecar named like the writer's ids, holding that id, with no text beside it, belongs to
 *       a post that was never acknowledged: it is <b>removed</b>. Sidecars a person wrote keep the
 *       loader's warning.</li>
 * </ul>
 */
public final class CorpusRecovery {
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(txt|json)\\.tmp-[0-9a-fA-F-]{8,64}");
    private static final Pattern WRITER_ID = Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}|undated)-([0-9a-f]{12})");

    private CorpusRecovery() {}

    /** Repairs the folder; the list says what was done, file by file (empty when nothing was left over). */
    public static List<LoadProblem> run(Path dir) {
        List<LoadProblem> notes = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> listed = Files.list(dir)) {
            entries = listed.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + dir, e);
        }
        for (Path p : entries) {
            Matcher m = TEMP.matcher(p.getFileName().toString());
            if (m.matches() && isRegularFile(p)) recoverTemp(dir, p, m.group(1), m.group(2), notes);
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".json") || name.startsWith(".")) continue;
            String id = name.substring(0, name.length() - 5);
            if (WRITER_ID.matcher(id).matches() && isRegularFile(p)
                    && !Files.exists(dir.resolve(id + ".txt"), LinkOption.NOFOLLOW_LINKS) && holdsId(p, id)) {
                delete(p, notes, name, "sidecar of a posted article whose text was never saved (an interrupted"
                        + " write; the post was not acknowledged); removed");
            }
        }
        return notes;
    }

    private static void recoverTemp(Path dir, Path temp, String id, String extension, List<LoadProblem> notes) {
        String name = temp.getFileName().toString();
        Path target = dir.resolve(id + "." + extension);
        Matcher writerId = WRITER_ID.matcher(id);
        if (extension.equals("txt") && writerId.matches() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && Files.exists(dir.resolve(id + ".json"), LinkOption.NOFOLLOW_LINKS)
                && isComplete(temp, writerId.group(1))) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                notes.add(LoadProblem.warning(name, null, "complete text of an interrupted write; recovered as "
                        + id + ".txt"));
                return;
            } catch (IOException e) {
                notes.add(LoadProblem.warning(name, null, "complete text of an interrupted write, but it could not"
                        + " be renamed to " + id + ".txt (" + CorpusEntries.cannotRead(e) + "); left in place"));
                return;
            }
        }
        delete(temp, notes, name, "temporary file of an interrupted write (incomplete, or its article was"
                + " never saved); removed");
    }

    /** The writer's id ends in the text's hash: a text that still hashes to it was written whole. */
    private static boolean isComplete(Path temp, String hashPrefix) {
        try {
            byte[] bytes = Files.readAllBytes(temp);
            String text = ArticleText.normalise(ArticleText.decodeUtf8(bytes, bytes.length));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String hex = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
            return hex.startsWith(hashPrefix);
        } catch (IOException | ArticleText.MalformedUtf8 e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean holdsId(Path sidecar, String id) {
        try {
            JsonNode node = Json.mapper().readTree(sidecar.toFile());
            return node != null && node.isObject() && id.equals(node.path("id").asText(null));
        } catch (IOException e) {
            // A half-written sidecar never reaches its final name: the rename is atomic.
            return false;
        }
    }

    private static boolean isRegularFile(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path p, List<LoadProblem> notes, String name, String what) {
        try {
            Files.deleteIfExists(p);
            notes.add(LoadProblem.warning(name, null, what));
        } catch (IOException e) {
            notes.add(LoadProblem.warning(name, null, what.replace("; removed", "") + ", but it could not be removed ("
                    + CorpusEntries.cannotRead(e) + ")"));
        }
    }
}
