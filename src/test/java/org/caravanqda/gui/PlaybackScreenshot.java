package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.media.PlaybackViewModel;
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
 * Writes docs/images/playback.png (the player bar over a transcript with its recording, the unit
 * being heard marked), only when asked: {@code xvfb-run mvn surefire:test@gui -Dtest=PlaybackScreenshot
 * -Dcaravan.gui.display=true -Dcaravan.screenshot.dir=docs/images} ({@code -Dcaravan.screenshot.size=1280x720}).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlaybackScreenshot extends HeadlessFx {
    private static final String DIR = System.getProperty("caravan.screenshot.dir");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @BeforeAll
    static void onlyWhenAsked() {
        Assumptions.assumeTrue(DIR != null, "no -Dcaravan.screenshot.dir=FOLDER given");
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dir = tmp.resolve("study");
        Path files = tmp.resolve("files");
        Path vtt = PlaybackGuiTest.resource("speech.vtt", files);
        Path wav = PlaybackGuiTest.resource("speech.wav", files);
        try (Project p = TestApp.app().create(dir, "Relocation interviews", "en", null, false)) {
            p.imports().importFiles(List.of(vtt), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            p.media().attach("speech", wav, true, "anna");
        }
        gui.show(stage, dir, "anna");
        GuiHarness.screenshotSize(stage);
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void playback(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        robot.interact(() -> vm.openDocument("speech.vtt"));
        PlaybackViewModel pvm = gui.workbench().playback().viewModel();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> pvm.readyProperty().get() || !pvm.messageProperty().get().startsWith("Loading"));
        robot.interact(() -> {
            pvm.setRate(1.25);
            pvm.positionChanged(4_200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        GuiHarness.screenshot(robot, Path.of(DIR).resolve("playback.png"));
    }
}
