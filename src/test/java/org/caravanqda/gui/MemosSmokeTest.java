package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.caravanqda.app.memos.MemoEntry;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.cli.CaravanCli;
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
 * The whole window, headless: memos written beside it show at the document's title and in the
 * Memos tab (Analysis → Memos), which filters; and while the window holds the project the
 * command line's read-only commands run through it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MemosSmokeTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();
    private Path dir;

    @Start
    void start(Stage stage) {
        dir = GuiHarness.demo(tmp.resolve("memos-" + System.nanoTime()));
        gui.show(stage, dir, "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void theMemosTabListsAndFiltersAndTheTitleShowsTheDocumentsMemos(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        String doc = vm.documents().shown().get(0).name();
        gui.project.memos().add(MemoService.Target.document(doc), "First", "Talks about family", "anna");
        gui.project.memos().add(MemoService.Target.project(), "Plan", "Two interviews left", "anna");
        robot.interact(() -> vm.memos().refresh());
        robot.interact(() -> vm.openDocument(doc));
        Label marker = robot.lookup("#document-memo-marker").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, marker::isVisible);
        assertThat(marker.getText()).isEqualTo("✎ 1 memo");

        robot.interact(() -> gui.workbench().showMemos());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<MemoEntry> table = robot.lookup("#memo-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        TextField filter = robot.lookup("#memo-filter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("family"));
        assertThat(table.getItems()).extracting(MemoEntry::target).containsExactly(doc);
        assertThat(gui.errors).isEmpty();

        String target = System.getProperty("caravan.screenshot.memos");
        if (target != null) {
            // docs/gui.md's picture: more memos, a coding memo (the pen in the margin), the list unfiltered
            var coding = gui.project.codings().codings(doc, null, null).get(0);
            gui.project.codings().memo(coding.id(), "Compare with the Bishkek interviews", "anna");
            gui.project.memos().add(MemoService.Target.code("Exit as voice"), "Scope", "Where voice ends", "timur");
            gui.project.memos().add(MemoService.Target.coding(coding.id()), null, "The tone changes here", "anna");
            robot.interact(() -> filter.setText(""));
            robot.interact(() -> vm.memos().refresh());
            robot.interact(() -> vm.reload());
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
            Thread.sleep(1500);
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
            java.awt.image.BufferedImage png = javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null);
            Path out = Path.of(target).toAbsolutePath();
            java.nio.file.Files.createDirectories(out.getParent());
            javax.imageio.ImageIO.write(png, "png", out.toFile());
        }
    }

    @Test
    void readOnlyCommandsRunBesideTheOpenWindow() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CaravanCli(gui.app, new PrintWriter(out, true), new PrintWriter(err, true))
                .run("stats", "-p", dir.toString(), "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"documents\" : 9");
        StringWriter err2 = new StringWriter();
        int refused = new CaravanCli(gui.app, new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true))
                .run("uncode", "-p", dir.toString(), "--id", "1");
        assertThat(refused).isEqualTo(1);
        assertThat(err2.toString()).contains("the window holds this project");
    }
}
