package org.saytara.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder shipped on the classpath (the gazetteer inside target/saytara.jar) as a {@link Path},
 * so the stages that read folders read it the same way as one on disk. Inside a jar that needs a
 * zip file system, which stays open until {@link #close()}.
 */
final class BundledFolder implements AutoCloseable {
    private final Path path;
    private final FileSystem zip;

    private BundledFolder(Path path, FileSystem zip) {
        this.path = path;
        this.zip = zip;
    }

    static BundledFolder of(String resource) {
        URL url = BundledFolder.class.getResource(resource);
        if (url == null) throw new IllegalStateException("the build did not bundle " + resource);
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystem zip = FileSystems.newFileSystem(uri, Map.of());
                    return new BundledFolder(zip.getPath(resource), zip);
                } catch (FileSystemAlreadyExistsException e) {
                    // Another server in this JVM opened it; share it and leave closing to that one.
                    return new BundledFolder(FileSystems.getFileSystem(uri).getPath(resource), null);
                }
            }
            return new BundledFolder(Path.of(uri), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable classpath location for " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding " + resource, e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (zip == null) return;
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
