package org.caravanqda.gui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * With CARAVAN_STARTUP_PROBE set, the window says on stderr how long after the process started it
 * showed the start screen and, when started with a project, the open project; then it closes. CI
 * starts the installed window this way, and docs/performance.md measures the window's start with it.
 */
final class StartupProbe {
    private StartupProbe() {}

    static boolean wanted() {
        return System.getenv("CARAVAN_STARTUP_PROBE") != null;
    }

    /**
     * Called once the stage is shown (the start screen); {@code project}: whether one is being opened;
     * {@code out}: where the lines go (Main's stderr: only the composition root and the CLI own the terminal).
     */
    static void watch(Stage stage, boolean project, Consumer<String> out) {
        Platform.runLater(() -> {
            report("start screen shown", out);
            if (!project) {
                Platform.exit();
                return;
            }
            stage.titleProperty().addListener((o, was, title) -> {
                if (title.startsWith("Caravan — ")) {
                    // the workbench fills its lists after the title is set: report after that pulse
                    Platform.runLater(() -> {
                        report("project open", out);
                        Platform.exit();
                    });
                }
            });
        });
    }

    private static void report(String what, Consumer<String> out) {
        long ms = ProcessHandle.current()
                .info()
                .startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
        out.accept("caravan: " + what + " " + ms + " ms after the process started");
    }
}
