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

    private static IndexedDocument interview(long id, String text) {
        return new IndexedDocument(id, "interview-" + id + ".txt", "ru", text, null, Map.of(), List.of(),
                List.of(new IndexedDocument.Unit(0, "Р", 0, text.length(), List.of(), List.of())), List.of());
    }

    @Test
    void aWriterThatFailsToRollBackStillLetsTheDirectoryAndAnalyzerGo() throws IOException {
        Path dir = tmp.resolve("index");
        FailingDirectory directory = new FailingDirectory(FSDirectory.open(dir), true, true);
        FieldAnalyzer analyzer = new FieldAnalyzer(new TextAnalyzers());
        LuceneSearchIndex index = new LuceneSearchIndex(directory, analyzer);
        index.update(List.of(interview(1, "Мы уехали в Алматы осенью.")), List.of());
        index.commit(1);

        assertThatThrownBy(index::close).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("the write lock would not go")
                .satisfies(e -> assertThat(e.getCause().getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("the disk went away"));
        assertThat(directory.closed).isTrue();
        assertThatThrownBy(() -> analyzer.tokenStream("name", "Алматы")).isInstanceOf(AlreadyClosedException.class);
        assertWriteLockFree(dir);
    }

    @Test
    void aDirectoryThatFailsToCloseStillReleasesTheLockAndTheAnalyzer() throws IOException {
        Path dir = tmp.resolve("index");
        FailingDirectory directory = new FailingDirectory(FSDirectory.open(dir), true, false);
        FieldAnalyzer analyzer = new FieldAnalyzer(new TextAnalyzers());
        LuceneSearchIndex index = new LuceneSearchIndex(directory, analyzer);
        index.commit(1);

        assertThatThrownBy(index::close).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("the disk went away");
        assertThatThrownBy(() -> analyzer.tokenStream("name", "Алматы")).isInstanceOf(AlreadyClosedException.class);
        assertWriteLockFree(dir);
    }

    /** Another writer can open the folder: this process holds no write.lock on it any more. */
    private static void assertWriteLockFree(Path dir) throws IOException {
        try (Directory again = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(again, new IndexWriterConfig(new StandardAnalyzer()))) {
            assertThat(w.getDocStats().numDocs).isGreaterThanOrEqualTo(0);
        }
    }
}
