package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.caravanqda.Main;
import org.caravanqda.gui.common.GuiPreferences;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The launcher's training run for the window's class-data archive (ADR 0036): every step must really happen (the
 * start screen, the demo's workbench with its lists, a transcript, a search, the memos), or the archive silently
 * misses what opening a project loads; it leaves no folder behind and does not touch the researcher's preferences.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowTrainingTest extends HeadlessFx {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        // the toolkit is up, as in any window test: the training runs inside it and leaves it up
    }

    @Test
    void everyStepRunsOnTheDemoOffScreenAndNothingIsLeft() throws Exception {
        GuiPreferences user = GuiPreferences.user();
        List<String> recentBefore = user.recent();
        String coderBefore = user.coder();

        List<String> failed = WindowTraining.run(Main::application, tmp);

        assertThat(failed).as("steps of the window's training that failed").isEmpty();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the training's demo project is deleted").isEmpty();
        }
        assertThat(user.recent()).as("no demo folder among the recent projects").isEqualTo(recentBefore);
        assertThat(user.coder()).as("the coder name is the researcher's").isEqualTo(coderBefore);
    }
}
