package org.saytara.web;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files again when they change in the corpus folder: the changed ones alone, or the whole
 * folder after the system lost events. Copying a batch of articles fires many events, so a reload
 * runs only after the folder has been quiet for the debounce time. Hidden files are
 * ignored: they are the atomic writer's temporary files, and its final rename fires an event of
 * its own.
 *
 * <p>Some file systems (network shares, some containers) deliver no events; there
 * {@code POST /api/reload} does the same job.
 */
final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    private final WatchService watchService;
    private final ScheduledExecutorService scheduler;
    private final Duration debounce;
    private final Consumer<Set<String>> reload;
    private final Thread thread;
    private final Predicate<String> alreadyLoaded;
    /** File names changed since the last reload; null after an overflow, when any file may have changed. */
    private Set<String> changed = new HashSet<>();
    private ScheduledFuture<?> pending;

    private CorpusWatcher(Path dir, WatchService watchService, Duration debounce, Consumer<Set<String>> reload,
                          Predicate<String> alreadyLoaded) {
        this.watchService = watchService;
        this.debounce = debounce;
        this.reload = reload;
        this.alreadyLoaded = alreadyLoaded;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "saytara-reload"));
        this.thread = daemon(this::watch, "saytara-watch " + dir.getFileName());
        thread.start();
    }

    /**
     * Starts watching; empty when the folder cannot be watched (the reason is logged).
     *
     * @param reload        reads the named files again (null: the whole folder, events were lost)
     * @param alreadyLoaded true for a file name the server wrote and published itself (a posted
     *                      article), whose change needs no reload
     */
    static Optional<CorpusWatcher> start(Path dir, Duration debounce, Consumer<Set<String>> reload,
                                         Predicate<String> alreadyLoaded) {
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            return Optional.of(new CorpusWatcher(dir, service, debounce, reload, alreadyLoaded));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot watch the corpus folder {} ({}); use POST /api/reload after adding files", dir, e.toString());
            if (service != null) {
                try {
                    service.close();
                } catch (IOException ignored) {
                    // Nothing was registered; there is nothing left to release.
                }
            }
            return Optional.empty();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        relevant = true;
                        noteChange(null);
                    } else if (event.context() instanceof Path p && !p.getFileName().toString().startsWith(".")) {
                        relevant = true;
                        noteChange(p.getFileName().toString());
                    }
                }
                if (relevant) schedule();
                if (!key.reset()) {
                    LOG.warn("the corpus folder is no longer watchable (deleted or unmounted?); use POST /api/reload");
                    return;
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // close() was called: the server is stopping.
        }
    }

    private synchronized void schedule() {
        if (pending != null) pending.cancel(false);
        try {
            pending = scheduler.schedule(this::reloadLogged, debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // close() won the race with this last event; the server is stopping, so no reload is due.
        }
    }

    /** Records a changed file; null means events were lost, so anything may have changed. */
    private synchronized void noteChange(String name) {
        if (name == null) changed = null;
        else if (changed != null) changed.add(name);
    }

    private synchronized Set<String> takeChanges() {
        Set<String> taken = changed;
        changed = new HashSet<>();
        return taken;
    }

    private void reloadLogged() {
        // Decided only now, after the quiet time: by then a posted article's files are known as the
        // server's own, even if their events arrived before the post finished publishing them.
        Set<String> names = takeChanges();
        if (names != null && names.stream().allMatch(alreadyLoaded)) return;
        try {
            if (names != null) names.removeIf(alreadyLoaded);
            reload.accept(names);
        } catch (RuntimeException e) {
            // Keep serving the last good snapshot; the next change or a POST /api/reload tries again.
            LOG.error("reload after a change in the corpus folder failed; still serving the previous state", e);
        }
    }

    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.warn("closing the corpus watcher: {}", e.toString());
        }
        scheduler.shutdownNow();
        try {
            thread.join(1000);
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
