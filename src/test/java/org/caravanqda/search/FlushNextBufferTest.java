package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchRequest;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Buffers written out before the commit (the import's last step) stay invisible until it, and are lost without it. */
class FlushNextBufferTest {
    @TempDir
    Path tmp;

    private static IndexedDocument interview(long id, String text) {
        return new IndexedDocument(
                id,
                "interview-" + id + ".txt",
                "ru",
                text,
                null,
                Map.of(),
                List.of(),
                List.of(new IndexedDocument.Unit(0, "Р", 0, text.length(), List.of(), List.of())),
                List.of());
    }

    private static long units(SearchIndex index, String query) {
        return index.search(new SearchRequest(query, SearchScope.UNITS, 10, false, Map.of()))
                .total();
    }

    @Test
    void flushedBuffersBecomeVisibleAtTheCommitOnly() {
        try (SearchIndex index = new LuceneSearchIndexes().open(tmp)) {
            index.update(
                    List.of(interview(1, "Мы уехали в Алматы осенью."), interview(2, "Границу закрыли.")), List.of());
            assertThat(index.flushNextBuffer()).isTrue();
            while (index.flushNextBuffer()) {
                // every buffer out
            }
            assertThat(index.flushNextBuffer()).isFalse();
            assertThat(units(index, "text:уехать")).isZero();
            index.commit(3);
            assertThat(units(index, "text:уехать")).isEqualTo(1);
            assertThat(units(index, "text:граница")).isEqualTo(1);
        }
    }

    @Test
    void flushedButUncommittedEntriesAreGoneAfterReopening() {
        try (SearchIndex index = new LuceneSearchIndexes().open(tmp)) {
            index.update(List.of(interview(1, "Мы уехали в Алматы осенью.")), List.of());
            index.commit(1);
            index.update(List.of(interview(2, "Мы тоже уехали.")), List.of());
            assertThat(index.flushNextBuffer()).isTrue();
        }
        try (SearchIndex index = new LuceneSearchIndexes().open(tmp)) {
            assertThat(index.generation()).isEqualTo(1);
            assertThat(units(index, "text:уехать")).isEqualTo(1);
        }
    }
}
