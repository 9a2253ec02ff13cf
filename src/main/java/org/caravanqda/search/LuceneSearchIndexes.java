package org.caravanqda.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchIndexes;

/**
 * The index lives in the project folder's index/; an encrypted project's works in memory and is
 * kept encrypted in index-encrypted/ ({@link EncryptedIndexFiles}). A damaged one is deleted and
 * rebuilt from the store.
 */
public final class LuceneSearchIndexes implements SearchIndexes {
    static final String FOLDER = "index";
    private final TextAnalyzers analyzers = new TextAnalyzers();

    @Override
    public SearchIndex open(Path projectDir) {
        Path dir = projectDir.resolve(FOLDER);
        try {
            return new LuceneSearchIndex(FSDirectory.open(dir), new FieldAnalyzer(analyzers));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            return recreate(dir);
        } catch (IOException e) {
            if (e.getClass().getSimpleName().contains("NoSuchFile") || e instanceof java.io.EOFException) {
                return recreate(dir);
            }
            throw new CaravanException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deletePlainIndex(Path projectDir) {
        Path dir = projectDir.resolve(FOLDER);
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new CaravanException("cannot remove the unencrypted search index " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SearchIndex openEncrypted(Path projectDir, byte[] key) {
        deletePlainIndex(projectDir); // an index from the project's unencrypted days
        EncryptedIndexFiles files = new EncryptedIndexFiles(projectDir, key);
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        files.loadInto(memory);
        try {
            return new LuceneSearchIndex(memory, new FieldAnalyzer(analyzers), files);
        } catch (IOException | RuntimeException unreadable) {
            files.discard(memory); // decrypted, but not an index Lucene can open: derive it again
            try {
                return new LuceneSearchIndex(new ByteBuffersDirectory(), new FieldAnalyzer(analyzers), files);
            } catch (IOException e) {
                throw new CaravanException("cannot open an in-memory search index: " + e.getMessage(), e);
            }
        }
    }

    /** H2 is the truth: an unreadable index is thrown away and derived again. */
    private SearchIndex recreate(Path dir) {
        try {
            deleteTree(dir);
            Directory d = FSDirectory.open(dir);
            return new LuceneSearchIndex(d, new FieldAnalyzer(analyzers));
        } catch (IOException e) {
            throw new CaravanException("cannot rebuild the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
