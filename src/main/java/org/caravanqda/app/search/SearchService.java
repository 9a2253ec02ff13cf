package org.caravanqda.app.search;

import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.model.AttributeType;

/** Runs queries over the project's index, kept up to date with the store first. */
public final class SearchService {
    private final ProjectStore store;
    private final SearchIndex index;
    private final IndexSync sync;

    public SearchService(ProjectStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
        this.sync = new IndexSync(store, index);
    }

    public IndexSync sync() {
        return sync;
    }

    public org.caravanqda.app.port.IndexFacts facts() {
        return sync.answering(index::facts);
    }

    /** Reads the whole index through (CheckIndex): what is damaged, or empty. For {@code caravan check}. */
    public java.util.Optional<String> verifyIndex() {
        return index.verify();
    }

    /** Why the index found at open was discarded (damaged, not decrypting), or empty. */
    public java.util.Optional<String> discardedAtOpen() {
        return index.discardedAtOpen();
    }

    public SearchHits search(String query, SearchScope scope, int limit, boolean snippets) {
        requireQuery(query);
        if (limit < 1) {
            throw new CaravanException("--limit must be 1 or more");
        }
        return sync.answering(() -> {
            sync.catchUpUnlessBusy();
            return index.search(request(query, scope, limit, snippets));
        });
    }

    /**
     * The code, document, speaker, coder and case names the query asks for that the project does not
     * have, one line each with the nearest names (empty when every name exists).
     */
    public List<String> unknownNames(String query) {
        requireQuery(query);
        return QueryNames.unknown(query, store.read(QueryNames::known));
    }

    /** Per index field, the terms the query searched for and the word forms of the project they matched. */
    public List<QueryExpansion> explain(String query) {
        requireQuery(query);
        return sync.answering(() -> index.explain(request(query, SearchScope.UNITS, EXPLAIN_UNITS, false)));
    }

    /** How many matching units --explain reads to list the forms found. */
    static final int EXPLAIN_UNITS = 500;

    /** The codings whose segments the query finds: tables and exports restricted by --query. */
    public java.util.Set<Long> codingIds(String query) {
        requireQuery(query);
        return sync.answering(() -> {
            sync.catchUpUnlessBusy();
            return index.codingIds(request(query, SearchScope.SEGMENTS, 1, false));
        });
    }

    /** Where the query matches inside turns and paragraphs, in document offsets (for auto-coding). */
    public List<MatchSpan> matches(String query) {
        requireQuery(query);
        return sync.answering(() -> index.matchSpans(request(query, SearchScope.UNITS, 1, false)));
    }

    private volatile Map<String, AttributeType> attributeTypes;
    private volatile long attributeTypesAt = -1;

    SearchRequest request(String query, SearchScope scope, int limit, boolean snippets) {
        long commits = store.commits();
        if (commits != attributeTypesAt) {
            attributeTypes = store.read(s -> s.attributes().definitions());
            attributeTypesAt = commits;
        }
        return new SearchRequest(query, scope, limit, snippets, attributeTypes);
    }

    private static void requireQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new CaravanException("the query is empty");
        }
    }
}
