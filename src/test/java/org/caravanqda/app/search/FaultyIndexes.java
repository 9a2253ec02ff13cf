package org.caravanqda.app.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.caravanqda.app.port.IndexFacts;

/**
 * The real search indexes with a fault injected: while armed, {@code update} or {@code commit}
 * throws what the supplier makes (a full disk, an out-of-memory, the project folder moved away),
 * the way the Lucene adapter would. Faults after the store's commit are what issue #22 is about.
 */
public final class FaultyIndexes implements SearchIndexes {
    /** Where the fault strikes. */
    public enum At {
        UPDATE,
        /** Writing the in-memory buffers out, which an import does while the store commits. */
        FLUSH,
        COMMIT
    }

    private final SearchIndexes real;
    private final AtomicReference<At> armedAt = new AtomicReference<>();
    private volatile Supplier<? extends Throwable> fault;

    public FaultyIndexes(SearchIndexes real) {
        this.real = real;
    }

    /** From now on, {@code at} throws {@code fault}'s throwable (a RuntimeException or an Error). */
    public void arm(At at, Supplier<? extends Throwable> fault) {
        this.fault = fault;
        armedAt.set(at);
    }

    public void disarm() {
        armedAt.set(null);
    }

    @Override
    public SearchIndex open(Path projectDir) {
        return new Faulty(real.open(projectDir));
    }

    @Override
    public SearchIndex openEncrypted(Path projectDir, byte[] key) {
        return new Faulty(real.openEncrypted(projectDir, key));
    }

    @Override
    public java.util.Optional<org.caravanqda.app.port.StoreMark> mark(Path projectDir) {
        return real.mark(projectDir);
    }

    @Override
    public void recordMark(Path projectDir, boolean encrypted, org.caravanqda.app.port.StoreMark mark) {
        real.recordMark(projectDir, encrypted, mark);
    }

    private void strike(At at) {
        if (armedAt.get() == at) {
            Throwable t = fault.get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) t;
        }
    }

    private final class Faulty implements SearchIndex {
        private final SearchIndex index;

        Faulty(SearchIndex index) {
            this.index = index;
        }

        @Override
        public long generation() {
            return index.generation();
        }

        @Override
        public void update(Collection<IndexedDocument> documents, Collection<Long> removedDocumentIds) {
            if (!documents.isEmpty()) {
                strike(At.UPDATE);
            }
            index.update(documents, removedDocumentIds);
        }

        @Override
        public boolean flushNextBuffer() {
            strike(At.FLUSH);
            return index.flushNextBuffer();
        }

        @Override
        public void clear() {
            index.clear();
        }

        @Override
        public void commit(long generation, org.caravanqda.app.port.StoreMark mark) {
            strike(At.COMMIT);
            index.commit(generation, mark);
        }

        @Override
        public org.caravanqda.app.port.StoreMark mark() {
            return index.mark();
        }

        @Override
        public java.util.Optional<String> verify() {
            return index.verify();
        }

        @Override
        public SearchHits search(SearchRequest request) {
            return index.search(request);
        }

        @Override
        public List<MatchSpan> matchSpans(SearchRequest request) {
            return index.matchSpans(request);
        }

        @Override
        public Set<Long> codingIds(SearchRequest request) {
            return index.codingIds(request);
        }

        @Override
        public List<QueryExpansion> explain(SearchRequest request) {
            return index.explain(request);
        }

        @Override
        public IndexFacts facts() {
            return index.facts();
        }

        @Override
        public java.util.Optional<String> discardedAtOpen() {
            return index.discardedAtOpen();
        }

        @Override
        public void discard() {
            index.discard();
        }

        @Override
        public void close() {
            index.close();
        }
    }
}
