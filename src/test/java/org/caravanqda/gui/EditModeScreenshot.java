package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
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
 * Writes docs/images/transcript-edit.png (the edit mode after a correction was saved: the editor
 * tab and its report), only when asked: {@code xvfb-run mvn surefire:test@gui -Dtest=EditModeScreenshot
 * -Dcaravan.gui.display=true -Dcaravan.screenshot.dir=docs/images} ({@code -Dcaravan.screenshot.size=1280x720}).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditModeScreenshot extends HeadlessFx {
    private static final String DIR = System.getProperty("caravan.screenshot.dir");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @BeforeAll
    static void onlyWhenAsked() {
        Assumptions.assumeTrue(DIR != null, "no -Dcaravan.screenshot.dir=FOLDER given");
    }

    @Start
    void start(Stage stage) {
        GuiHarness.applicationLook();
        gui.show(stage, GuiHarness.demo(tmp.resolve("demo")), "anna");
        GuiHarness.screenshotSize(stage);
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void editMode(FxRobot robot) throws Exception {
        TranscriptEditSmokeTest.Editing editing = TranscriptEditSmokeTest.openEditor(gui, robot);
        TextArea editor = editing.editor();
        robot.interact(() -> editor.setText("[Checked against the recording, 3 May]\n" + editing.original()));
        robot.clickOn("#transcript-editor-save");
        Label report = robot.lookup("#transcript-editor-report").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> report.getText().startsWith("Saved"));
        WaitForAsyncUtils.waitForFxEvents();
        GuiHarness.screenshot(robot, Path.of(DIR).resolve("transcript-edit.png"));
    }
}
