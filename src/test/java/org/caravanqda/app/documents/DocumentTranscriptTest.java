package org.caravanqda.app.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.model.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one document whole, as the coding view opens it: text, turns, and every coder's codings with their codes. */
class DocumentTranscriptTest {
    private static final String TEXT = "Интервьюер: Почему Алматы?\n\nМарина: Там уже были друзья.\n";

    @TempDir
    Path tmp;

    @Test
    void readsTextUnitsAndAllCodersCodingsWithTheirCodes() throws Exception {
        Path file = Files.writeString(tmp.resolve("ru-01.txt"), TEXT);
        try (Project p = TestApp.newProject(tmp)) {
            p.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            String parent = p.codebook().add(null, "Reasons", "#aa0000", "anna");
            String code = p.codebook().add(parent, "Friends", "#00aa00", "anna");
            int start = TEXT.indexOf("друзья");
            p.codings()
                    .codeAll(List.of(
                            new CodeRequest("ru-01.txt", start, start + 6, null, null, code, "anna", "memo"),
                            new CodeRequest("ru-01.txt", 0, 10, null, null, code, "timur", null)));

            DocumentTranscript t = p.documents().transcript("ru-01.txt");

            assertThat(t.name()).isEqualTo("ru-01.txt");
            assertThat(t.language()).isEqualTo("ru");
            assertThat(t.text()).isEqualTo(TEXT);
            assertThat(t.units()).extracting(TextUnit::speaker).containsExactly("Интервьюер", "Марина");
            assertThat(t.codings()).hasSize(2).allSatisfy(c -> {
                assertThat(c.codePath()).isEqualTo("Reasons/Friends");
                assertThat(c.codeName()).isEqualTo("Friends");
                assertThat(c.color()).isEqualTo("#00aa00");
                assertThat(c.created()).isNotNull();
            });
            assertThat(t.codings())
                    .filteredOn(c -> c.coder().equals("anna"))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(TEXT.substring(c.start(), c.end())).isEqualTo("друзья");
                        assertThat(c.memo()).isEqualTo("memo");
                    });
        }
    }

    @Test
    void anUnknownNameIsSaidSo() {
        try (Project p = TestApp.newProject(tmp)) {
            assertThatThrownBy(() -> p.documents().transcript("no-such.txt"))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("no-such.txt");
        }
    }
}
