package org.caravanqda.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is all or nothing, and says which file failed and why. */
class ImportTransactionTest {
    @TempDir
    Path tmp;

    @Test
    void fileThirtySevenOfFiftyFailsAndNothingIsImported() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("batch"));
        for (int i = 1; i <= 50; i++) {
            Path f = folder.resolve(String.format("interview-%02d.txt", i));
            if (i == 37) {
                byte[] junk = new byte[4096];
                new java.util.Random(37).nextBytes(junk);
                junk[10] = 0;
                Files.write(f, junk);
            } else {
                Files.writeString(
                        f, "И: Когда вы уехали?\n\nР: В сентябре, номер " + i + ".\n", StandardCharsets.UTF_8);
            }
        }
        try (Project p = TestApp.newProject(tmp)) {
            long generation = StoreAccess.of(p).read(s -> s.changeLog().generation());
            assertThatThrownBy(() -> p.imports()
                            .importFiles(List.of(folder), ImportOptions.defaults(), Progress.NONE, Cancellation.none()))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("file 37 of 50")
                    .hasMessageContaining("interview-37.txt")
                    .hasMessageContaining("nothing was imported");
            assertThat(p.documents().stats().documents()).isZero();
            assertThat(p.documents().stats().units()).isZero();
            assertThat((long) StoreAccess.of(p).read(s -> s.changeLog().generation()))
                    .isEqualTo(generation);
            // files 1-36 were stored and fed to the index before 37 was read: both are taken back
            assertThat(p.search()
                            .search("сентябре", SearchScope.UNITS, 10, false)
                            .total())
                    .isZero();
        }
    }

    @Test
    void aCancelledImportLeavesNothing() throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, "Р: текст", StandardCharsets.UTF_8);
        Cancellation cancel = new Cancellation();
        try (Project p = TestApp.newProject(tmp)) {
            cancel.cancel();
            assertThatThrownBy(
                            () -> p.imports().importFiles(List.of(f), ImportOptions.defaults(), Progress.NONE, cancel))
                    .hasMessageContaining("cancelled");
            assertThat(p.documents().stats().documents()).isZero();
        }
    }

    @Test
    void aSecondImportOfTheSameNameIsRefused() throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, "Р: текст", StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            p.imports().importFiles(List.of(f), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThatThrownBy(() -> p.imports()
                            .importFiles(List.of(f), ImportOptions.defaults(), Progress.NONE, Cancellation.none()))
                    .hasMessageContaining("already in the project");
            assertThat(p.documents().stats().documents()).isEqualTo(1);
        }
    }

    @Test
    void realTranscriptsImportWithTheirSpeakers() {
        Path gum = SharedData.file("corpus/en-transcripts/gum");
        Path docx = SharedData.file("corpus/docx/pres.deb1.docx");
        try (Project p = TestApp.newProject(tmp)) {
            ImportReport r = p.imports()
                    .importFiles(List.of(gum, docx), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThat(r.documents()).hasSize(27);
            assertThat(r.skipped()).singleElement().asString().contains("index.tsv");
            List<DocumentListing> docs = p.documents().list();
            DocumentListing debate = docs.stream()
                    .filter(d -> d.name().equals("pres.deb1.docx"))
                    .findFirst()
                    .orElseThrow();
            assertThat(debate.speakers()).containsExactly("LEHRER", "OBAMA", "ROMNEY");
            assertThat(debate.language()).isEqualTo("en");
            assertThat(debate.words()).isBetween(8_000, 9_000);
            DocumentListing cyclone = docs.stream()
                    .filter(d -> d.name().equals("GUM_interview_cyclone.txt"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cyclone.speakers())
                    .containsExactly(
                            "Knight", "Morrissey", "Richman", "Saravanan", "Snow", "Titley", "Wikinews", "Zhang");
            // every stored unit lies inside its text and they do not overlap
            StoreAccess.of(p).read(s -> {
                for (var d : s.documents().all()) {
                    int last = 0;
                    for (var u : s.documents().units(d.id())) {
                        assertThat(u.start()).isGreaterThanOrEqualTo(last);
                        assertThat(u.end()).isLessThanOrEqualTo(d.text().length());
                        last = u.end();
                    }
                }
                return null;
            });
        }
    }
}
