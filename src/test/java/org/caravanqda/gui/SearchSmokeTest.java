package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caravanqda.app.search.SearchHit;
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

/**
 * The whole window, headless: Ctrl+F, a query, Enter, click a hit, and the transcript shows the
 * hit selected. With -Dcaravan.screenshot.search=FILE.png it also writes docs' screenshot.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SearchSmokeTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("search-" + System.nanoTime())), "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    private java.util.List<org.caravanqda.app.coding.CodingView> coded() {
        // all coders, then this one: the coder "tester" exists only once the first coding is stored
        return gui.project.codings().codings(null, "Accessibility", null).stream()
                .filter(c -> c.coder().equals("tester"))
                .toList();
    }

    /** The list cell showing hit {@code i}, once the list has laid it out (the list also keeps hidden spare cells). */
    private static Node cell(FxRobot robot, ListView<SearchHit> hits, int i) throws Exception {
        java.util.function.Supplier<java.util.Optional<Node>> find =
                () -> robot.from(hits).lookup(".list-cell").queryAll().stream()
                        .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell
                                && cell.isVisible()
                                && !cell.isEmpty()
                                && cell.getIndex() == i
                                && cell.getItem() == hits.getItems().get(i))
                        .findFirst();
        // looked for on the FX thread, after the pending layout: a cell found mid-layout may sit elsewhere by the click
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> find.get().isPresent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> find.get().orElseThrow()).get();
    }

    @Test
    void searchesFromTheSearchTabAndSelectsTheHitInTheTranscript(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField query = robot.lookup("#search-query").queryAs(TextField.class);
        assertThat(query.isFocused()).isTrue();
        robot.interact(() -> query.setText("уехать -speaker:(И Интервьюер Interviewer)"));
        robot.type(KeyCode.ENTER);
        ListView<SearchHit> hits = robot.lookup("#search-hits").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        assertThat(hits.getItems()).allSatisfy(h -> assertThat(h.snippet()).contains("**"));

        robot.clickOn(cell(robot, hits, 1));
        SearchHit hit = hits.getItems().get(1);
        InlineCssTextArea area = gui.workbench().transcript().view().area();
        // the area is read on the FX thread: it is laid out there
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> hit.text()
                        .equals(WaitForAsyncUtils.asyncFx(area::getSelectedText).get()));
        assertThat(vm.transcript().transcriptProperty().get().name()).isEqualTo(hit.document());
        assertThat(area.getSelection().getStart()).isEqualTo(hit.start());

        // auto-code every hit's sentence through the dialog, then undo the run with Ctrl+Z
        robot.clickOn("#search-autocode");
        WaitForAsyncUtils.waitForFxEvents();
        // the dialog focuses its filter field once shown
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field")
                        .tryQuery()
                        .map(Node::isFocused)
                        .orElse(false));
        // typed text reaches a dialog unreliably under Monocle: the filter is set, Enter is a real key press
        javafx.scene.control.TextInputControl filter =
                robot.lookup(".dialog-pane .text-field").queryTextInputControl();
        assertThat(robot.lookup(".dialog-pane")
                        .queryAs(javafx.scene.control.DialogPane.class)
                        .getHeaderText())
                .doesNotContain("Enter applies");
        robot.interact(() -> filter.setText("Accessib"));
        robot.type(KeyCode.ENTER);
        // before coding, a question says how many passages the run codes and quotes the first
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").queryAll().stream()
                        .anyMatch(d -> d instanceof javafx.scene.control.DialogPane p
                                && p.getContentText() != null
                                && p.getContentText().startsWith("Code ")));
        javafx.scene.control.DialogPane question = robot.lookup(".dialog-pane").queryAll().stream()
                .map(javafx.scene.control.DialogPane.class::cast)
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith("Code "))
                .findFirst()
                .orElseThrow();
        assertThat(question.getContentText())
                .containsPattern("^Code [\\d,]+ passages? in \\d+ documents? with Accessibility");
        assertThat(coded()).isEmpty();
        robot.interact(
                () -> ((javafx.scene.control.Button) question.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !coded().isEmpty());
        assertThat(coded()).allSatisfy(c -> assertThat(c.text().toLowerCase()).containsPattern("уе[хд]"));
        // the store has the codings before the window has read its state again and put the run on the undo stack
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> vm.coding().undoStack().canUndoProperty().get());
        robot.clickOn(area);
        // on a loaded machine the click's focus can land after the key press: give the area focus first
        robot.interact(area::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> coded().isEmpty());

        robot.interact(() -> query.setText("\"уехать в"));
        robot.clickOn("#search-run");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#search-error").queryLabeled().isVisible());
        assertThat(robot.lookup("#search-error").queryLabeled().getText()).startsWith("query syntax:");
        assertThat(gui.errors).isEmpty();

        String target = System.getProperty("caravan.screenshot.search");
        if (target != null) {
            robot.interact(() -> query.setText("уехать -speaker:(И Интервьюер Interviewer)"));
            robot.clickOn("#search-run");
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
            robot.clickOn(cell(robot, hits, 2));
            Thread.sleep(1500);
            assertThat(hits.getSelectionModel().getSelectedIndex()).isEqualTo(2);
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
            BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
            Path out = Path.of(target).toAbsolutePath();
            Files.createDirectories(out.getParent());
            ImageIO.write(png, "png", out.toFile());
        }
    }
}
