package org.caravanqda.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOUtils;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.app.search.MatchSpan;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchRequest;

/**
 * One IndexWriter and one SearcherManager over one set of index files. Entries are keyed by
 * document: updating a document deletes its entries and adds the new ones, so re-indexing is
 * idempotent. The commit data records the schema version, the store generation the index
 * reflects and the store's mark at it (project and last entry, ADR 0018), which each commit also
 * writes to the mark file beside the index. {@link ReplaceableIndex} puts a fresh one in place of
 * a damaged one.
 */
final class LuceneSearchIndex {
    static final String GENERATION = "caravan.generation";
    static final String SCHEMA = "caravan.schema";
    static final String PROJECT = "caravan.project";
    static final String ENTRY = "caravan.entry";
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FieldAnalyzer analyzer;
    /** Where an encrypted project's in-memory index is kept between sessions; null for a plain project. */
    private final EncryptedIndexFiles encrypted;
    /** The folder the mark file goes to at each commit; null when none is kept (tests). */
    private final Path markFolder;

    private volatile long generation;
    private volatile StoreMark mark;

    LuceneSearchIndex(Directory directory, FieldAnalyzer analyzer) throws IOException {
        this(directory, analyzer, null, null);
    }

    LuceneSearchIndex(Directory directory, FieldAnalyzer analyzer, EncryptedIndexFiles encrypted, Path markFolder)
            throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.encrypted = encrypted;
        this.markFolder = markFolder;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCodec(new CaravanCodec());
        this.writer = new IndexWriter(directory, config);
        try {
            Map<String, String> data = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            this.generation = readGeneration(data);
            this.mark = generation < 0 || data.get(PROJECT) == null
                    ? null
                    : new StoreMark(data.get(PROJECT), generation, data.get(ENTRY));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback(); // releases the write lock: the caller throws this index away
            } catch (IOException | RuntimeException also) {
                e.addSuppressed(also);
            }
            throw e;
        }
    }

    /** -1 unless the last commit says it holds this schema version. */
    private static long readGeneration(Map<String, String> data) {
        if (!String.valueOf(IndexSchema.VERSION).equals(data.get(SCHEMA)) || !data.containsKey(GENERATION)) {
            return -1;
        }
        return Long.parseLong(data.get(GENERATION));
    }

    public long generation() {
        return generation;
    }

    public StoreMark mark() {
        return mark;
    }

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

    public boolean flushNextBuffer() {
        try {
            return writer.flushNextBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll(); // visible to searches only at the next commit
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void commit(long newGeneration) {
        commit(newGeneration, null);
    }

    /** {@code newMark}: the store's mark at {@code newGeneration}, recorded in the commit and the mark file; null for none. */
    public void commit(long newGeneration, StoreMark newMark) {
        try {
            Map<String, String> data = new java.util.HashMap<>();
            data.put(GENERATION, Long.toString(newGeneration));
            data.put(SCHEMA, Integer.toString(IndexSchema.VERSION));
            if (newMark != null) {
                data.put(PROJECT, newMark.project());
                data.put(ENTRY, newMark.entry());
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            if (encrypted != null) {
                encrypted.save(
                        directory,
                        org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                                .files(true));
            }
            searchers.maybeRefreshBlocking();
            generation = newGeneration;
            mark = newMark;
            if (newMark != null && markFolder != null) {
                StoreMarkFile.write(markFolder, newMark);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is damaged, or null: the writer stopped on a failure, or a file of the index fails its
     * checksum (or cannot be opened). Reads every file once; for after a failure, and once at open.
     */
    String damage() {
        Throwable tragic = writer.getTragicException();
        if (tragic != null) {
            return "the index writer stopped after " + describe(tragic);
        }
        try {
            Set<String> checked = new HashSet<>();
            IndexSearcher s = searchers.acquire();
            try {
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    if (leaf.reader() instanceof CodecReader codec) {
                        codec.checkIntegrity();
                    }
                    if (leaf.reader() instanceof SegmentReader segment) {
                        checked.add(segment.getSegmentName());
                    }
                }
            } finally {
                searchers.release(s);
            }
            checkUnsearchedSegments(checked);
            return null;
        } catch (IOException | RuntimeException e) {
            return describe(e);
        }
    }

    /**
     * A commit can hold segments whose entries were all deleted since (every document in them
     * updated). The searcher leaves them out, so their files were never read here, but
     * {@link #verify} reads them: damage in one passed the open and was then reported by
     * {@code check}. Their files' checksums are read here too.
     */
    private void checkUnsearchedSegments(Set<String> checked) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            if (checked.contains(segment.info.name)) {
                continue;
            }
            for (String file : segment.files()) {
                try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
        }
    }

    /** Lucene's CheckIndex over the last commit (checksums, then every structure decoded): what is damaged, or null. */
    String verify() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null; // nothing committed yet (a new or just discarded index): nothing to be damaged
            }
        } catch (IOException e) {
            return describe(e);
        }
        try (org.apache.lucene.index.CheckIndex check = new org.apache.lucene.index.CheckIndex(
                directory,
                org.apache.lucene.store.NoLockFactory.INSTANCE.obtainLock(directory, IndexWriter.WRITE_LOCK_NAME))) {
            check.setThreadCount(1);
            check.setInfoStream(null);
            org.apache.lucene.index.CheckIndex.Status status = check.checkIndex();
            if (status.clean) {
                return null;
            }
            if (status.missingSegments) {
                return "its segments file is missing or unreadable";
            }
            for (org.apache.lucene.index.CheckIndex.Status.SegmentInfoStatus seg : status.segmentInfos) {
                if (seg.error != null) {
                    return "segment " + seg.name + ": " + describe(seg.error);
                }
            }
            return status.numBadSegments + " of " + status.numSegments + " segments are damaged";
        } catch (IOException | RuntimeException e) {
            return describe(e);
        }
    }

    /** One short line: the exception's class and the first line of its message (file names, no text). */
    static String describe(Throwable t) {
        String m =
                t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        String line = t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    public SearchHits search(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).run(request));
    }

    public List<MatchSpan> matchSpans(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).matchSpans(request));
    }

    public java.util.Set<Long> codingIds(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).codingIds(request));
    }

    public java.util.List<org.caravanqda.app.search.QueryExpansion> explain(SearchRequest request) {
        return withSearcher(s -> new LuceneSearch(s, analyzer).explain(request));
    }

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
    public void close() {
        try {
            // uncommitted changes are rolled back: they are re-derived from the store next time
            IOUtils.close(searchers, writer::rollback, directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
