package org.caravanqda.app.search;

import java.util.Collection;
import java.util.List;
import org.caravanqda.app.port.IndexFacts;

/**
 * The derived Lucene index of a project. H2 is the truth: the index records the store's change
 * generation it reflects, and the app brings it up to date (or rebuilds it) when they differ.
 */
public interface SearchIndex extends AutoCloseable {
    /** The store generation the index reflects, or -1 when it is missing, damaged or of another schema version. */
    long generation();

    /** Replaces the documents' entries (segments, units, document); visible and durable at the next commit. */
    void update(Collection<IndexedDocument> documents, Collection<Long> removedDocumentIds);

    /**
     * Writes one buffer of pending changes out on the calling thread (still neither visible nor
     * durable until {@link #commit}); false when none was left. Several threads may call it at once,
     * which spreads over the cores the writing that commit would otherwise do on one.
     */
    boolean flushNextBuffer();

    /** Drops everything; callers then update() every document. */
    void clear();

    /** Makes changes visible to searches and durable, recording the generation. */
    void commit(long generation);

    SearchHits search(SearchRequest request);

    /** Where the query matched inside the units it finds (for auto-coding), in document offsets. */
    List<MatchSpan> matchSpans(SearchRequest request);

    /** The ids of every coding the query finds in the segments scope (to filter tables and exports). */
    java.util.Set<Long> codingIds(SearchRequest request);

    /** Index facts for `caravan check`: entries per kind, schema version, size. */
    IndexFacts facts();

    @Override
    void close();
}
