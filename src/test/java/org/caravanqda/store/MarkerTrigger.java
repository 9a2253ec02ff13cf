package org.caravanqda.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * A test stand-in for a trigger class an attacker finds on the class path: H2 creates it, and calls
 * {@link #init}, when it opens a database whose schema names it. It runs an operating-system command
 * that creates {@code PWNED-trigger} beside the project folder.
 */
public final class MarkerTrigger implements Trigger {
    static final String MARKER = "PWNED-trigger";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        try (var rs = conn.createStatement().executeQuery("CALL DATABASE_PATH()")) {
            rs.next();
            Path db = Path.of(rs.getString(1)); // .../project/caravan
            runCommand(db.getParent().resolveSibling(MARKER));
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        // the harm is done in init
    }

    static void runCommand(Path marker) {
        try {
            new ProcessBuilder("touch", marker.toString()).start().waitFor();
        } catch (Exception e) {
            // no touch here: the same effect without it
        }
        try {
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
