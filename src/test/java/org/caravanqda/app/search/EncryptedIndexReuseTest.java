package org.caravanqda.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted project's second session finds its index where the first left it: no rebuild. */
class EncryptedIndexReuseTest {
    private static final char[] PASSWORD = "степной ветер 2022".toCharArray();

    @TempDir
    Path tmp;

    @Test
    void theSecondSessionSearchesWithoutRebuildingTheIndex() throws java.io.IOException {
        Path dir = tmp.resolve("p");
        Path transcript = SharedData.file("corpus/ru-relocation/reactor-relocation/qazaqstan.md");
        long hits;
        try (Project p = TestApp.app().create(dir, "encrypted", "ru", null, false, PASSWORD.clone())) {
            p.imports()
                    .importFiles(
                            List.of(transcript),
                            new ImportOptions("ru", null, "anna"),
                            Progress.NONE,
                            Cancellation.none());
            hits = p.search().search("перебои", SearchScope.UNITS, 10, false).total();
            assertThat(hits).isPositive();
        }
        try (Project p = TestApp.app().open(dir, PASSWORD.clone())) {
            // before any sync, the index already holds the transcript's turns at the store's generation
            assertThat(p.search().facts().units()).isPositive();
            IndexSync.Outcome caughtUp = p.search().sync().catchUp(Progress.NONE);
            assertThat(caughtUp.rebuilt()).isFalse();
            assertThat(caughtUp.documents()).isZero();
            assertThat(p.search()
                            .search("перебои", SearchScope.UNITS, 10, false)
                            .total())
                    .isEqualTo(hits);
        }
        // a changed password leaves nothing the old one could decrypt: the kept index goes at once
        char[] fresh = "горный перевал 2024".toCharArray();
        TestApp.app().changePassword(dir, PASSWORD.clone(), fresh.clone());
        // only the store's mark (ADR 0018: an opaque project id keyed anew, a generation; no text) is left
        try (var left = java.nio.file.Files.list(dir.resolve("index-encrypted"))) {
            assertThat(left.map(f -> f.getFileName().toString()).toList()).containsExactly("caravan-store.mark");
        }
        try (Project p = TestApp.app().open(dir, fresh.clone())) {
            assertThat(p.search()
                            .search("перебои", SearchScope.UNITS, 10, false)
                            .total())
                    .isEqualTo(hits);
        }
        assertThat(dir.resolve("index-encrypted")).isDirectory();
    }
}
