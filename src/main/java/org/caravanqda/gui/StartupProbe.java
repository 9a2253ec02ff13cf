package org.caravanqda.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            if (isProjectTitle(stage.getTitle())) {
                // the project's title was set before this first pulse: no change left to listen for
                reportOpen(out);
                return;
            }
            stage.titleProperty().addListener((o, was, title) -> {
                if (isProjectTitle(title)) {
                    reportOpen(out);
                }
            });
        });
    }

    private static boolean isProjectTitle(String title) {
        return title != null && title.startsWith("Caravan — ");
    }

    private static void reportOpen(Consumer<String> out) {
        // the workbench fills its lists after the title is set: report after that pulse
        Platform.runLater(() -> {
            report("project open", out);
            Platform.exit();
        });
    }

    private static void report(String what, Consumer<String> out) {
        out.accept("caravan: " + what + " " + sinceStart() + " ms after the process started");
    }

    /**
     * Milliseconds since the process (the launcher's shell, which {@code exec}s Java) started. On Linux from
     * {@code /proc}, both counts since boot: Java's {@code ProcessHandle} start instant adds the boot time, which
     * the kernel gives in whole seconds, and was up to a second off (0.76 s on one boot: a start screen at 0.84 s by
     * the clock was reported at 1.60 s).
     */
    static long sinceStart() {
        try {
            long ticks = startTicks(Files.readString(Path.of("/proc/self/stat")));
            double uptime =
                    Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            // USER_HZ, the unit of /proc's process times, is 100 on every Linux architecture Java runs on
            return Math.round(uptime * 1000) - ticks * 10;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis())
                    .orElse(-1L);
        }
    }

    /** Field 22 of /proc/PID/stat (start time in clock ticks), counted after the command's closing parenthesis. */
    static long startTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[19]);
    }
}
