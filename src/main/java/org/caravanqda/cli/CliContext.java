package org.caravanqda.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;

/**
 * What every command gets: the application, the two output streams (hidden characters escaped,
 * {@link TerminalText}), where passwords come from, and standard output as it is, for data
 * formats that escape themselves (CSV). {@code window}: set when the command runs inside the
 * window's process for another process (ADR 0019); then it is the project every command uses,
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
        return open(dir, Mode.WRITE);
    }

    /** As {@link #open(Path)}, for a command that only reads: the database is opened read-only where it can be. */
    Project openForReading(Path dir) {
        return open(dir, Mode.READ);
    }

    /** As {@link #open(Path)}, for {@code check --repair}: a database behind its search index is accepted (ADR 0018). */
    Project openForRepair(Path dir) {
        return open(dir, Mode.REPAIR);
    }

    private enum Mode {
        READ,
        WRITE,
        REPAIR
    }

    private Project open(Path dir, Mode mode) {
        if (window != null) {
            if (mode == Mode.REPAIR) { // a repair replaces the database the window works on
                throw new CaravanException("the window holds this project: close it, then run check --repair");
            }
            return window;
        }
        if (app.heldByWindow(dir)) {
            throw new HeldByWindow(dir);
        }
        char[] password = app.isEncrypted(dir) ? passwords.existing(dir) : null;
        try {
            return switch (mode) {
                case READ -> app.openForReading(dir, password);
                case WRITE -> app.open(dir, password);
                case REPAIR -> app.openForRepair(dir, password);
            };
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
