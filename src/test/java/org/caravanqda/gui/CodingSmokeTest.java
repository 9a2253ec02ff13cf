package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The whole window, headless: open the demo project, select a passage, code it with quick key 1, undo it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodingSmokeTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("smoke-" + System.nanoTime())), "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void codesASelectedPassageWithAQuickKeyAndUndoesIt(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !vm.documents().shown().isEmpty()
                        && !vm.codebook().nodes().isEmpty());
        ListView<DocumentListing> documents = robot.lookup("#documents").queryListView();
        DocumentListing olga = vm.documents().shown().stream()
                .filter(d -> d.name().startsWith("ru-03"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> documents.getSelectionModel().select(olga));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);

        String text = vm.transcript().transcriptProperty().get().text();
        String quote = text.substring(text.indexOf("Р:") + 3, text.indexOf("Р:") + 40);
        int start = text.indexOf(quote);
        String code = vm.codebook().codablePaths().get(0);
        InlineCssTextArea area = gui.workbench().transcript().view().area();
        robot.interact(() -> {
            vm.codebook().pin(code);
            area.selectRange(start, start + quote.length());
            area.requestFocus();
        });
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(code) == 1);

        assertThat(gui.project
                        .codings()
                        .codings(olga.name(), code, "tester")
                        .get(0)
                        .text())
                .isEqualTo(quote.strip());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> vm.transcript().visibleCodings().stream()
                        .anyMatch(m -> m.coder().equals("tester")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getStyleOfChar(start + 5)).contains("-rtfx-background-color");
        String leaf = code.substring(code.lastIndexOf('/') + 1);
        assertThat(robot.lookup(".margin-label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().equals(leaf));

        // clicking the coded passage shows its coding in the details tab
        javafx.geometry.Bounds at = WaitForAsyncUtils.asyncFx(() ->
                        area.getCharacterBoundsOnScreen(start + 3, start + 4).orElseThrow())
                .get();
        robot.clickOn(at.getMinX() + at.getWidth() / 2, at.getMinY() + at.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<org.caravanqda.gui.transcript.CodingMark> details =
                robot.lookup("#coding-details").queryListView();
        assertThat(details.getItems())
                .anyMatch(m -> m.codePath().equals(code) && m.coder().equals("tester"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(code) == 0);
        assertThat(gui.errors).isEmpty();
    }

    private int stored(String code) {
        return gui.project.codings().codings(null, code, null).stream()
                .filter(c -> c.coder().equals("tester"))
                .toList()
                .size();
    }
}
