package org.caravanqda.gui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void importsFilesAndSummarizesThem() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("interviews"));
        Files.writeString(
                folder.resolve("kk-01.txt"), "Сұхбат алушы: Қайдан келдіңіз?\n\nАйгүл: Мәскеуден көшіп келдік.\n");
        Files.writeString(folder.resolve("notes.pdf"), "not a transcript");
        AtomicInteger refreshed = new AtomicInteger();
        try (Project p = TestApp.newProject(tmp)) {
            ImportViewModel vm = new ImportViewModel(
                    p.imports(),
                    new Jobs(Runnable::run, Runnable::run),
                    new ScriptedDialogs(),
                    "anna",
                    refreshed::incrementAndGet);
            vm.paths().add(folder);
            vm.languageProperty().set("kk");
            vm.start();

            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.summaryProperty().get())
                    .contains("Imported 1 document", "kk-01.txt", "kk", "Passed over", "notes.pdf");
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            assertThat(refreshed).hasValue(1);
            assertThat(p.documents().list())
                    .singleElement()
                    .satisfies(d -> assertThat(d.language()).isEqualTo("kk"));
        }
    }

    @Test
    void filesAndFoldersChosenJoinTheListAndCancellingAddsNothing() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Р: раз\n");
        Path b = Files.writeString(tmp.resolve("b.md"), "Р: два\n");
        Path csv = Files.writeString(tmp.resolve("attributes.csv"), "document,city\na.txt,Almaty\n");
        ScriptedDialogs dialogs = new ScriptedDialogs()
                .cancel("files")
                .files(a, b)
                .cancel("folder")
                .folder(tmp)
                .file(csv)
                .cancel("file");
        try (Project p = TestApp.newProject(tmp)) {
            ImportViewModel vm =
                    new ImportViewModel(p.imports(), new Jobs(Runnable::run, Runnable::run), dialogs, "anna", () -> {});
            vm.addFiles();
            assertThat(vm.paths()).isEmpty();
            vm.addFiles();
            assertThat(dialogs.last().options()).contains("*.txt", "*.docx", "*.vtt");
            vm.addFolder();
            vm.addFolder();
            assertThat(vm.paths()).containsExactly(a, b, tmp);

            vm.chooseAttributes();
            assertThat(vm.attributesProperty().get()).isEqualTo(csv);
            assertThat(dialogs.last().options()).containsExactly("*.csv");
            vm.chooseAttributes(); // cancel: import without an attributes file
            assertThat(vm.attributesProperty().get()).isNull();
            assertThat(dialogs.unanswered()).isZero();
            assertThat(p.documents().list()).isEmpty();
        }
    }

    @Test
    void aFailedImportIsShownNotHidden() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Р: раз\n");
        try (Project p = TestApp.newProject(tmp)) {
            ImportViewModel vm = new ImportViewModel(
                    p.imports(), new Jobs(Runnable::run, Runnable::run), new ScriptedDialogs(), "anna", () -> {});
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
            ImportViewModel vm = new ImportViewModel(
                    p.imports(), new Jobs(r -> queued[0] = r, Runnable::run), new ScriptedDialogs(), "anna", () -> {});
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
