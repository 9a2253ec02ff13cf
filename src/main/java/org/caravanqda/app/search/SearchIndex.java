package org.caravanqda.app.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.port.StoreMark;

/**
 * The derived Lucene index of a project. H2 is the truth: the index records the store's change
 * generation it reflects, and the app brings it up to date (or rebuilds it) when they differ.
 * Any method may throw {@link IndexDamagedException} when the index's files turn out damaged.
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
    default void commit(long generation) {
        commit(generation, null);
    }

    /**
     * As {@link #commit(long)}, recording also the store's mark at that generation (its project and
     * last entry), in the commit and in the mark file beside the index (ADR 0018). The caller makes
     * the store durable up to {@code generation} first.
     */
    void commit(long generation, StoreMark mark);

    /** The store mark the last commit recorded; null when it recorded none (an index from before marks, or empty). */
    StoreMark mark();

    /**
     * Reads every file of the last commit through (Lucene's CheckIndex: checksums, postings, stored
     * fields, doc values): a line saying what is damaged, or empty when the index is intact.
     */
    Optional<String> verify();

    /**
     * Why the index found at open was thrown away (damaged, unreadable, not decrypting), for
     * {@code caravan check} to say; empty when it opened as it was, or was not there.
     */
    Optional<String> discardedAtOpen();

    /**
     * Throws the index away, files and all (the mark file beside it stays), and starts an empty one
     * (generation -1): for a damaged index, which is then rebuilt from the store.
     */
    void discard();

    SearchHits search(SearchRequest request);

    /** Where the query matched inside the units it finds (for auto-coding), in document offsets. */
    List<MatchSpan> matchSpans(SearchRequest request);

    /** The ids of every coding the query finds in the segments scope (to filter tables and exports). */
    java.util.Set<Long> codingIds(SearchRequest request);

    /** What each field of the query searched for, and the word forms it matched (search --explain). */
    default List<QueryExpansion> explain(SearchRequest request) {
        return List.of();
    }

    /** Index facts for `caravan check`: entries per kind, schema version, size. */
    IndexFacts facts();

    @Override
    void close();
}
