package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.Pseudonym;
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

/** Headless: the pseudonym table adds a pair, and "Show pseudonyms" shows the transcript with it applied. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PseudonymsGuiTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("pseudo-" + System.nanoTime())), "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void addsAPairInTheTableAndShowsTheTranscriptPseudonymized(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        robot.clickOn("Project"); // the list moved from the toolbar to the Project menu (#16, 1280 px)
        robot.clickOn("Pseudonyms…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-real-name").write("Марина");
        robot.clickOn("#new-pseudonym").write("Зарина");
        robot.clickOn("#add-pseudonym");
        TableView<Pseudonym> table = robot.lookup("#pseudonym-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(gui.project.pseudonyms().list())
                .extracting(Pseudonym::pseudonym)
                .containsExactly("Зарина");
        robot.interact(() -> table.getScene().getWindow().hide());

        ListView<DocumentListing> documents = robot.lookup("#documents").queryListView();
        DocumentListing marina = vm.documents().shown().stream()
                .filter(d -> d.name().startsWith("ru-01"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> documents.getSelectionModel().select(marina));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        InlineCssTextArea area = gui.workbench().transcript().view().area();
        assertThat(area.getText()).contains("Марина:");
        // fired rather than clicked: a narrow headless window may fold the toolbar's end into its overflow menu
        javafx.scene.control.CheckBox show =
                robot.lookup("#show-pseudonyms").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(show::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().contains("Зарина:"));
        assertThat(area.getText()).doesNotContain("Марина");
        robot.interact(show::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().contains("Марина:"));
        assertThat(gui.errors).isEmpty();
    }
}
