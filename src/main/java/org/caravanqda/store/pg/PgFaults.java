package org.caravanqda.store.pg;

import java.sql.SQLException;
import java.util.Locale;
import org.caravanqda.app.common.CaravanException;

/** What the server or the driver said, as one line for the user (no stack trace, nothing of the data). */
final class PgFaults {
    private PgFaults() {}

    /** The server asked for a password and none was given (neither PGPASSWORD nor ~/.pgpass had one). */
    static boolean wantsPassword(SQLException e) {
        String m = message(e);
        return m.contains("no password was provided") || m.contains("password authentication failed");
    }

    /** A connection that could not be made, said in the user's terms. */
    static CaravanException connecting(SQLException e, ServerAddress a) {
        String m = message(e);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why;
        if (m.contains("does not support ssl")) {
            why = "the server does not offer TLS, and Caravan talks to a server only over TLS"
                    + " (its administrator turns ssl on: docs/team.md)";
        } else if (m.contains("hostname") && m.contains("could not be verified")) {
            why = "the server's certificate is not for the host " + a.host()
                    + " (connect by the name its certificate holds)";
        } else if (m.contains("timed out") && !m.contains("pkix") && !m.contains("certificate")) {
            // a TLS handshake that timed out on a busy server is reported as an "SSL error" too
            why = "the server did not answer in time (try again; if it persists, ask its administrator)";
        } else if (m.contains("pkix")
                || m.contains("certificate")
                || m.contains("ssl error")
                || m.contains("root.crt")) {
            why = "the server's certificate is not trusted: put its CA's certificate in ~/.postgresql/root.crt"
                    + " or name it with ?sslrootcert=FILE";
        } else if (m.contains("connection refused") || m.contains("unknownhost") || m.contains("timed out")) {
            why = "no server answers there";
        } else if (state.equals("3D000")) {
            why = "the server has no database " + a.database() + " (create it first: docs/team.md)";
        } else if (m.contains("role") && m.contains("does not exist")) {
            why = "the server has no login " + a.user() + " (" + joining(a) + ")";
        } else if ("42501".equals(state) || m.contains("permission denied for database")) {
            why = "the login " + a.user() + " may not open the database " + a.database() + " (" + joining(a) + ")";
        } else if (m.contains("password authentication failed")) {
            why = "the server refused the password for " + a.user() + " (it came from PGPASSWORD or ~/.pgpass)";
        } else if (state.startsWith("28") || wantsPassword(e)) {
            why = "the server did not accept the user " + a.user()
                    + " (a password comes from PGPASSWORD, ~/.pgpass, or the prompt)";
        } else {
            why = firstLine(e.getMessage());
        }
        return new CaravanException("cannot connect to " + a + ": " + why, e);
    }

    /** What a login that is not a member does. */
    static String joining(ServerAddress a) {
        return "the project's owner makes you a member: caravan team members add " + a.user() + " -p " + a;
    }

    /**
     * A failed statement the user can act on, else null. PostgreSQL cannot store the character
     * U+0000 in text; Caravan refuses it by name rather than with the server's encoding error.
     */
    static CaravanException statement(SQLException e, ServerAddress a) {
        String m = message(e);
        if ("22021".equals(e.getSQLState()) || m.contains("0x00")) {
            return new CaravanException("the text holds the character U+0000 (NUL), which a server project cannot"
                    + " store: remove it from the file and try again (nothing was changed)");
        }
        if ("08006".equals(e.getSQLState()) || "08003".equals(e.getSQLState())) {
            return new CaravanException("the connection to " + a + " was lost (nothing more was changed)", e);
        }
        return null;
    }

    private static String message(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage())
                    .append(' ')
                    .append(t.getClass().getSimpleName())
                    .append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
