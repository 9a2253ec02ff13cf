package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.Lock;
import org.caravanqda.app.search.IndexedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing an index releases every part even when one of them throws: nothing stays locked or open. */
class CloseReleasesEverythingTest {
    @TempDir
    Path tmp;

    /** A directory whose close, or whose write lock's release, fails after doing its work. */
    private static final class FailingDirectory extends FilterDirectory {
        final boolean failOnClose;
        final boolean failOnUnlock;
        final AtomicBoolean closed = new AtomicBoolean();

        FailingDirectory(Directory in, boolean failOnClose, boolean failOnUnlock) {
            super(in);
            this.failOnClose = failOnClose;
            this.failOnUnlock = failOnUnlock;
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            Lock lock = super.obtainLock(name);
            if (!failOnUnlock) {
                return lock;
            }
            return new Lock() {
                @Override
                public void close() throws IOException {
                    lock.close();
                    throw new IOException("the write lock would not go");
                }

                @Override
                public void ensureValid() throws IOException {
                    lock.ensureValid();
                }
            };
        }

        @Override
        public void close() throws IOException {
            closed.set(true);
            super.close();
            if (failOnClose) {
                throw new IOException("the disk went away");
            }
        }
    }

    private final FieldAnalyzer analyzer = new FieldAnalyzer(new TextAnalyzers());

    private Path folder() {
        return tmp.resolve("index");
    }

    /** An index over {@code directory} holding one committed interview. */
    private LuceneSearchIndex committed(Directory directory) throws IOException {
        LuceneSearchIndex index = new LuceneSearchIndex(directory, analyzer);
        String text = "Мы уехали в Алматы осенью.";
        index.update(
                List.of(new IndexedDocument(
                        1,
                        "interview.txt",
                        "ru",
                        text,
                        null,
                        Map.of(),
                        List.of(),
                        List.of(new IndexedDocument.Unit(0, "Р", 0, text.length(), List.of(), List.of())),
                        List.of())),
                List.of());
        index.commit(1);
        return index;
    }

    @Test
    void aWriterThatFailsToRollBackStillLetsTheDirectoryAndAnalyzerGo() throws IOException {
        FailingDirectory directory = new FailingDirectory(FSDirectory.open(folder()), true, true);
        LuceneSearchIndex index = committed(directory);

        assertThatThrownBy(index::close)
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("the write lock would not go")
                .satisfies(e -> assertThat(e.getCause().getSuppressed())
                        .extracting(Throwable::getMessage)
                        .containsExactly("the disk went away"));
        assertThat(directory.closed).isTrue();
        assertAnalyzerClosedAndWriteLockFree();
    }

    @Test
    void aDirectoryThatFailsToCloseStillReleasesTheLockAndTheAnalyzer() throws IOException {
        LuceneSearchIndex index = committed(new FailingDirectory(FSDirectory.open(folder()), true, false));

        assertThatThrownBy(index::close)
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("the disk went away");
        assertAnalyzerClosedAndWriteLockFree();
    }

    /** The analyzer refuses work, and another writer can open the folder: no write.lock is held any more. */
    private void assertAnalyzerClosedAndWriteLockFree() throws IOException {
        assertThatThrownBy(() -> analyzer.tokenStream("name", "Алматы")).isInstanceOf(AlreadyClosedException.class);
        try (Directory again = FSDirectory.open(folder());
                IndexWriter w = new IndexWriter(again, new IndexWriterConfig(new StandardAnalyzer()))) {
            assertThat(w.getDocStats().numDocs).isPositive(); // the commit is there
        }
    }
}
