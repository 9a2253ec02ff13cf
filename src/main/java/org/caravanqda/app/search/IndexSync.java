package org.caravanqda.app.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.port.StoreView;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;
import org.caravanqda.model.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Brings the derived index up to the store's change generation: replays the change log since
 * the index's generation (re-indexing the documents it names), or rebuilds everything when the
 * index is missing, damaged, of another schema version, or of another project. An index ahead
 * of the store, or holding another history (ADR 0018), is refused unless the store is being
 * accepted as it is ({@code check --repair}); a damaged one is discarded and rebuilt.
 */
public final class IndexSync {
    /** Made on first use: a search whose index is current reads no payload, and setting Jackson up took a
     * twelfth of it (ADR 0043). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final int BATCH = 10;
    private final ProjectStore store;
    private final SearchIndex index;

    public IndexSync(ProjectStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** {@code why}: why the index was rebuilt (null when it was not, or for no reason worth telling). */
    public record Outcome(boolean rebuilt, int documents, long generation, String why) {
        public Outcome(boolean rebuilt, int documents, long generation) {
            this(rebuilt, documents, generation, null);
        }
    }

    /** One sync at a time; searches do not wait for it (they see the last committed index). */
    private final java.util.concurrent.locks.ReentrantLock syncing = new java.util.concurrent.locks.ReentrantLock();

    /** Brings the index up to date, waiting for a sync already running; returns what it did. */
    public Outcome catchUp(Progress progress) {
        return catchUp(progress, false);
    }

    /**
     * As {@link #catchUp(Progress)}; {@code acceptStore}: an index ahead of the store or of
     * another history is rebuilt from the store as it is, not refused ({@code check --repair}).
     */
    public Outcome catchUp(Progress progress, boolean acceptStore) {
        syncing.lock();
        try {
            return catchUpLocked(progress, acceptStore);
        } finally {
            syncing.unlock();
        }
    }

    /** The store's commit count when the index was last known to be up to date with it. */
    private volatile long upToDateAt = -1;

    /**
     * As {@link #catchUp}, unless another thread is syncing right now (searches go on meanwhile)
     * or nothing was written since the index was last up to date (no database round trip).
     */
    public Outcome catchUpUnlessBusy() {
        long commits = store.commits();
        if (commits == upToDateAt) {
            return new Outcome(false, 0, index.generation());
        }
        if (!syncing.tryLock()) {
            return new Outcome(false, 0, index.generation());
        }
        try {
            Outcome o = catchUpLocked(Progress.NONE, false);
            upToDateAt = commits;
            return o;
        } finally {
            syncing.unlock();
        }
    }

