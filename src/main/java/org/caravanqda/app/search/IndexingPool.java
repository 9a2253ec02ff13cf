package org.caravanqda.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Analyses and indexes documents on all cores (analysis is the expensive part of indexing and
 * IndexWriter takes documents from several threads), a bounded number in flight so memory stays
 * flat. A failed task stops the work: its exception is rethrown, never swallowed.
 */
final class IndexingPool implements AutoCloseable {
    private final ExecutorService pool;
    private final int threads;
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();

    IndexingPool() {
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "caravan-indexer");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(threads * 2);
    }

    /** Queues {@code task}; a task that already failed is rethrown here, so a failure stops the feeding early. */
    void submit(Runnable task) {
        enqueue(task);
        for (Future<?> f : pending) {
            if (f.isDone()) {
                await(f);
            }
        }
    }

    private void enqueue(Runnable task) {
        inFlight.acquireUninterruptibly();
        pending.add(pool.submit(() -> {
            try {
                task.run();
            } finally {
                inFlight.release();
            }
        }));
    }

    /**
     * Queues, behind the work already submitted, one task per thread that writes the index's
     * buffers out until none is left: the threads write them in parallel as they finish, instead
     * of the one thread of the next commit writing them all. A failure in that writing is not rethrown here
     * but by the next {@link #awaitAll}: the caller reports it after the store has committed.
     */
    void writeOutBuffers(SearchIndex index) {
        for (int i = 0; i < threads; i++) {
            enqueue(() -> {
                while (index.flushNextBuffer()) {
                    // one buffer per call; another thread may be writing the next
                }
            });
        }
    }

    void awaitAll() {
        for (Future<?> f : pending) {
            await(f);
        }
        pending.clear();
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
