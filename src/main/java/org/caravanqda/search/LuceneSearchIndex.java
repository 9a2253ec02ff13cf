package org.caravanqda.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.app.search.MatchSpan;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchRequest;

/**
 * One IndexWriter and one SearcherManager per open project. Entries are keyed by document:
 * updating a document deletes its entries and adds the new ones, so re-indexing is idempotent.
 * The commit data records the schema version and the store generation the index reflects.
 */
final class LuceneSearchIndex implements SearchIndex {
    static final String GENERATION = "caravan.generation";
    static final String SCHEMA = "caravan.schema";
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FieldAnalyzer analyzer;
    /** Where an encrypted project's in-memory index is kept between sessions; null for a plain project. */
    private final EncryptedIndexFiles encrypted;

    private volatile long generation;

    LuceneSearchIndex(Directory directory, FieldAnalyzer analyzer) throws IOException {
        this(directory, analyzer, null);
    }

    LuceneSearchIndex(Directory directory, FieldAnalyzer analyzer, EncryptedIndexFiles encrypted) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.encrypted = encrypted;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCodec(new CaravanCodec());
        this.writer = new IndexWriter(directory, config);
        this.generation = readGeneration(writer);
        this.searchers = new SearcherManager(writer, null);
    }

    /** -1 unless the last commit says it holds this schema version. */
    private static long readGeneration(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        if (!String.valueOf(IndexSchema.VERSION).equals(data.get(SCHEMA)) || !data.containsKey(GENERATION)) {
            return -1;
        }
        return Long.parseLong(data.get(GENERATION));
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public void update(Collection<IndexedDocument> documents, Collection<Long> removedDocumentIds) {
        try {
            for (long id : removedDocumentIds) {
                writer.deleteDocuments(new Term(IndexSchema.DOC_KEY, Long.toString(id)));
            }
            for (IndexedDocument d : documents) {
                List<Document> entries = LuceneDocuments.of(d);
                writer.updateDocuments(new Term(IndexSchema.DOC_KEY, Long.toString(d.id())), entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean flushNextBuffer() {
        try {
            return writer.flushNextBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll(); // visible to searches only at the next commit
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long newGeneration) {
        try {
            writer.setLiveCommitData(
                    Map.of(GENERATION, Long.toString(newGeneration), SCHEMA, Integer.toString(IndexSchema.VERSION))
                            .entrySet());
            writer.commit();
            if (encrypted != null) {
                encrypted.save(
                        directory,
                        org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                                .files(true));
            }
            searchers.maybeRefreshBlocking();
            generation = newGeneration;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchHits search(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).run(request));
    }

    @Override
    public List<MatchSpan> matchSpans(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).matchSpans(request));
    }

    @Override
    public java.util.Set<Long> codingIds(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).codingIds(request));
    }

    @Override
    public IndexFacts facts() {
        return withSearcher(s -> {
            long bytes = 0;
            for (String f : directory.listAll()) {
                try {
                    bytes += directory.fileLength(f);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // merged away by the writer while we were counting
                }
            }
            return new IndexFacts(
                    IndexSchema.VERSION,
                    generation,
                    count(s, IndexSchema.KIND_SEGMENT),
                    count(s, IndexSchema.KIND_UNIT),
                    count(s, IndexSchema.KIND_DOCUMENT),
                    bytes);
        });
    }

    private static long count(IndexSearcher s, String kind) throws IOException {
        return s.count(new TermQuery(new Term(IndexSchema.KIND, kind)));
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * Searches see the last committed state only (the searcher is refreshed at commit), so a
     * search running during a rebuild gets complete answers, never a half-built index.
     */
    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Releases the searchers, the writer (and with it the index folder's write.lock), the
     * directory and the analyzer, each even when one before it throws: the first failure is
     * thrown, the later ones are added to it as suppressed. The encrypted copy holds nothing open
     * between commits, so nothing of it is left to release.
     */
    @Override
    public void close() {
        try {
            // uncommitted changes are rolled back: they are re-derived from the store next time
            IOUtils.close(searchers, writer::rollback, directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
