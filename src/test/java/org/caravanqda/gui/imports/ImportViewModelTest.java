package org.caravanqda.gui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.gui.common.Jobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void importsFilesAndSummarizesThem() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("interviews"));
        Files.writeString(folder.resolve("kk-01.txt"), "Сұхбат алушы: Қайдан келдіңіз?\n\nАйгүл: Мәскеуден көшіп келдік.\n");
        Files.writeString(folder.resolve("notes.pdf"), "not a transcript");
        AtomicInteger refreshed = new AtomicInteger();
        try (Project p = TestApp.newProject(tmp)) {
            ImportViewModel vm = new ImportViewModel(p, new Jobs(Runnable::run, Runnable::run), "anna", refreshed::incrementAndGet);
            vm.paths().add(folder);
            vm.languageProperty().set("kk");
            vm.start();

            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.summaryProperty().get()).contains("Imported 1 document", "kk-01.txt", "kk", "Passed over", "notes.pdf");
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            assertThat(refreshed).hasValue(1);
            assertThat(p.documents().list()).singleElement().satisfies(d -> assertThat(d.language()).isEqualTo("kk"));
        }
    }

    @Test
    void aFailedImportIsShownNotHidden() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Р: раз\n");
        try (Project p = TestApp.newProject(tmp)) {
            ImportViewModel vm = new ImportViewModel(p, new Jobs(Runnable::run, Runnable::run), "anna", () -> { });
            vm.paths().addAll(tmp.resolve("a.txt"), tmp.resolve("a.txt"));
            vm.start();
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.summaryProperty().get()).contains("already in the project", "nothing was imported");
            assertThat(p.documents().list()).isEmpty();
        }
    }

    @Test
    void cancellingStopsTheImportAndChangesNothing() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Р: раз\n");
        try (Project p = TestApp.newProject(tmp)) {
            // the worker runs the job only after cancel() was pressed
            Runnable[] queued = new Runnable[1];
            ImportViewModel vm = new ImportViewModel(p, new Jobs(r -> queued[0] = r, Runnable::run), "anna", () -> { });
            vm.paths().add(tmp.resolve("a.txt"));
            vm.start();
            assertThat(vm.runningProperty().get()).isTrue();
            vm.cancel();
            queued[0].run();
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.summaryProperty().get()).contains("cancelled");
            assertThat(p.documents().list()).isEmpty();
        }
    }
}
