package org.caravanqda.gui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.retrieval.RetrievedSegment;
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
 * Writes docs/gui.md's screenshot of the retrieval view (demo project, the segments of "Exit as
 * voice"), only when asked: {@code xvfb-run -s "-screen 0 1600x1000x24" mvn surefire:test@gui
 * -Dtest=RetrievalScreenshot -Dcaravan.gui.display=true -Dcaravan.screenshot=docs/images/retrieval.png}
 * ({@code -Dcaravan.screenshot.size=1280x720} for a smaller window).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RetrievalScreenshot extends HeadlessFx {
    private static final String TARGET = System.getProperty("caravan.screenshot");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @BeforeAll
    static void onlyWhenAsked() {
        Assumptions.assumeTrue(TARGET != null, "no -Dcaravan.screenshot=FILE.png given");
    }

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp), "anna");
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

    @Test
    void retrievalView(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !vm.documents().shown().isEmpty()
                        && !vm.codebook().nodes().isEmpty());
        robot.interact(() -> {
            vm.codebook().byPath("Exit as voice").ifPresent(vm.codebook().selectedProperty()::set);
            vm.openRetrieval(RetrievalRequest.of("Exit as voice"));
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#retrieval-table").tryQuery().isPresent());
        TableView<RetrievedSegment> table = robot.lookup("#retrieval-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(2));
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of(TARGET).toAbsolutePath();
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
