package org.caravanqda.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.caravanqda.gui.workbench.WorkbenchView;

/**
 * With CARAVAN_STARTUP_PROBE set, the window says on stderr how long after the process started it
 * showed the start screen or, when started with a project, itself and then the open project with
 * its lists; then it closes. CI
 * starts the installed window this way, and docs/performance.md measures the window's start with it.
 */
final class StartupProbe {
    private StartupProbe() {}

    static boolean wanted() {
        return System.getenv("CARAVAN_STARTUP_PROBE") != null;
    }

    /**
     * Called once the shell has started; {@code project}: whether one is being opened; {@code out}:
     * where the lines go (Main's stderr: only the composition root and the CLI own the terminal). Each
     * moment is the end of the first layout pulse that has it on screen: the start screen laid out, or
     * the workbench laid out with the lists it read from the project (not merely its title set).
     */
    static void watch(Stage stage, Shell shell, boolean project, Consumer<String> out) {
        if (project) {
            afterPulseWhere(stage, () -> true, () -> report("window shown", out));
            afterPulseWhere(stage, () -> hasReadTheProject(shell.workbench()), () -> {
                report("project open", out);
                Platform.exit();
            });
        } else {
            afterPulseWhere(stage, () -> true, () -> {
                report("start screen shown", out);
                Platform.exit();
            });
        }
    }

    private static boolean hasReadTheProject(WorkbenchView workbench) {
        return workbench != null && workbench.viewModel().revisionProperty().get() > 0;
    }

    /** Runs {@code action} once, after the first layout pulse of the shown window at which {@code condition} holds. */
    private static void afterPulseWhere(Stage stage, BooleanSupplier condition, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (stage.isShowing() && condition.getAsBoolean()) {
                stage.getScene().removePostLayoutPulseListener(listener[0]);
                action.run();
            }
        };
        if (stage.getScene() != null) {
            stage.getScene().addPostLayoutPulseListener(listener[0]);
        } else {
            // the scene comes with the window's first content
            stage.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                    stage.sceneProperty().removeListener(this);
                    scene.addPostLayoutPulseListener(listener[0]);
                }
            });
        }
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
