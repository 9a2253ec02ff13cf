package org.caravanqda.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;

/**
 * What every command gets: the application, the two output streams (hidden characters escaped,
 * {@link TerminalText}), where passwords come from, and standard output as it is, for data
 * formats that escape themselves (CSV). {@code window}: set when the command runs inside the
 * window's process for another process (ADR 0017); then it is the project every command uses,
 * and {@code workingDir} is that process's folder (null: this process's).
 */
record CliContext(
        Caravan app,
        PrintWriter out,
        PrintWriter err,
        CliPasswords passwords,
        PrintWriter data,
        Project window,
        Path workingDir) {
    /** A path the user typed, made absolute against the folder they typed it in (the caller's, in the window). */
    Path here(Path typed) {
        if (typed.isAbsolute()) {
            return typed;
        }
        return workingDir == null ? typed.toAbsolutePath() : workingDir.resolve(typed);
    }

    /**
     * Opens a project, asking for its password (environment or terminal) only when it is
     * encrypted. A project a window holds is not opened: {@link HeldByWindow} sends the command
     * line to the window instead.
     */
    Project open(Path dir) {
        if (window != null) {
            return window;
        }
        if (app.heldByWindow(dir)) {
            throw new HeldByWindow(dir);
        }
        if (!app.isEncrypted(dir)) {
            return app.open(dir);
        }
        char[] password = passwords.existing(dir);
        try {
            return app.open(dir, password);
        } finally {
            CliPasswords.clear(password);
        }
    }

    /** The project at {@code dir} is held by a window that answers: the command line goes there. */
    static final class HeldByWindow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Path dir;

        HeldByWindow(Path dir) {
            super("held by a window", null, false, false);
            this.dir = dir;
        }
    }
}
