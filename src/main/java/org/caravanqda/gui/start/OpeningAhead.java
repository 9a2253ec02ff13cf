package org.caravanqda.gui.start;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;

/**
 * A project folder named on the command line ({@code caravan gui -p DIR}), opened on its own thread
 * while JavaFX starts its toolkit: the two took turns before, the open waiting for the start
 * screen (ADR 0041). Whoever {@link #take}s it owns the project; one never taken is closed by
 * {@link #release}.
 */
public final class OpeningAhead {
    private final Path dir;
    private final CompletableFuture<Project> opening = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private OpeningAhead(Path dir) {
        this.dir = dir;
    }

    /**
     * Starts opening {@code dir}; empty for a project that needs a password first (encrypted, or a
     * server's): those open through the start screen's dialogs, as before.
     */
    public static Optional<OpeningAhead> start(Caravan app, Path dir) {
        if (app.isServerAddress(app.shown(dir)) || app.isEncrypted(dir)) {
            return Optional.empty();
        }
        OpeningAhead ahead = new OpeningAhead(dir);
        Thread thread = new Thread(() -> ahead.open(app), "caravan-open");
        // a window closed before the open ends must not keep the process
        thread.setDaemon(true);
        thread.start();
        return Optional.of(ahead);
    }

    private void open(Caravan app) {
        try {
            opening.complete(app.open(dir));
        } catch (RuntimeException | Error e) { // whatever it is, the start screen says it, as for any open
            opening.completeExceptionally(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Waits for the open (on a job thread); the caller then owns the project. Throws what the open threw. */
    Project take() {
        taken.set(true);
        try {
            return opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Closes the project if nobody took it (the window failed to start, or was closed first), once
     * its open has ended.
     */
    public void release() {
        if (taken.compareAndSet(false, true)) {
            try {
                opening.join().close();
            } catch (CompletionException e) {
                // nothing was opened, so nothing to close; the failure had nobody to show it to
            }
        }
    }
}
