package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.caravanqda.app.common.LogFolder;
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
 * A bug that throws on the window's thread (a click handler, a listener): the window logs it as
 * the command line does (caravan.log, redacted: classes and frames, never the message) and says
 * so in one line in its status bar, naming the log; nothing reaches stderr, and the window keeps
 * working.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresTest extends HeadlessFx {
    private static final String SECRET = "Марина сказала: уехала из-за повестки";

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();
    private Thread.UncaughtExceptionHandler before;
    private Thread.UncaughtExceptionHandler fxBefore;

    @Start
    void start(Stage stage) {
        before = Thread.getDefaultUncaughtExceptionHandler();
        fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
        gui.show(stage, GuiHarness.demo(tmp.resolve("uncaught-" + System.nanoTime())), "anna");
        // as CaravanFxApp installs it, on the FX thread
        new UncaughtFailures(Platform::runLater, gui.shell::showFailure).install();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore))
                .get(10, TimeUnit.SECONDS);
        Thread.setDefaultUncaughtExceptionHandler(before);
        gui.close();
    }

    @Test
    void aFailureOnTheWindowsThreadIsLoggedAndSaidInOneLineNeverOnStderr(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        Path log = LogFolder.path().resolve("caravan.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException(SECRET);
            });
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> vm.statusProperty().get().contains("caravan.log"));
            // and on another thread than the window's
            Thread worker = new Thread(
                    () -> {
                        throw new UnsupportedOperationException(SECRET);
                    },
                    "some-helper");
            worker.start();
            worker.join();
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> vm.statusProperty().get().contains("UnsupportedOperationException"));
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        String line = vm.statusProperty().get();
        assertThat(line)
                .isEqualTo("An action failed: an internal error (UnsupportedOperationException), logged in " + log)
                .doesNotContain(SECRET);
        Label shown = robot.lookup(".status-bar .label").queryAs(Label.class);
        assertThat(shown.getText()).isEqualTo(line);

        String logged = Files.readString(log, StandardCharsets.UTF_8).substring((int) logBefore);
        assertThat(logged)
                .contains("java.lang.IllegalStateException")
                .contains("java.lang.UnsupportedOperationException")
                .doesNotContain(SECRET)
                .doesNotContain("повестки");

        // the window goes on: a document opens
        vm.openDocument(vm.documents().shown().get(0).name());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        assertThat(gui.errors).isEmpty();
    }
}
