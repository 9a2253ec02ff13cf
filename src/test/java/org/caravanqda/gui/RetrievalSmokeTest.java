package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.retrieval.RetrievedSegment;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless: double-click a code in the codebook, the retrieval tab lists its
 * segments, open one and the transcript shows that passage selected; Enter on the tree codes the
 * selection. {@link #screenshot} writes docs/gui.md's picture, only when asked:
 * {@code xvfb-run -s "-screen 0 1600x1000x24" mvn surefire:test@gui -Dtest=RetrievalSmokeTest#screenshot
 * -Dcaravan.gui.display=true -Dcaravan.screenshot=docs/images/retrieval.png}
 * ({@code -Dcaravan.screenshot.size=1280x720} for a smaller window).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RetrievalSmokeTest extends HeadlessFx {
    private static final String CODE = "Exit as voice";

    @TempDir
    static Path tmp;

    private static Path demo;

    private final GuiHarness gui = new GuiHarness();

    /** Built once, off the FX thread: a build inside @Start can outlast TestFX's set-up time on a loaded machine. */
    @BeforeAll
    static void demo() {
        demo = GuiHarness.demo(tmp);
    }

    @Start
    void start(Stage stage) {
        gui.show(stage, demo, "tester");
        String size = System.getProperty("caravan.screenshot.size");
        if (size != null) {
            stage.setWidth(Integer.parseInt(size.split("x")[0]));
            stage.setHeight(Integer.parseInt(size.split("x")[1]));
        }
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    private static Node codeCell(FxRobot robot, String path) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> find(robot, path) != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> find(robot, path)).get();
    }

    private static Node find(FxRobot robot, String path) {
        return robot.lookup(".tree-cell").queryAll().stream()
                .filter(c -> c instanceof TreeCell<?> cell
                        && cell.isVisible()
                        && cell.getItem() instanceof CodeNode n
                        && n.path().equals(path))
                .findFirst()
                .orElse(null);
    }

    /** The retrieval tab's table, once it lists segments. */
    private static TableView<RetrievedSegment> listed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#retrieval-table").tryQuery().isPresent());
        TableView<RetrievedSegment> table = robot.lookup("#retrieval-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void doubleClickOnACodeListsItsSegmentsAndOpensOneInTheTranscript(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        // the double-click is delivered as one event with a click count of 2: two robot clicks on a
        // machine this loaded can land further apart than the platform's double-click time
        Node cell = codeCell(robot, CODE);
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.getLayoutBounds();
            javafx.geometry.Point2D screen = cell.localToScreen(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(
                    cell,
                    new javafx.scene.input.MouseEvent(
                            javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                            b.getCenterX(),
                            b.getCenterY(),
                            screen.getX(),
                            screen.getY(),
                            javafx.scene.input.MouseButton.PRIMARY,
                            2,
                            false,
                            false,
                            false,
                            false,
                            true,
                            false,
                            false,
                            true,
                            false,
                            true,
                            null));
        });
        TableView<RetrievedSegment> table = listed(robot);
        assertThat(table.getItems())
                .extracting(RetrievedSegment::codingId)
                .containsExactlyInAnyOrderElementsOf(gui.project.codings().codings(null, CODE, null).stream()
                        .map(CodingView::id)
                        .toList());
        TabPane center = (TabPane) robot.lookup(".center-tabs").query();
        assertThat(center.getSelectionModel().getSelectedItem().getId()).isEqualTo("retrieval");
        // double-click on a code no longer codes anything
        assertThat(gui.project.codings().codings(null, null, null))
                .noneMatch(c -> c.coder().equals("tester"));

        RetrievedSegment row = table.getItems().get(3);
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn("#retrieval-open");
        InlineCssTextArea area = gui.workbench().transcript().view().area();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> row.text()
                        .equals(WaitForAsyncUtils.asyncFx(area::getSelectedText).get()));
        assertThat(area.getSelection().getStart()).isEqualTo(row.start());
        assertThat(vm.transcript().transcriptProperty().get().name()).isEqualTo(row.document());
        assertThat(center.getSelectionModel().getSelectedItem().getId()).isEqualTo("transcript-tab");

        // Enter on the tree codes the selection with the selected code
        String other = "Accessibility";
        @SuppressWarnings("unchecked")
        TreeView<CodeNode> tree = robot.lookup("#codebook").queryAs(TreeView.class);
        robot.interact(() -> {
            var item = tree.getRoot().getChildren().stream()
                    .filter(i -> i.getValue().path().equals(other))
                    .findFirst()
                    .orElseThrow();
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
            area.selectRange(row.start(), row.end());
            tree.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> gui.project.codings().codings(row.document(), other, null).stream()
                        .anyMatch(c -> c.coder().equals("tester") && c.start() == row.start()));
        assertThat(gui.errors).isEmpty();
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        String target = System.getProperty("caravan.screenshot");
        Assumptions.assumeTrue(target != null, "no -Dcaravan.screenshot=FILE.png given");
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        robot.interact(() -> {
            vm.codebook().byPath(CODE).ifPresent(vm.codebook().selectedProperty()::set);
            vm.openRetrieval(RetrievalRequest.of(CODE));
        });
        TableView<RetrievedSegment> table = listed(robot);
        robot.interact(() -> table.getSelectionModel().select(2));
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        GuiHarness.screenshot(robot, Path.of(target));
    }
}
