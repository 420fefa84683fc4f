package org.saytara.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder shipped on the classpath (the gazetteer inside target/saytara.jar) as a folder on disk,
 * so the stages that read folders read it the same way as any other. From a jar its files are
 * copied to a temporary folder (some readers need {@code Path.toFile()}, which a zip file system
 * cannot give), removed again by {@link #close()}.
 */
final class BundledFolder implements AutoCloseable {
    private final Path path;
    private final boolean temporary;

    private BundledFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    static BundledFolder of(String resource) {
        URL url = BundledFolder.class.getResource(resource);
        if (url == null) throw new IllegalStateException("the build did not bundle " + resource);
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return new BundledFolder(Path.of(uri), false);
            Path copy = Files.createTempDirectory("saytara" + resource.replace('/', '-'));
            try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of());
                 Stream<Path> files = Files.list(zip.getPath(resource))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName().toString()));
                }
            }
            return new BundledFolder(copy, true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable classpath location for " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + resource + " from the jar", e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (!temporary) return;
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
