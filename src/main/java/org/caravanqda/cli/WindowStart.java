package org.caravanqda.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.CaravanException;

/**
 * {@code caravan}, {@code caravan gui} and {@code caravan gui -p DIR} read without picocli: building
 * the command line's models took 0.12-0.23 s of the window's start, before the toolkit could begin
 * (ADR 0042). Any other arguments (help, a typo, an option after the folder) go to picocli, which
 * says what is wrong with them.
 */
public final class WindowStart {
    private final String project;

    private WindowStart(String project) {
        this.project = project;
    }

    /** The window these arguments ask for, or empty when picocli should read them. */
    public static Optional<WindowStart> of(String... args) {
        if (args.length == 0 || args.length == 1 && args[0].equals("gui")) {
            return Optional.of(new WindowStart(null));
        }
        if (args.length == 3
                && args[0].equals("gui")
                && (args[1].equals("-p") || args[1].equals("--project"))
                && !args[2].isEmpty()
                && !args[2].startsWith("-")) {
            return Optional.of(new WindowStart(args[2]));
        }
        return Optional.empty();
    }

    /**
     * Opens the window (the start screen, or the project) and returns when it is closed: 0, or 1 with
     * one line on {@code err} as {@code caravan gui} says it, or 3 for a bug. Empty, with nothing
     * opened, when the folder is a server address that does not parse: picocli says that with the usage.
     */
    public OptionalInt open(Caravan app, PrintWriter err) {
        Path dir;
        try {
            dir = project == null ? null : ProjectLocation.resolve(app, project);
        } catch (CaravanException | InvalidPathException e) {
            return OptionalInt.empty();
        }
        try {
            app.desktop().open(dir);
            return OptionalInt.of(0);
        } catch (CaravanException e) {
            err.println("caravan: " + e.getMessage());
            err.flush();
            return OptionalInt.of(1);
        } catch (RuntimeException | Error e) { // as picocli's handler: no stack trace for the user
            return OptionalInt.of(CaravanCli.internalError(err, "caravan gui", e));
        }
    }

    /** The folder the window opens (null: the start screen), for tests. */
    String project() {
        return project;
    }
}
