package org.caravanqda.app.port;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Reaches the members of a team project on a server (issue #20): the PostgreSQL adapter provides
 * it (found through {@link ServiceLoader}, so the app needs no server code to build).
 */
public interface TeamServers {
    /**
     * Connects to the project at {@code url} as {@code login} ({@code password} null: none, the server
     * authenticates otherwise), runs {@code work} on its members and disconnects.
     */
    <T> T withMembers(String url, String login, char[] password, Function<TeamMembers, T> work);

    /** The installed adapter, if any. */
    static Optional<TeamServers> installed() {
        return ServiceLoader.load(TeamServers.class, TeamServers.class.getClassLoader())
                .findFirst();
    }
}
