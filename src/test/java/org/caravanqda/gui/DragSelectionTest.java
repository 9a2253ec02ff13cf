package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Select text, then drag the selection (by its handle) onto a code in the codebook: it is coded. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DragSelectionTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("drag-" + System.nanoTime())), "dragger");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void droppingTheSelectionOnACodeCodesIt(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !vm.documents().shown().isEmpty()
                        && !vm.codebook().nodes().isEmpty());
        ListView<DocumentListing> documents = robot.lookup("#documents").queryListView();
        DocumentListing doc = vm.documents().shown().stream()
                .filter(d -> d.name().startsWith("ru-03"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> documents.getSelectionModel().select(doc));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        String text = vm.transcript().transcriptProperty().get().text();
        int start = text.indexOf("Р:") + 3;
        String quote = text.substring(start, start + 30).strip();
        InlineCssTextArea area = gui.workbench().transcript().view().area();
        robot.interact(() -> area.selectRange(start, start + quote.length()));
        WaitForAsyncUtils.waitForFxEvents();

        String target = vm.codebook().codablePaths().get(0);
        Node cell = robot.lookup((Node n) -> n instanceof TreeCell<?> c
                        && c.getItem() instanceof CodeNode node
                        && node.path().equals(target))
                .query();
        robot.drag("#drag-selection").dropTo(cell);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !gui.project
                        .codings()
                        .codings(doc.name(), target, "dragger")
                        .isEmpty());
        assertThat(gui.project
                        .codings()
                        .codings(doc.name(), target, "dragger")
                        .get(0)
                        .text())
                .isEqualTo(quote);
        assertThat(gui.errors).isEmpty();
    }
}