    /**
     * Runs {@code work} against the index; when the index turns out damaged, discards it, rebuilds
     * it from the store and runs {@code work} once more: a search answers after a rebuild.
     */
    public <T> T answering(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IndexDamagedException e) {
            repairDamaged(e, Progress.NONE);
            return work.get();
        }
    }

    /** Discards a damaged index and rebuilds it from the store. */
    public Outcome repairDamaged(IndexDamagedException damage, Progress progress) {
        syncing.lock();
        try {
            index.discard();
            upToDateAt = -1;
            return rebuildLocked(progress, "the search index was damaged (" + damage.getMessage() + ")");
        } finally {
            syncing.unlock();
        }
    }

    /** Whether the index's history was found to be the store's (checked once: only this process writes). */
    private boolean sameHistory;

    private Outcome catchUpLocked(Progress progress, boolean acceptStore) {
        try {
            return catchUpChecked(progress, acceptStore);
        } catch (IndexDamagedException e) {
            index.discard();
            return rebuildLocked(progress, "the search index was damaged (" + e.getMessage() + ")");
        }
    }

    private Outcome catchUpChecked(Progress progress, boolean acceptStore) {
        long storeGen = store.read(s -> s.changeLog().generation());
        long indexGen = index.generation();
        StoreMark seen = index.mark();
        if (indexGen >= 0 && seen != null && !sameHistory) {
            StoreMark now = store.markAt(Math.min(indexGen, storeGen));
            if (now != null && !now.project().equals(seen.project())) {
                return rebuildLocked(progress, "the search index was made for another project");
            }
            boolean behind = indexGen > storeGen;
            boolean diverged = !behind
                    && now != null
                    && !seen.entry().isEmpty()
                    && !now.entry().equals(seen.entry());
            if (behind || diverged) {
                if (!acceptStore) {
                    throw new StoreBehindIndexException(
                            store.directory(), storeGen, indexGen, StoreView.FileEnd.UNKNOWN, diverged, false);
                }
                return rebuildLocked(
                        progress,
                        "the search index was ahead of the database (made at change " + indexGen
                                + ", the database holds up to " + storeGen + ")");
            }
            sameHistory = true;
        }
        if (indexGen == storeGen) {
            return new Outcome(false, 0, storeGen);
        }
        Set<Long> touched = indexGen < 0 || indexGen > storeGen ? null : touchedDocuments(indexGen);
        if (touched == null) {
            return rebuildLocked(progress);
        }
        int n = reindex(new ArrayList<>(touched), storeGen, progress);
        return new Outcome(false, n, storeGen);
    }

    public Outcome rebuild(Progress progress) {
        syncing.lock();
        try {
            return rebuildLocked(progress);
        } finally {
            syncing.unlock();
        }
    }

    private Outcome rebuildLocked(Progress progress) {
        return rebuildLocked(progress, null);
    }

    private Outcome rebuildLocked(Progress progress, String why) {
        long storeGen = store.read(s -> s.changeLog().generation());
        index.clear();
        List<Long> ids = store.read(
                s -> s.documents().summaries().stream().map(d -> d.id()).toList());
        int n = reindex(ids, storeGen, progress);
        sameHistory = true;
        return new Outcome(true, n, storeGen, why);
    }

    /**
     * Commits the index at {@code generation} once the store is durable up to it (H2 writes commits
     * out within a second), with the store's mark there: a crash can leave the index behind the
     * store, never ahead of it, so an index ahead means a store that lost its tail (ADR 0018).
     */
    void commitIndex(long generation) {
        store.makeDurable();
        index.commit(generation, store.markAt(generation));
    }

    /** Documents named by the change log since {@code generation}, or null when only a rebuild will do. */
    private Set<Long> touchedDocuments(long generation) {
        List<ChangeEntry> entries = store.read(s -> s.changeLog().since(generation));
        Set<Long> ids = new HashSet<>();
        for (ChangeEntry e : entries) {
            Reach reach = reach(e.action());
            if (reach == Reach.NOTHING) {
                continue;
            }
            if (reach == Reach.EVERYTHING) {
                return null;
            }
            JsonNode p = payload(e);
            JsonNode doc = p.get("document");
            JsonNode docs = p.get("documents");
            if (doc != null && doc.canConvertToLong()) {
                ids.add(doc.asLong());
            } else if (docs != null && docs.isArray()) {
                docs.forEach(d -> ids.add(d.asLong()));
            } else {
                return null;
            }
        }
        return ids;
    }

    /** What a logged action changed of what the index holds. */
    private enum Reach {
        /** Nothing the index holds (codebook entries without codings, the pseudonym list, free memos). */
        NOTHING,
        /** The documents its payload names ("document" or "documents"); everything when it names none. */
        NAMED_DOCUMENTS,
        /** Every document may have changed: a code path (in all its codings), a whole project arriving. */
        EVERYTHING
    }

    /** Every action is decided here: a new one does not compile until it is. */
    private static Reach reach(ChangeAction action) {
        return switch (action) {
            case CODEBOOK_IMPORT,
                    PSEUDONYM_IMPORT,
                    PSEUDONYM_ADD,
                    PSEUDONYM_UPDATE,
                    PSEUDONYM_REMOVE,
                    PSEUDONYM_CLEAR,
                    MEMO_ADD,
                    MEMO_EDIT,
                    MEMO_REMOVE,
                    ORPHAN_REMOVE,
                    MEDIA_ATTACH,
                    MEDIA_DETACH,
                    ATTRIBUTE_DEFINE,
                    CODE_ADD -> Reach.NOTHING; // a new code has no codings yet
            case DOCUMENT_IMPORT,
                    DOCUMENT_REPLACE,
                    ORPHAN_ATTACH,
                    CODING_ADD,
                    CODING_ADD_BULK,
                    CODING_REMOVE,
                    CODING_MEMO,
                    CODE_MERGE,
                    CODE_DELETE,
                    ATTRIBUTES_IMPORT,
                    DOCUMENT_RENAME,
                    DOCUMENT_DELETE,
                    ATTRIBUTE_SET,
                    CASE_EDIT,
                    CASES_IMPORT,
                    // since issue #20 a code edit or move names the documents holding its codings (older
                    // entries name none, so they still rebuild everything)
                    CODE_EDIT,
                    CODE_MOVE,
                    UNKNOWN -> Reach.NAMED_DOCUMENTS;
            case REFI_IMPORT -> Reach.EVERYTHING;
        };
    }

    private static JsonNode payload(ChangeEntry e) {
        try {
            return Json.MAPPER.readTree(e.payload());
        } catch (JacksonException ex) {
            return Json.MAPPER.createObjectNode();
        }
    }

    /** Reads documents from the store in batches on this thread and indexes them on all cores. */
    private int reindex(List<Long> ids, long generation, Progress progress) {
        try (IndexingPool pool = new IndexingPool()) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                progress.update("indexing", from, ids.size());
                Batch b = store.read(s -> read(s, batch));
                pool.submit(() -> index.update(b.documents(), b.removed()));
            }
            pool.writeOutBuffers(index);
            pool.awaitAll();
        }
        commitIndex(generation);
        progress.update("indexed", ids.size(), ids.size());
        return ids.size();
    }

    private record Batch(List<IndexedDocument> documents, List<Long> removed) {}

    private static Batch read(org.caravanqda.app.port.StoreSession s, List<Long> ids) {
        IndexedDocuments builder = new IndexedDocuments(s);
        List<IndexedDocument> docs = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (long id : ids) {
            Document d = s.documents().byId(id).orElse(null);
            if (d == null) {
                removed.add(id);
            } else {
                docs.add(builder.build(d));
            }
        }
        return new Batch(docs, removed);
    }

    /**
     * Starts feeding an import's documents to the index while the import is still storing them,
     * so storing and analysing use both cores. The index is brought up to the store first; no
     * other sync runs until the feed is closed.
     */
    public ImportFeed feed(Progress progress) {
        syncing.lock();
        try {
            catchUpLocked(progress, false);
            return new ImportFeed(this, index, syncing);
        } catch (RuntimeException e) {
            syncing.unlock();
            throw e;
        }
    }

    /** Re-indexes these stored documents (and commits nothing): for a feed's final touches. */
    void reindexWithoutCommit(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Batch b = store.read(s -> read(s, batch));
            index.update(b.documents(), b.removed());
        }
    }
}
