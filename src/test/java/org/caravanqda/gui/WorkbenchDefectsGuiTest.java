package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Progress;
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

/** Small defects of the workbench seen by a researcher (issue #16), each checked in the real window on the demo. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkbenchDefectsGuiTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("defects-" + System.nanoTime())), "anna");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void theGroupByBoxKeepsShowingTheGroupingAfterAnImport(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        @SuppressWarnings("unchecked")
        ComboBox<String> group = robot.lookup(".combo-box").queryAll().stream()
                .filter(n -> n instanceof ComboBox<?> c && "Group by attribute".equals(c.getPromptText()))
                .map(n -> (ComboBox<String>) n)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> group.setValue("destination"));
        assertThat(vm.documents().groupByProperty().get()).isEqualTo("destination");

        Path file = tmp.resolve("en-late.txt");
        Files.writeString(file, "Interviewer: Why Tbilisi?\n\nNino: The visa-free year.\n");
        Path attributes = tmp.resolve("late-attributes.csv");
        Files.writeString(attributes, "document,destination\nen-late.txt,Tbilisi\n");
        int before = vm.documents().shown().size();
        robot.interact(() -> vm.change(
                (p, c) -> gui.project
                        .imports()
                        .importFiles(List.of(file), new ImportOptions("en", attributes, "anna"), Progress.NONE, c),
                r -> {}));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.documents().shown().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.documents().groupByProperty().get()).isEqualTo("destination");
        assertThat(group.getValue()).isEqualTo("destination");
        assertThat(vm.documents().shown())
                .anyMatch(d -> "Tbilisi".equals(vm.documents().groupOf(d)));
        assertThat(gui.errors).isEmpty();
    }

    @Test
    void theColourPickerOpensWithOneClick(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        Node cell = GuiHarness.codebookCell(robot, null);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.codebook().selectedProperty().get() != null);
        TabPane tabs = robot.lookup(".tab-pane").queryAll().stream()
                .filter(n -> n instanceof TabPane t && t.getTabs().stream().anyMatch(x -> "Code".equals(x.getText())))
                .map(TabPane.class::cast)
                .findFirst()
                .orElseThrow();
        Tab code = tabs.getTabs().stream()
                .filter(t -> "Code".equals(t.getText()))
                .findFirst()
                .orElseThrow();
        assertThat(tabs.getSelectionModel().getSelectedItem()).isEqualTo(code);
        ColorPicker picker = robot.lookup(".color-picker").queryAs(ColorPicker.class);

        robot.clickOn(picker);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.isShowing()).as("the palette is open after one click").isTrue();
        robot.interact(picker::hide);
        assertThat(gui.errors).isEmpty();
    }
}
