package org.caravanqda.store.pg;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Function;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.TeamMembers;
import org.caravanqda.app.port.TeamServers;

/**
 * The members of a PostgreSQL team project ({@link TeamAdmin}) for {@code caravan team members}.
 * A URL without {@code sslmode} gets {@code sslmode=verify-full}: the server's certificate is checked
 * against its name, so a password never travels in the clear.
 */
public final class PgTeamServers implements TeamServers {
    @Override
    public <T> T withMembers(String url, String login, char[] password, Function<TeamMembers, T> work) {
        Properties p = new Properties();
        p.setProperty("user", login);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(url), p)) {
            return work.apply(new TeamAdmin(c));
        } catch (SQLException e) {
            throw new CaravanException(
                    "cannot connect to " + redacted(url) + " as " + login + ": " + e.getMessage(), e);
        }
    }

    /** {@code postgresql://...} or {@code jdbc:postgresql://...}, with sslmode=verify-full unless it names one. */
    static String jdbcUrl(String url) {
        String u = url.startsWith("jdbc:") ? url : "jdbc:" + url;
        if (!u.startsWith("jdbc:postgresql://")) {
            throw new CaravanException(
                    "not a PostgreSQL project URL (postgresql://host[:port]/database): " + redacted(url));
        }
        if (!u.contains("sslmode=")) {
            u += (u.contains("?") ? "&" : "?") + "sslmode=verify-full";
        }
        return u;
    }

    /** The URL without its query (a password may hide there). */
    private static String redacted(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
