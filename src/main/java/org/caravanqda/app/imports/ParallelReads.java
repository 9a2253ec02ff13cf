package org.caravanqda.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Cancellation;

/**
 * Reads an import's files on as many threads as there are cores and hands the results back in the files' order. On
 * one thread the reading came before any storing or indexing with the other core idle (3.4 of a 1,000-file import's
 * 35 s, docs/performance.md). The first file in order that fails is the one reported, as when reading one by one.
 */
final class ParallelReads {
    /** How long a wait lasts before the cancel flag is looked at again. */
    private static final long POLL_MILLIS = 100;

    private ParallelReads() {}

    /**
     * {@code read.apply(i)} for every {@code i < count}, in order. {@code before.accept(i)} runs on the calling thread
     * before result {@code i} is taken (progress); a cancel stops the waiting within a tenth of a second.
     */
    static <T> List<T> inOrder(int count, IntFunction<T> read, IntConsumer before, Cancellation cancel) {
        int threads = Math.min(count, Runtime.getRuntime().availableProcessors());
        List<T> out = new ArrayList<>(count);
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                cancel.check();
                before.accept(i);
                out.add(read.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "caravan-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> pending = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(pool.submit(() -> read.apply(index)));
            }
            for (int i = 0; i < count; i++) {
                cancel.check();
                before.accept(i);
                out.add(await(pending.get(i), cancel));
            }
            return out;
        } finally {
            pool.shutdownNow(); // after a failure or a cancel the files still queued are not read
        }
    }

    private static <T> T await(Future<T> result, Cancellation cancel) {
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                cancel.check();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CaravanException("cancelled; nothing was changed", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
