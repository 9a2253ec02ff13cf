package org.caravanqda.gui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.caravanqda.gui.common.FailureLine;

/**
 * What nobody caught (a bug in a click handler, a listener, a layout pass) on the window's thread
 * or any other: logged as the command line logs failures ({@code caravan.log}, redacted, ADR 0016)
 * and said in one line in the window, which names the log. Never a stack trace on stderr, and the
 * window stays usable: the start screen or the workbench shows the line in its status bar.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    private final Executor ui;
    private final Consumer<String> show;

    /** {@code ui}: where {@code show} runs (the FX thread); {@code show}: puts the line in the window. */
    public UncaughtFailures(Executor ui, Consumer<String> show) {
        this.ui = ui;
        this.show = show;
    }

    /** The handler for every thread, and for the calling (FX) thread itself, which JavaFX may give its own. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        String line;
        try {
            line = FailureLine.of("An action", failure);
        } catch (RuntimeException | Error logging) {
            return; // the log itself failed: nothing more can be said safely, and nothing goes to stderr
        }
        try {
            ui.execute(() -> {
                try {
                    show.accept(line);
                } catch (RuntimeException ignored) {
                    // showing the line failed (the window is closing): it is in the log
                }
            });
        } catch (RuntimeException ignored) {
            // the toolkit has stopped: the failure is in the log
        }
    }
}
