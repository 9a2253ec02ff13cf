package org.caravanqda.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;

/**
 * What every command gets: the application, the two output streams (hidden characters escaped,
 * {@link TerminalText}), where passwords come from, and standard output as it is, for data
 * formats that escape themselves (CSV).
 */
record CliContext(Caravan app, PrintWriter out, PrintWriter err, CliPasswords passwords, PrintWriter data) {
    /** Opens a project, asking for its password (environment or terminal) only when it is encrypted. */
    Project open(Path dir) {
        return open(dir, false);
    }

    /** As {@link #open(Path)}, for {@code check --repair}: a database behind its search index is accepted (ADR 0018). */
    Project openForRepair(Path dir) {
        return open(dir, true);
    }

    private Project open(Path dir, boolean forRepair) {
        char[] password = app.isEncrypted(dir) ? passwords.existing(dir) : null;
        try {
            return forRepair ? app.openForRepair(dir, password) : app.open(dir, password);
        } finally {
            CliPasswords.clear(password);
        }
    }
}
