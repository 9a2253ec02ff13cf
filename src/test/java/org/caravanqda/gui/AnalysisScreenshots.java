package org.caravanqda.gui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caravanqda.gui.analysis.AnalysisViews;
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
 * Writes docs/gui.md's screenshots of the analysis views on the demo project, only when asked:
 * {@code xvfb-run mvn surefire:test@gui -Dtest=AnalysisScreenshots -Dcaravan.gui.display=true
 * -Dcaravan.screenshot.dir=docs/images} (frequencies.png, cooccurrence.png, matrix.png);
 * {@code -Dcaravan.screenshot.size=1280x720} for a smaller window (default 1600x1000).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnalysisScreenshots extends HeadlessFx {
    private static final String DIR = System.getProperty("caravan.screenshot.dir");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    private static Path demo;

    @BeforeAll
    static void onlyWhenAsked() {
        Assumptions.assumeTrue(DIR != null, "no -Dcaravan.screenshot.dir=FOLDER given");
        // built before the window starts: on a busy machine it outlasts TestFX's set-up wait
        demo = GuiHarness.demo(tmp);
    }

    @Start
    void start(Stage stage) {
        gui.show(stage, demo, "anna");
        GuiHarness.screenshotSize(stage);
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void analysisViews(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        AnalysisViews views = gui.workbench().analysis();
        robot.interact(views::frequencies);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !views.frequenciesShown().chart().getData().isEmpty());
        write(robot, "frequencies.png");
        robot.interact(views::cooccurrence);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> views.cooccurrenceShown().heatMapData() != null
                        && !views.cooccurrenceShown().heatMapData().rows().isEmpty());
        write(robot, "cooccurrence.png");
        robot.interact(views::matrix);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> views.matrixShown().heatMapData() != null
                        && !views.matrixShown().heatMapData().rows().isEmpty());
        // age: a number, binned as caravan table matrix bins it
        robot.interact(() -> robot.lookup("#matrix-attribute")
                .queryComboBox()
                .setValue(System.getProperty("caravan.screenshot.matrix", "age")));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> views.matrixShown()
                        .heatMapData()
                        .title()
                        .endsWith(System.getProperty("caravan.screenshot.matrix", "age")));
        write(robot, "matrix.png");
    }

    private void write(FxRobot robot, String name) throws Exception {
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of(DIR).toAbsolutePath().resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
