package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caravanqda.SharedData;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchRequest;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted project's index is kept between sessions as encrypted files only: the next session
 * loads it instead of rebuilding it; another key or a damaged file discards it (it is rebuilt).
 */
class EncryptedIndexFilesTest {
    @TempDir
    Path tmp;

    private final byte[] key = filled(7);
    private String text;

    private static byte[] filled(int b) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) b);
        return k;
    }

    @BeforeEach
    void readTranscript() throws IOException {
        text = Files.readString(SharedData.file("corpus/ru-relocation/reactor-relocation/qazaqstan.md"));
    }

    private IndexedDocument transcript(long id) {
        return new IndexedDocument(
                id,
                "qazaqstan.md",
                "ru",
                text,
                null,
                Map.of(),
                List.of(),
                List.of(new IndexedDocument.Unit(0, null, 0, text.length(), List.of(), List.of())),
                List.of());
    }

    private static long units(SearchIndex index, String query) {
        return index.search(new SearchRequest(query, SearchScope.UNITS, 10, false, Map.of()))
                .total();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve(EncryptedIndexFiles.FOLDER))) {
            return s.toList();
        }
    }

    private void writeOneCommit() {
        try (SearchIndex index = new LuceneSearchIndexes().openEncrypted(tmp, key)) {
            assertThat(index.generation()).isEqualTo(-1);
            index.update(List.of(transcript(1)), List.of());
            index.commit(4);
        }
    }

    @Test
    void theNextSessionLoadsTheIndexInsteadOfRebuildingIt() throws IOException {
        writeOneCommit();
        assertThat(files())
                .isNotEmpty()
                .anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        assertThat(tmp.resolve(LuceneSearchIndexes.FOLDER)).doesNotExist();
        for (Path f : files()) {
            assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("перебо", "мобилиз");
        }
        try (SearchIndex index = new LuceneSearchIndexes().openEncrypted(tmp, key)) {
            assertThat(index.generation()).isEqualTo(4);
            assertThat(units(index, "text:перебой")).isEqualTo(1);
            // a later commit keeps only its own files
            index.update(List.of(), List.of(1L));
            index.commit(5);
            assertThat(units(index, "text:перебой")).isZero();
        }
        try (SearchIndex index = new LuceneSearchIndexes().openEncrypted(tmp, key)) {
            assertThat(index.generation()).isEqualTo(5);
            assertThat(units(index, "text:перебой")).isZero();
        }
    }

    @Test
    void anotherKeyOrADamagedFileDiscardsTheCopyAndTheIndexStartsEmpty() throws IOException {
        writeOneCommit();
        try (SearchIndex index = new LuceneSearchIndexes().openEncrypted(tmp, filled(8))) {
            assertThat(index.generation()).isEqualTo(-1); // the sync rebuilds it from the store
            assertThat(units(index, "text:перебой")).isZero();
        }
        assertThat(tmp.resolve(EncryptedIndexFiles.FOLDER)).doesNotExist();

        writeOneCommit();
        Path victim = files().stream()
                .filter(f -> !f.getFileName().toString().startsWith("segments"))
                .findFirst()
                .orElseThrow();
        byte[] b = Files.readAllBytes(victim);
        b[b.length / 2] ^= 1;
        Files.write(victim, b);
        try (SearchIndex index = new LuceneSearchIndexes().openEncrypted(tmp, key)) {
            assertThat(index.generation()).isEqualTo(-1);
        }
    }

    @Test
    void aPlainIndexFromBeforeEncryptionIsDeleted() {
        try (SearchIndex plain = new LuceneSearchIndexes().open(tmp)) {
            plain.update(List.of(transcript(1)), List.of());
            plain.commit(1);
        }
        assertThat(tmp.resolve(LuceneSearchIndexes.FOLDER)).isDirectory();
        new LuceneSearchIndexes().openEncrypted(tmp, key).close();
        assertThat(tmp.resolve(LuceneSearchIndexes.FOLDER)).doesNotExist();
    }
}
