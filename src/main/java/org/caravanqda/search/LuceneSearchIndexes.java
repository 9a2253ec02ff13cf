package org.caravanqda.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchIndexes;
import org.caravanqda.util.PrivateFiles;

/**
 * The index lives in the project folder's index/; an encrypted project's works in memory and is
 * kept encrypted in index-encrypted/ ({@link EncryptedIndexFiles}). One that does not open, or
 * whose files fail their checksums at open, is discarded and rebuilt from the store; so is one
 * that turns out damaged later ({@link ReplaceableIndex}). The store's mark beside it
 * ({@link StoreMarkFile}) survives both.
 */
public final class LuceneSearchIndexes implements SearchIndexes {
    static final String FOLDER = "index";
    /** Made on the first index opened: a command that never searches loads no analyzer or dictionary. */
    private TextAnalyzers analyzers;

    private synchronized TextAnalyzers analyzers() {
        if (analyzers == null) {
            analyzers = new TextAnalyzers();
        }
        return analyzers;
    }

    /**
     * The index folder is never a link, nor its lock file, which Lucene opens wherever a link points
     * (issue #22); the folder is rwx------ and every file Lucene writes in it rw-------.
     */
    @Override
    public SearchIndex open(Path projectDir) {
        Path dir = projectDir.resolve(FOLDER);
        // before the damage handler: a link is a refusal, never damage to wipe and rebuild through
        refuseLinks(projectDir, dir);
        return opened(new ReplaceableIndex.Files() {
            @Override
            public LuceneSearchIndex open() throws IOException {
                return new LuceneSearchIndex(ownerOnly(projectDir, dir), new FieldAnalyzer(analyzers()), null, dir);
            }

            @Override
            public void wipe() throws IOException {
                deleteAllButMark(dir);
            }
        });
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
        return opened(new ReplaceableIndex.Files() {
            @Override
            public LuceneSearchIndex open() throws IOException {
                ByteBuffersDirectory memory = new ByteBuffersDirectory();
                String unreadable = files.loadInto(memory);
                if (unreadable != null) {
                    throw new IOException(unreadable); // the copy is gone already; the caller starts empty
                }
                return new LuceneSearchIndex(memory, new FieldAnalyzer(analyzers()), files, files.folder());
            }

            @Override
            public void wipe() {
                files.discard();
            }
        });
    }

    /**
     * Opens what is there and reads it through once (checksums); anything that fails, other than
     * another holder of the write lock, discards it and starts an empty index, remembering why.
     */
    private static ReplaceableIndex opened(ReplaceableIndex.Files files) {
        LuceneSearchIndex index = null;
        try {
            index = files.open();
            String damage = index.damage();
            if (damage == null) {
                return new ReplaceableIndex(files, index, null);
            }
            index.close();
            return fresh(files, damage);
        } catch (LockObtainFailedException e) {
            throw new CaravanException("the search index is in use by another program: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (index != null) {
                try {
                    index.close();
                } catch (RuntimeException ignored) {
                    // it is discarded anyway
                }
            }
            return fresh(files, LuceneSearchIndex.describe(e));
        }
    }

    /** H2 is the truth: an unreadable index is thrown away and derived again. */
    private static ReplaceableIndex fresh(ReplaceableIndex.Files files, String why) {
        try {
            files.wipe();
            return new ReplaceableIndex(files, files.open(), why);
        } catch (IOException e) {
            throw new CaravanException("cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoreMark> mark(Path projectDir) {
        return Stream.of(
                        StoreMarkFile.read(projectDir.resolve(FOLDER)),
                        StoreMarkFile.read(projectDir.resolve(EncryptedIndexFiles.FOLDER)))
                .flatMap(Optional::stream)
                .max(Comparator.comparingLong(StoreMark::generation));
    }

    @Override
    public void recordMark(Path projectDir, boolean encrypted, StoreMark mark) {
        StoreMarkFile.write(projectDir.resolve(encrypted ? EncryptedIndexFiles.FOLDER : FOLDER), mark);
    }

    private static void deletePlainIndex(Path projectDir) {
        Path dir = projectDir.resolve(FOLDER);
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new CaravanException("cannot remove the unencrypted search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empties an index folder but for the store's mark, the evidence a rebuild must not take away;
     * a folder left empty goes too.
     */
    static void deleteAllButMark(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path mark = dir.resolve(StoreMarkFile.NAME);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.equals(mark)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        if (!Files.exists(mark)) {
            Files.deleteIfExists(dir);
        }
    }

    /** The index folder, checked for links, made (rwx------) and opened so that what Lucene writes is rw-------. */
    private static Directory ownerOnly(Path projectDir, Path dir) throws IOException {
        refuseLinks(projectDir, dir); // again: the folder may have been made since
        PrivateFiles.folderIn(projectDir, dir);
        PrivateFiles.ownerOnlyTree(dir);
        return new OwnerOnlyDirectory(FSDirectory.open(dir));
    }

    private static void refuseLinks(Path projectDir, Path dir) {
        for (Path p : java.util.List.of(dir, dir.resolve(IndexWriter.WRITE_LOCK_NAME))) {
            Path link = PrivateFiles.firstLink(projectDir, p);
            if (link != null) {
                throw new CaravanException(PrivateFiles.linkRefusal(link));
            }
        }
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
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
