package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.Desktop;
import org.caravanqda.gui.start.OpeningAhead;

/**
 * The desktop port's JavaFX side. Main's class does not extend Application, so the shaded jar
 * starts from a plain classpath; the JavaFX application is launched from here.
 */
public final class FxDesktop implements Desktop {
    private final Supplier<Caravan> app;
    private final java.util.function.Consumer<String> stderr;

    public FxDesktop(Supplier<Caravan> app) {
        this(app, line -> {});
    }

    /** {@code stderr}: where the window's start-up probe reports (CARAVAN_STARTUP_PROBE), the process's stderr. */
    public FxDesktop(Supplier<Caravan> app, java.util.function.Consumer<String> stderr) {
        this.app = app;
        this.stderr = stderr;
    }

    @Override
    public void open(Path projectOrNull) {
        if (noDisplay()) {
            // JavaFX would fail with a stack trace; a server or CI shell deserves one clear line
            throw new CaravanException("no display to open the window on (DISPLAY is not set); the command line works"
                    + " without one: caravan --help");
        }
        // started from the classpath (one plain jar), JavaFX warns of an "unsupported configuration" that works
        // fine (ADR 0005); users should not see it on every start
        JavaFxLog.LOG.setLevel(Level.SEVERE);
        Caravan caravan = app.get();
        // the folder opens while the toolkit starts: on two cores the two took turns (ADR 0041)
        OpeningAhead ahead = projectOrNull == null
                ? null
                : OpeningAhead.start(caravan, projectOrNull).orElse(null);
        CaravanFxApp.prepare(caravan, projectOrNull, ahead, stderr);
        try {
            Application.launch(CaravanFxApp.class);
        } catch (UnsupportedOperationException e) {
            CaravanException plain = systemProblem(e.getMessage(), System.getenv("DISPLAY"));
            if (plain == null) {
                throw e;
            }
            throw plain;
        } finally {
            if (ahead != null) {
                ahead.release(); // the window never took it (no toolkit, or closed first)
            }
        }
    }

    /**
     * What JavaFX's toolkit says when the system lacks what the window needs, in one line with the way
     * out; null for anything else (a bug, reported as one).
     */
    static CaravanException systemProblem(String message, String display) {
        String m = message == null ? "" : message;
        if (m.contains("GTK")) {
            return new CaravanException("the window needs the GTK 3 library, which is missing or broken: install it"
                    + " (Debian, Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3; openSUSE: sudo"
                    + " zypper install libgtk-3-0); the command line works without it: caravan --help");
        }
        if (m.contains("DISPLAY")) {
            return new CaravanException("cannot open the display " + (display == null ? "" : display + " ")
                    + "to show the window on (is the X server running, and may this user use it?); the command"
                    + " line works without one: caravan --help");
        }
        return null;
    }

    /** This process's: no display to start the toolkit on (the window, the window's training). */
    static boolean noDisplay() {
        return noDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"));
    }

    static boolean noDisplay(String os, String display, String wayland) {
        boolean x11Style = os.toLowerCase(java.util.Locale.ROOT).contains("linux")
                || os.toLowerCase(java.util.Locale.ROOT).contains("bsd");
        return x11Style && (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
    }

    /** JavaFX's logger, made when the window opens (not in every command: Main builds this desktop). */
    private static final class JavaFxLog {
        // held so the level set in open() is not garbage-collected with the logger
        static final Logger LOG = Logger.getLogger("javafx");
    }
}
