package org.caravanqda.app.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An import's documents on their way into the index while the import transaction runs. Commit
 * it with the store's generation once the store has committed; closed without that, it takes
 * the documents back out (their ids never existed: the store rolled back).
 */
public final class ImportFeed implements AutoCloseable {
    private final IndexSync sync;
    private final SearchIndex index;
    private final ReentrantLock syncing;
    private final IndexingPool pool = new IndexingPool();
    private final List<Long> fed = new ArrayList<>();
    private boolean committed;

    ImportFeed(IndexSync sync, SearchIndex index, ReentrantLock syncing) {
        this.sync = sync;
        this.index = index;
        this.syncing = syncing;
    }

    /** A document just stored (in the still open import transaction), with its units and attributes. */
    public void stored(IndexedDocument document) {
        fed.add(document.id());
        pool.submit(() -> index.update(List.of(document), List.of()));
    }

    /**
     * Every document is stored: returns once each is analysed into the index's buffers, so a
     * failure there (out of memory, a fault in the analysis) stops the import before the store
     * commits, not by chance of thread timing after it. Then the indexing threads write the
     * buffers out while the store commits: that used to come first, and took 2 of a 1,000-file
     * import's last 5 s with the store's single-threaded commit waiting behind it. A failure in
     * that writing (a full disk) is the index commit's, reported by {@link #committed} after the
     * store is safe, as any later fault of the derived index is.
     */
    public void allStored() {
        pool.awaitAll();
        pool.writeOutBuffers(index);
    }

    /**
     * The store committed at {@code generation}; {@code alsoChanged} are documents stored before
     * whose index entries the import changed too (attributes set on them), re-indexed from the store.
     */
    public void committed(long generation, Collection<Long> alsoChanged) {
        pool.awaitAll();
        sync.reindexWithoutCommit(new ArrayList<>(alsoChanged));
        sync.commitIndex(generation);
        committed = true;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                try {
                    pool.awaitAll();
                } finally {
                    index.update(List.of(), fed);
                }
            }
        } finally {
            pool.close();
            syncing.unlock();
        }
    }
}
