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
}
