package org.saytara.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether an entry of the corpus folder may be opened, and opens it. The rules, each
 * with the message the loader reports:
 * <ul>
 *   <li>a symbolic link is followed only when its final target lies inside the corpus folder;
 *       a link leading out of it ({@code ln -s /etc/passwd corpus/passwd.txt}) is never opened;</li>
 *   <li>a link loop, a broken link, a folder, a FIFO, a socket or a device is not opened (opening a
 *       FIFO would block the load until someone writes to it);</li>
 *   <li>a file the server may not read is reported as such.</li>
 * </ul>
 * The target is opened with {@link LinkOption#NOFOLLOW_LINKS}: a link put in its place between
 * the check and the open makes the open fail instead of leading elsewhere.
 */
final class CorpusEntries {
    static final String SUBFOLDER = "a folder: only the files directly in the corpus folder are read, not subfolders";
    static final String OUTSIDE = "symbolic link to a file outside the corpus folder; not read";
    static final String LOOP = "symbolic link loop; not read";
    static final String BROKEN = "broken symbolic link (its target does not exist); not read";
    static final String FOLDER = "a folder, not a file; not read";
    static final String SPECIAL = "not a regular file (a FIFO, socket or device); not read";
    static final String UNREADABLE = "cannot read: permission denied";

    /** How many links a chain may have before it counts as a loop (Linux gives up after 40). */
    private static final int MAX_LINK_HOPS = 40;

    /** Whether the server may read a file; a seam for tests, which run as root where nothing is unreadable. */
    interface Access {
        Access SYSTEM = Files::isReadable;

        boolean readable(Path file);
    }

    /**
     * An entry as checked: either a problem, or the real path of a regular file inside the folder.
     *
     * @param problem why it may not be opened, or null
     */
    record Entry(Path target, long size, boolean isFolder, String problem) {
        static Entry refused(String problem, boolean folder) {
            return new Entry(null, 0, folder, problem);
        }

        /** Opens the checked file; never follows a link at the last step. */
        InputStream open() throws IOException {
            if (problem != null) throw new IllegalStateException("entry refused: " + problem);
            return Files.newInputStream(target, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private final Path dir;
    private final Access access;
    private Path root;

    CorpusEntries(Path dir, Access access) {
        this.dir = dir;
        this.access = access;
    }

    /** The folder's own real path: the corpus folder may itself be reached through a link. */
    private Path root() throws IOException {
        if (root == null) root = dir.toRealPath();
        return root;
    }

    Entry check(Path entry) {
        try {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path target = entry;
            if (own.isSymbolicLink()) {
                if (isLoop(entry)) return Entry.refused(LOOP, false);
                try {
                    target = entry.toRealPath();
                } catch (NoSuchFileException e) {
                    return Entry.refused(BROKEN, false);
                } catch (FileSystemException e) {
                    // ELOOP through a linked folder on the way, or a link we may not read.
                    return Entry.refused(isLoopError(e) ? LOOP : cannotRead(e), false);
                }
                if (!target.startsWith(root())) return Entry.refused(OUTSIDE, false);
            }
            BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) return Entry.refused(FOLDER, true);
            if (!attrs.isRegularFile()) return Entry.refused(SPECIAL, false);
            if (!access.readable(target)) return Entry.refused(UNREADABLE, false);
            return new Entry(target, attrs.size(), false, null);
        } catch (IOException e) {
            return Entry.refused(cannotRead(e), false);
        }
    }

    /** Follows a chain of links by hand: toRealPath's error for a loop does not say it is one on every system. */
    private static boolean isLoop(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        for (int hops = 0; hops < MAX_LINK_HOPS; hops++) {
            if (!Files.isSymbolicLink(current)) return false;
            if (!seen.add(current)) return true;
            try {
                Path next = Files.readSymbolicLink(current);
                current = current.resolveSibling(next).normalize();
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLoopError(FileSystemException e) {
        String reason = e.getReason();
        return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic links");
    }

    /** A read failure in words, without the path (messages may be shown to clients). */
    static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) return UNREADABLE;
        if (e instanceof NoSuchFileException) return "cannot read: the file disappeared while the folder was read";
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "cannot read: " + fse.getReason();
        }
        String message = e.getMessage();
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }
}
