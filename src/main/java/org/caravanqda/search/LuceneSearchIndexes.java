package org.caravanqda.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchIndexes;
import org.caravanqda.util.PrivateFiles;

/**
 * The index lives in the project folder's index/; an encrypted project's works in memory and is
 * kept encrypted in index-encrypted/ ({@link EncryptedIndexFiles}). A damaged one is deleted and
 * rebuilt from the store.
 */
public final class LuceneSearchIndexes implements SearchIndexes {
    static final String FOLDER = "index";
    private final TextAnalyzers analyzers = new TextAnalyzers();

    /**
     * The index folder is never a link, nor its lock file, which Lucene opens wherever a link points
     * (issue #22); the folder is rwx------ and every file Lucene writes in it rw-------.
     */
    @Override
    public SearchIndex open(Path projectDir) {
        Path dir = projectDir.resolve(FOLDER);
        try {
            return new LuceneSearchIndex(ownerOnly(projectDir, dir), new FieldAnalyzer(analyzers));
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
        Path kept = projectDir.resolve(EncryptedIndexFiles.FOLDER);
        if (Files.isSymbolicLink(kept)) {
            throw new CaravanException(PrivateFiles.linkRefusal(kept));
        }
        PrivateFiles.ownerOnlyTree(kept);
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
            Directory d = ownerOnly(dir.getParent(), dir);
            return new LuceneSearchIndex(d, new FieldAnalyzer(analyzers));
        } catch (IOException e) {
            throw new CaravanException("cannot rebuild the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The index folder, checked for links, made (rwx------) and opened so that what Lucene writes is rw-------. */
    private static Directory ownerOnly(Path projectDir, Path dir) throws IOException {
        for (Path p : java.util.List.of(dir, dir.resolve(IndexWriter.WRITE_LOCK_NAME))) {
            Path link = PrivateFiles.firstLink(projectDir, p);
            if (link != null) {
                throw new CaravanException(PrivateFiles.linkRefusal(link));
            }
        }
        PrivateFiles.folderIn(projectDir, dir);
        PrivateFiles.ownerOnlyTree(dir);
        return new OwnerOnlyDirectory(FSDirectory.open(dir));
    }

    /** Lucene's files in a project folder, rw------- from the moment Lucene has made them. */
    private static final class OwnerOnlyDirectory extends FilterDirectory {
        private final Path dir;

        OwnerOnlyDirectory(FSDirectory in) {
            super(in);
            this.dir = in.getDirectory();
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            IndexOutput out = super.createOutput(name, context);
            PrivateFiles.ownerOnly(dir.resolve(name));
            return out;
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            IndexOutput out = super.createTempOutput(prefix, suffix, context);
            PrivateFiles.ownerOnly(dir.resolve(out.getName()));
            return out;
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            Lock lock = super.obtainLock(name);
            PrivateFiles.ownerOnly(dir.resolve(name));
            return lock;
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
