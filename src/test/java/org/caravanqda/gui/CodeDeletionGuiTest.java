package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Deleting a code from the codebook's context menu in the real window (demo project): the
 * confirmation names the sub-codes and codings that go, yes deletes them all, a backup is
 * written to the project's backups folder first, and restoring that backup brings every one back.
 * Ctrl+Z does not (the undo history is cleared, as the confirmation says).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodeDeletionGuiTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();
    private Path projectDir;

    @Start
    void start(Stage stage) {
        projectDir = GuiHarness.demo(tmp.resolve("delete-" + System.nanoTime()));
        gui.show(stage, projectDir, "anna");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    private static List<CodingView> under(Project p, String path) {
        return p.codings().codings(null, null, null).stream()
                .filter(c -> c.code().equals(path) || c.code().startsWith(path + "/"))
                .toList();
    }

    @Test
    void deletesACodeWithItsSubCodesAndCodingsAfterAConfirmationAndTheBackupRestoresThem(FxRobot robot)
            throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        // a top-level code with sub-codes and codings by both coders
        CodeNode code = vm.codebook().nodes().stream()
                .filter(n -> n.depth() == 0 && n.codingsWithDescendants() > 0)
                .filter(n ->
                        vm.codebook().nodes().stream().anyMatch(c -> c.path().startsWith(n.path() + "/")))
                .findFirst()
                .orElseThrow();
        String path = code.path();
        long subCodes = vm.codebook().nodes().stream()
                .filter(n -> n.path().startsWith(path + "/"))
                .count();
        int codings = under(gui.project, path).size();
        assertThat(codings).isEqualTo(code.codingsWithDescendants());
        int allCodings = gui.project.codings().codings(null, null, null).size();

        Node cell = GuiHarness.codebookCell(robot, path);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.codebook().selectedProperty().get() != null);
        // the cell's own menu, as a right-click opens it (Monocle's robot does not deliver the context-menu request)
        robot.interact(() -> ((TreeCell<?>) cell).getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownMenu(robot) != null);
        ContextMenu menu = shownMenu(robot);
        MenuItem delete = menu.getItems().stream()
                .filter(i -> "Delete…".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        // not through interact: the confirmation waits for its answer on the FX thread
        Platform.runLater(() -> {
            menu.hide();
            delete.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question(robot) != null);
        DialogPane question = question(robot);
        assertThat(question.getContentText())
                .startsWith("Delete " + path + " with its " + subCodes + " sub-code" + (subCodes == 1 ? "" : "s")
                        + " and " + codings + " codings?")
                .contains("backup");
        assertThat(under(gui.project, path)).hasSize(codings); // nothing goes before the answer
        robot.interact(() -> ((Button) question.lookupButton(ButtonType.OK)).fire());

        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Deleted "));
        assertThat(vm.codebook().byPath(path)).isEmpty();
        assertThat(vm.codebook().nodes()).noneMatch(n -> n.path().startsWith(path + "/"));
        assertThat(under(gui.project, path)).isEmpty();
        assertThat(gui.project.codings().codings(null, null, null)).hasSize(allCodings - codings);
        assertThat(vm.transcript().visibleCodings()).noneMatch(m -> m.codePath().startsWith(path));
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isFalse();
        assertThat(vm.statusProperty().get())
                .contains(String.format("%d codes, %d codings", subCodes + 1, codings))
                .contains("backup: ");

        List<Path> backups;
        try (Stream<Path> files = Files.list(projectDir.resolve("backups"))) {
            backups = files.filter(f -> f.getFileName().toString().startsWith("before-delete-"))
                    .toList();
        }
        assertThat(backups).singleElement();
        assertThat(vm.statusProperty().get())
                .contains(backups.get(0).getFileName().toString());
        Path restored = tmp.resolve("restored-" + System.nanoTime());
        gui.app.restore(backups.get(0), restored, false);
        try (Project back = gui.app.open(restored)) {
            assertThat(under(back, path)).hasSize(codings);
            assertThat(back.codings().codings(null, null, null)).hasSize(allCodings);
        }
        assertThat(gui.errors).isEmpty();
    }

    private static ContextMenu shownMenu(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof ContextMenu m
                        && m.isShowing()
                        && m.getItems().stream().anyMatch(i -> "Delete…".equals(i.getText())))
                .map(ContextMenu.class::cast)
                .findFirst()
                .orElse(null);
    }

    private static DialogPane question(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream()
                .filter(d -> d instanceof DialogPane p
                        && p.getContentText() != null
                        && p.getContentText().startsWith("Delete "))
                .map(DialogPane.class::cast)
                .findFirst()
                .orElse(null);
    }
}
