package org.caravanqda.app.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Cancellation;

/**
 * Reads an import's files on as many threads as there are cores, a few files ahead of the one being stored, and hands
 * them back in the files' order. Reading every file before storing the first one left the indexing threads idle for
 * the reading's length (about 3 of a 1,000-file first import's 20 s on two cores) and held every parsed file in memory
 * at once (docs/performance.md); an unreadable file still changes nothing, because the import's one transaction is
 * rolled back. The first file in order that fails is the one reported, as when reading one by one.
 */
final class ParallelReads<T> implements AutoCloseable {
    /** Files read ahead per thread: enough to keep the threads busy while a large file is stored, few in memory. */
    static final int AHEAD_PER_THREAD = 4;
    /** How long a wait lasts before the cancel flag is looked at again. */
    private static final long POLL_MILLIS = 100;

    private final int count;
    private final IntFunction<T> read;
    private final Cancellation cancel;
    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private int submitted;
    private int taken;

    private ParallelReads(int count, IntFunction<T> read, Cancellation cancel) {
        this.count = count;
        this.read = read;
        this.cancel = cancel;
        int threads = Math.min(count, Runtime.getRuntime().availableProcessors());
        this.ahead = threads * AHEAD_PER_THREAD;
        this.pool = threads <= 1
                ? null
                : Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "caravan-reader");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Starts reading files {@code 0..count-1} with {@code read}; take them with {@link #take} and close after. */
    static <T> ParallelReads<T> start(int count, IntFunction<T> read, Cancellation cancel) {
        ParallelReads<T> reads = new ParallelReads<>(count, read, cancel);
        reads.fill();
        return reads;
    }

    /** The next file's result in order; a failed read is thrown here, when its turn comes. */
    T take() {
        if (taken >= count) {
            throw new IllegalStateException("all " + count + " files were taken");
        }
        cancel.check();
        if (pool == null) {
            return read.apply(taken++);
        }
        Future<T> next = pending.removeFirst();
        taken++;
        fill();
        return await(next);
    }

    private void fill() {
        while (pool != null && submitted < count && submitted - taken < ahead) {
            int index = submitted++;
            pending.addLast(pool.submit(() -> read.apply(index)));
        }
    }

    private T await(Future<T> result) {
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

    /**
     * After a failure or a cancel the files still queued are not read; a read under way finishes on its own and is
     * dropped. It is not interrupted: an interrupt that lands in a library's set-up (POI's first .docx starts Log4j)
     * printed a Java stack trace under the import's one-line message, and POI logged a sound file as a broken zip.
     */
    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(f -> f.cancel(false));
            pool.shutdown();
        }
    }
}
