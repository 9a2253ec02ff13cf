package org.caravanqda.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.search.IndexDamagedException;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.app.search.MatchSpan;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchRequest;

/**
 * A project's index as the app sees it: one {@link LuceneSearchIndex} at a time, replaced by a
 * fresh empty one when the app discards a damaged one. Any failure of the index (an exception
 * from Lucene, not a refused query) is followed by a check of its files; when they are damaged,
 * the failure becomes an {@link IndexDamagedException}, which the app answers by rebuilding.
 */
final class ReplaceableIndex implements SearchIndex {
    /** Where the index's files live: opened as they are, or wiped (all but the mark file). */
    interface Files {
        LuceneSearchIndex open() throws IOException;

        void wipe() throws IOException;
    }

    private final Files files;
    private final String discardedAtOpen;
    private volatile LuceneSearchIndex current;

    ReplaceableIndex(Files files, LuceneSearchIndex first, String discardedAtOpen) {
        this.files = files;
        this.current = first;
        this.discardedAtOpen = discardedAtOpen;
    }

    /**
     * Runs {@code op}; a failure that is not a refusal is checked against the files: damaged, it
     * is an {@link IndexDamagedException}; intact, it is thrown as it was (a bug is not damage).
     * AssertionError counts as a failure too: Lucene asserts on what it reads when assertions are on.
     */
    private <T> T guarded(Function<LuceneSearchIndex, T> op) {
        LuceneSearchIndex index = current;
        try {
            return op.apply(index);
        } catch (CaravanException | IndexDamagedException e) {
            throw e;
        } catch (RuntimeException | AssertionError e) {
            if (index != current) {
                return op.apply(current); // replaced while it ran: ask the new one
            }
            String damage = index.damage();
            if (damage == null) {
                throw e;
            }
            throw new IndexDamagedException(damage, e);
        }
    }

    @Override
    public long generation() {
        return current.generation();
    }

    @Override
    public StoreMark mark() {
        return current.mark();
    }

    @Override
    public void update(Collection<IndexedDocument> documents, Collection<Long> removedDocumentIds) {
        guarded(i -> {
            i.update(documents, removedDocumentIds);
            return null;
        });
    }

    @Override
    public boolean flushNextBuffer() {
        return guarded(LuceneSearchIndex::flushNextBuffer);
    }

    @Override
    public void clear() {
        guarded(i -> {
            i.clear();
            return null;
        });
    }

    @Override
    public void commit(long generation, StoreMark mark) {
        guarded(i -> {
            i.commit(generation, mark);
            return null;
        });
    }

    @Override
    public SearchHits search(SearchRequest request) {
        return guarded(i -> i.search(request));
    }

    @Override
    public List<MatchSpan> matchSpans(SearchRequest request) {
        return guarded(i -> i.matchSpans(request));
    }

    @Override
    public Set<Long> codingIds(SearchRequest request) {
        return guarded(i -> i.codingIds(request));
    }

    @Override
    public java.util.List<org.caravanqda.app.search.QueryExpansion> explain(SearchRequest request) {
        return guarded(i -> i.explain(request));
    }

    @Override
    public IndexFacts facts() {
        return guarded(LuceneSearchIndex::facts);
    }

    @Override
    public Optional<String> verify() {
        return Optional.ofNullable(current.verify());
    }

    @Override
    public Optional<String> discardedAtOpen() {
        return Optional.ofNullable(discardedAtOpen);
    }

    /** Closes the damaged index (its failures no longer matter), wipes its files and opens an empty one. */
    @Override
    public synchronized void discard() {
        LuceneSearchIndex old = current;
        try {
            old.close();
        } catch (RuntimeException ignored) {
            // a damaged index may fail to close; its files go next
        }
        try {
            files.wipe();
            current = files.open();
        } catch (IOException e) {
            throw new CaravanException("cannot rebuild the damaged search index: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        current.close();
    }
}
