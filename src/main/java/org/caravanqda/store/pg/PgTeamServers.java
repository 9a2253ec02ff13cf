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
 * The URL is read as every server address is ({@link ServerAddress}): TLS with the server's certificate
 * and name checked (sslmode=verify-full, no weaker mode), no password in the URL.
 */
public final class PgTeamServers implements TeamServers {
    @Override
    public <T> T withMembers(String url, String login, char[] password, Function<TeamMembers, T> work) {
        ServerAddress address = ServerAddress.parse(url);
        Properties p = address.properties();
        p.setProperty("user", login);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), p)) {
            return work.apply(new TeamAdmin(c));
        } catch (SQLException e) {
            throw new CaravanException(
                    "cannot connect to " + address.display() + " as " + login + ": " + e.getMessage(), e);
        }
    }
}
