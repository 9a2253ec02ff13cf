package org.caravanqda.gui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
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
 * Writes the README's screenshot of the coding view (demo project), only when asked:
 * {@code xvfb-run mvn test -Dtest=CodingViewScreenshot -Dcaravan.gui.display=true -Dcaravan.screenshot=docs/images/coding-view.png}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodingViewScreenshot extends HeadlessFx {
    private static final String TARGET = System.getProperty("caravan.screenshot");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @BeforeAll
    static void onlyWhenAsked() {
        Assumptions.assumeTrue(TARGET != null, "no -Dcaravan.screenshot=FILE.png given");
    }

    @Start
    void start(Stage stage) throws Exception {
        Path demo = GuiHarness.demo(tmp);
        String extra = System.getProperty("caravan.screenshot.import");
        if (extra != null) {
            // e.g. a Kazakh or Uzbek transcript, to see its letters rendered
            try (org.caravanqda.app.Project p = gui.app.open(demo)) {
                p.imports()
                        .importFiles(
                                List.of(Path.of(extra)),
                                org.caravanqda.app.imports.ImportOptions.defaults(),
                                org.caravanqda.app.job.Progress.NONE,
                                org.caravanqda.app.job.Cancellation.none());
            }
        }
        gui.show(stage, demo, "anna");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void codingView(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        ListView<DocumentListing> documents = robot.lookup("#documents").queryListView();
        String doc = System.getProperty("caravan.screenshot.document", "ru-01");
        robot.interact(() -> documents
                .getSelectionModel()
                .select(vm.documents().shown().stream()
                        .filter(d -> d.name().startsWith(doc))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        List<CodingMark> marks = vm.transcript().transcriptProperty().get().codings();
        // show a place where codings overlap, and the details of one that carries a memo
        if (marks.isEmpty()) {
            write(robot);
            return;
        }
        CodingMark overlapped = marks.stream()
                .filter(a -> marks.stream().anyMatch(b -> b != a && a.start() < b.end() && b.start() < a.end()))
                .findFirst()
                .orElse(marks.get(0));
        CodingMark withMemo = marks.stream()
                .filter(m -> m.memo() != null && m.start() >= overlapped.start())
                .findFirst()
                .orElse(overlapped);
        var area = gui.workbench().transcript().view().area();
        robot.interact(() -> {
            marks.stream().map(CodingMark::codePath).distinct().limit(5).forEach(vm.codebook()::pin);
            vm.codebook().byPath(withMemo.codePath()).ifPresent(vm.codebook().selectedProperty()::set);
            area.showParagraphAtTop(Math.max(
                    0,
                    area.offsetToPosition(overlapped.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                                    .getMajor()
                            - 4));
            vm.transcript().inspectAt(withMemo.start() + 1);
        });
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        write(robot);
    }

    private void write(FxRobot robot) throws Exception {
        Thread.sleep(500);
        WritableImage image = snapshot(robot);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Path out = Path.of(TARGET).toAbsolutePath();
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }

    private WritableImage snapshot(FxRobot robot) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        return image[0];
    }
}
