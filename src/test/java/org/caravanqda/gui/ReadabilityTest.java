package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.transcript.Colors;
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
 * Selected rows keep every line readable: in the documents list, the Coding tab and the search
 * hits, each text of the selected row is measured against the row's rendered background (the
 * colours the stylesheets gave them) and has a contrast of at least 4.5:1 (WCAG AA).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReadabilityTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        // the stylesheet the application runs with (CaravanFxApp), so the colours measured are the ones seen
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        gui.show(stage, GuiHarness.demo(tmp.resolve("read-" + System.nanoTime())), "anna");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
        WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(null))
                .get();
    }

    @Test
    void selectedRowsKeepEveryLineReadable(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        ListView<DocumentListing> documents = robot.lookup("#documents").queryListView();
        robot.clickOn(robot.lookup("#documents .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(robot, documents, "documents (focused)");

        // a coded passage's codings in the Coding tab, the row selected
        var mark = vm.transcript().visibleCodings().get(0);
        robot.interact(() -> vm.transcript().inspectAt(mark.start()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> details = robot.lookup("#coding-details").queryListView();
        assertThat(details.getSelectionModel().getSelectedIndex()).isZero();
        assertReadable(robot, details, "Coding tab");
        robot.clickOn(robot.lookup("#coding-details .list-cell").nth(0).queryAs(Node.class));
        assertReadable(robot, details, "Coding tab (focused)");
        assertReadable(robot, documents, "documents (not focused)");

        // search hits: the hit words in bold keep their contrast when the hit is selected
        robot.interact(gui.workbench()::showSearch);
        TextField query = robot.lookup("#search-query").queryAs(TextField.class);
        robot.interact(() -> query.setText("Bishkek"));
        robot.clickOn(query).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.search().hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> hits = robot.lookup("#search-hits").queryListView();
        robot.clickOn(robot.lookup("#search-hits .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(selectedCell(robot, hits)))
                .anyMatch(t -> t.getStyleClass().contains("search-match"));
        assertReadable(robot, hits, "search hits (focused)");
        assertThat(gui.errors).isEmpty();
    }

    private static ListCell<?> selectedCell(FxRobot robot, ListView<?> list) {
        return robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isSelected() && !c.isEmpty() && c.isVisible())
                .findFirst()
                .orElseThrow();
    }

    private void assertReadable(FxRobot robot, ListView<?> list, String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> failures = WaitForAsyncUtils.asyncFx(() -> {
                    ListCell<?> cell = selectedCell(robot, list);
                    String background = hex(background(cell));
                    List<String> out = new ArrayList<>();
                    List<Node> texts = texts(cell);
                    assertThat(texts).as(where + ": texts in the row").isNotEmpty();
                    for (Node n : texts) {
                        Color fill = n instanceof Labeled l ? (Color) l.getTextFill() : (Color) ((Text) n).getFill();
                        String text = n instanceof Labeled l ? l.getText() : ((Text) n).getText();
                        double contrast = Colors.contrast(hex(fill), background);
                        if (text != null && !text.isBlank() && contrast < Colors.TEXT_CONTRAST) {
                            out.add(String.format(
                                    Locale.ROOT,
                                    "%s: '%s' %s on %s = %.2f",
                                    where,
                                    text,
                                    hex(fill),
                                    background,
                                    contrast));
                        }
                    }
                    return out;
                })
                .get();
        assertThat(failures).isEmpty();
    }

    /** The labels and text runs shown in a cell (labels' own Text nodes counted through the label). */
    private static List<Node> texts(Parent root) {
        List<Node> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l) {
                if (l.getText() != null && !l.getText().isEmpty()) {
                    out.add(l);
                }
                if (l.getGraphic() instanceof Parent g) {
                    out.addAll(texts(g));
                }
            } else if (n instanceof Text t) {
                out.add(t);
            } else if (n instanceof Parent p) {
                out.addAll(texts(p));
            }
        }
        return out;
    }

    /** The cell's topmost opaque background colour. */
    private static Color background(ListCell<?> cell) {
        Color c = Color.WHITE;
        if (cell.getBackground() != null) {
            for (BackgroundFill f : cell.getBackground().getFills()) {
                if (f.getFill() instanceof Color color && color.getOpacity() > 0.5) {
                    c = color;
                }
            }
        }
        return c;
    }

    private static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
