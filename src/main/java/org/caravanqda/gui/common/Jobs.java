package org.caravanqda.gui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;

/**
 * Runs everything that touches the project (disk, index) on one worker thread, one job after
 * another, and hands results, failures and progress back on the UI thread (PDFsam's single job
 * executor). Failures always reach the failure handler: nothing is swallowed. Tests pass
 * {@code Runnable::run} for both executors and get synchronous jobs.
 */
public final class Jobs {
    private final Executor worker;
    private final Executor ui;

    public Jobs(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /** The window's one job thread ("caravan-jobs"), a daemon: it never keeps the JVM alive. */
    public static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "caravan-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    /** A progress report for the UI: message and fraction (negative when unknown). */
    public record Report(String message, double fraction) {}

    public <T> Cancellation submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(work, onSuccess, onFailure, r -> {});
    }

    public <T> Cancellation submit(
            Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Consumer<Report> onProgress) {
        Cancellation cancellation = new Cancellation();
        Progress progress = coalescing(onProgress);
        worker.execute(() -> {
            T result;
            try {
                result = work.run(progress, cancellation);
            } catch (Throwable e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
        return cancellation;
    }

    /** Only the newest report is posted, and only when the UI has taken the previous one, so progress never floods it. */
    private Progress coalescing(Consumer<Report> onProgress) {
        AtomicReference<Report> latest = new AtomicReference<>();
        AtomicBoolean posted = new AtomicBoolean();
        return (message, done, total) -> {
            latest.set(new Report(message, total <= 0 ? -1 : (double) done / total));
            if (posted.compareAndSet(false, true)) {
                ui.execute(() -> {
                    posted.set(false);
                    onProgress.accept(latest.get());
                });
            }
        };
    }
}
