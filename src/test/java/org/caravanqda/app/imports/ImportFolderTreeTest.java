package org.caravanqda.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder tree as researchers keep one: same file names in different subfolders, pages with no text. */
class ImportFolderTreeTest {
    @TempDir
    Path tmp;

    @Test
    void aRealSiteTreeImportsWholeWithSameNamedFilesToldApartAndEmptyPagesPassedOver() throws IOException {
        Path tree = SharedData.file("corpus/ru-relocation");
        long files;
        try (Stream<Path> s = Files.walk(tree)) {
            files = s.filter(f -> f.toString().endsWith(".md")).count();
        }
        try (Project p = TestApp.newProject(tmp.resolve("p"))) {
            ImportReport r = p.imports()
                    .importFiles(
                            List.of(tree), new ImportOptions("ru", null, "anna"), Progress.NONE, Cancellation.none());

            // bazar.md and malls.md hold front matter and a site macro only
            assertThat(r.skipped())
                    .filteredOn(s -> s.endsWith(": no text to code"))
                    .hasSize(2)
                    .anyMatch(s -> s.contains("bazar.md"))
                    .anyMatch(s -> s.contains("malls.md"));
            assertThat(r.documents()).hasSize((int) files - 2);
            List<String> names =
                    p.documents().list().stream().map(DocumentListing::name).toList();
            assertThat(names)
                    .contains(
                            "ru-relocation/samarkand-guide/index.md",
                            "ru-relocation/samarkand-guide/occupation/index.md",
                            "visa.md",
                            "qazaqstan.md")
                    .doesNotContain("index.md", "bazar.md");
            // the qualified name is the document's name everywhere, e.g. in doc: queries
            var hits = p.search()
                    .search(
                            "doc:\"ru-relocation/samarkand-guide/occupation/index.md\"",
                            SearchScope.DOCUMENTS,
                            5,
                            false);
            assertThat(hits.hits())
                    .singleElement()
                    .satisfies(h ->
                            assertThat(h.document()).isEqualTo("ru-relocation/samarkand-guide/occupation/index.md"));
        }
    }

    @Test
    void twoFoldersWithTheSameFileNameKeepBoth() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("almaty"));
        Path b = Files.createDirectories(tmp.resolve("bishkek"));
        Files.writeString(a.resolve("interview.txt"), "И: Почему Алматы?\n\nР: Там друзья.\n");
        Files.writeString(b.resolve("interview.txt"), "И: Почему Бишкек?\n\nР: Там работа.\n");
        Files.writeString(b.resolve("notes.txt"), "Р: одна строка\n");
        try (Project p = TestApp.newProject(tmp.resolve("p"))) {
            p.imports().importFiles(List.of(a, b), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThat(p.documents().list().stream().map(DocumentListing::name))
                    .containsExactlyInAnyOrder("almaty/interview.txt", "bishkek/interview.txt", "notes.txt");
        }
    }

    @Test
    void anEmptyFileNamedOnItsOwnStillStopsTheImportAndAFolderOfEmptyFilesImportsNothing() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("empty"));
        Path blank = Files.writeString(folder.resolve("blank.txt"), "  \n\n ");
        Files.writeString(folder.resolve("front-matter-only.md"), "---\ntitle: Рынки\n---\n");
        Path good = Files.writeString(tmp.resolve("good.txt"), "Р: текст\n");
        try (Project p = TestApp.newProject(tmp.resolve("p"))) {
            assertThatThrownBy(() -> p.imports()
                            .importFiles(
                                    List.of(good, blank), ImportOptions.defaults(), Progress.NONE, Cancellation.none()))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("blank.txt contains no text")
                    .hasMessageContaining("nothing was imported");
            assertThatThrownBy(() -> p.imports()
                            .importFiles(List.of(folder), ImportOptions.defaults(), Progress.NONE, Cancellation.none()))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageStartingWith("nothing to import");
            assertThat(p.documents().list()).isEmpty();
        }
    }
}
