package org.caravanqda.store.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.caravanqda.app.port.TeamMembers.Role;

/**
 * Logins that must give a password on the JVM's embedded server (which trusts every other local
 * login): names starting {@value #PREFIX} are made to authenticate with SCRAM by one line put first
 * in the server's pg_hba.conf, so the tests of the window's password dialog meet a real refusal.
 */
public final class PasswordLogins {
    public static final String PREFIX = "pw_";
    private static boolean installed;

    private PasswordLogins() {}

    /** Makes {@code login} a member of the project in {@code database} with {@code role}, with this password. */
    public static void member(String database, String login, Role role, String password) throws SQLException {
        requirePasswords();
        try (Connection c = EmbeddedServer.get().superuser(database)) {
            new TeamAdmin(c).add(login, role, password.toCharArray(), null);
        }
    }

    /** A login with a password that is no member of any project. */
    public static void stranger(String login, String password) throws SQLException {
        requirePasswords();
        try (Connection c = EmbeddedServer.get().superuser("postgres");
                Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        }
    }

    /** A CA that did not sign the server's certificate (a certificate the client cannot trust). */
    public static Path otherCa() {
        return EmbeddedServer.get().tls.resolve("other-ca.crt");
    }

    /** The test CA that did sign it. */
    public static Path ca() {
        return EmbeddedServer.get().tls.resolve("ca.crt");
    }

    public static int port() {
        return EmbeddedServer.get().pg.getPort();
    }

    private static synchronized void requirePasswords() throws SQLException {
        if (installed) {
            return;
        }
        try (Connection c = EmbeddedServer.get().superuser("postgres");
                Statement st = c.createStatement()) {
            Path hba;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            String rules = Files.readString(hba, StandardCharsets.UTF_8);
            Files.writeString(hba, "host all /^" + PREFIX + " all scram-sha-256\n" + rules, StandardCharsets.UTF_8);
            st.execute("SELECT pg_reload_conf()");
            Thread.sleep(500); // the postmaster reloads on the signal: new connections after it see the rule
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        installed = true;
    }
}
