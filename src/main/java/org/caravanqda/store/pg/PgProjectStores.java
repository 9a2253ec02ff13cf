package org.caravanqda.store.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.ServerPasswordPrompt;
import org.caravanqda.store.StoreAccess;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Server projects on PostgreSQL 15 or later (issue 20, ADR 0025), one database per project. Flyway
 * runs the portable migrations Caravan runs on H2 ({@code db/migration}) and, on a server only,
 * {@code db/postgresql}. A database is Caravan's when its Flyway history says so and it holds no
 * table the migrations did not make; an empty database becomes a project with {@link #create}.
 */
public final class PgProjectStores {
    static final List<String> LOCATIONS = List.of("classpath:db/migration", "classpath:db/postgresql");
    static final int MIN_VERSION = 150000;
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final String HISTORY = "flyway_schema_history";

    private final ServerPasswordPrompt prompt;

    /** {@code prompt}: asks for the database password when the server wants one and neither PGPASSWORD nor ~/.pgpass has it (null: never ask). */
    public PgProjectStores(ServerPasswordPrompt prompt) {
        this.prompt = prompt;
    }

    /** Makes a project in the empty database at {@code a}; {@code dir} is its local folder. */
    public ProjectStore create(Path dir, ServerAddress a, String name, String language) {
        PgProjectStore store = connect(dir, a, true);
        try {
            store.write(s -> {
                insertProjectRow(s, name, language);
                return null;
            });
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static void insertProjectRow(org.caravanqda.app.port.StoreSession s, String name, String language) {
        StoreAccess.insertProjectRow(StoreAccess.connection(s), name, language);
    }

    /** Opens the project in the database at {@code a}, migrating it when it is older than this Caravan. */
    public ProjectStore open(Path dir, ServerAddress a) {
        return connect(dir, a, false);
    }

    /**
     * Removes what a {@link #create} whose first import then failed made: Caravan's tables, so the
     * database is empty again (it was empty before: create refuses any other).
     */
    public void discard(Path dir, ServerAddress a) {
        PgConnections connections = new PgConnections(a, prompt);
        Connection c = connections.take();
        try (Statement st = c.createStatement()) {
            for (String table : tables(c)) {
                st.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
        } catch (SQLException e) {
            // best effort: the original error is the one to report
        } finally {
            connections.give(c);
            connections.close();
        }
    }

    private PgProjectStore connect(Path dir, ServerAddress a, boolean creating) {
        Runnable unlock = StoreAccess.lock(dir);
        PgConnections connections = new PgConnections(a, prompt);
        try {
            Connection c = connections.take();
            try {
                requireVersion(c, a);
                List<String> present = tables(c);
                if (creating && !present.isEmpty()) {
                    throw new CaravanException("the database " + a + " is not empty (it has " + present.size()
                            + " tables): a new project needs an empty database (docs/team.md)");
                }
                if (!creating && !present.contains(HISTORY) && exists(c, HISTORY)) {
                    throw new CaravanException("cannot open " + a + ": the login " + a.user()
                            + " is not a member of this project (" + PgFaults.joining(a) + ")");
                }
                if (!creating && !present.contains(HISTORY)) {
                    throw new CaravanException("the database " + a + " holds no Caravan project (make one with:"
                            + " caravan init --server " + a + ", or caravan team publish -p DIR --to " + a + ")");
                }
            } catch (SQLException e) {
                throw PgFaults.connecting(e, a);
            } finally {
                connections.give(c);
            }
            migrate(connections, a);
            refuseForeignTables(connections, a);
            return new PgProjectStore(dir, connections, unlock);
        } catch (RuntimeException e) {
            connections.close();
            unlock.run();
            throw e;
        }
    }

    private static void requireVersion(Connection c, ServerAddress a) {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            int v = Integer.parseInt(rs.getString(1).trim());
            if (v < MIN_VERSION) {
                throw new CaravanException("the server at " + a + " runs PostgreSQL " + (v / 10000)
                        + "; Caravan needs PostgreSQL 15 or later");
            }
        } catch (SQLException | NumberFormatException e) {
            throw new CaravanException("cannot tell which PostgreSQL runs at " + a + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code table} exists in the connection's schema, whether or not this login may read it. */
    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The tables of the connection's schema (the first on its search path), lower case. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Flyway flyway(PgConnections connections) {
        return Flyway.configure(PgProjectStores.class.getClassLoader())
                .dataSource(connections)
                .locations(LOCATIONS.toArray(String[]::new))
                .loggers("slf4j")
                .load();
    }

    /** Flyway brings the schema up to this Caravan's; a newer Caravan's schema, or changed migrations, are refused. */
    private static void migrate(PgConnections connections, ServerAddress a) {
        try {
            flyway(connections).migrate();
        } catch (FlywayException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("not resolved locally") || m.contains("applied migration")) {
                throw new CaravanException("the project at " + a + " was made or upgraded by a newer Caravan,"
                        + " or its migration history was changed: update Caravan (nothing was changed)");
            }
            throw new CaravanException(
                    "cannot bring the project at " + a + " up to date: "
                            + m.lines().findFirst().orElse(""),
                    e);
        }
    }

    /**
     * The schema holds only the tables Caravan's migrations make (and Flyway's history). On a server
     * the administrator, not a file someone sent, decides what else runs there (ADR 0025): the H2
     * checks of issue #22 (records, stored code run on open) do not apply, but a table that is not
     * Caravan's means this is not a project database, and it is refused.
     */
    private static void refuseForeignTables(PgConnections connections, ServerAddress a) {
        Set<String> ours = new TreeSet<>(Set.of(HISTORY));
        for (MigrationInfo m : flyway(connections).info().applied()) {
            ours.addAll(createdTables(m.getScript()));
        }
        Connection c = connections.take();
        try {
            List<String> foreign = new ArrayList<>(tables(c));
            foreign.removeAll(ours);
            if (!foreign.isEmpty()) {
                throw new CaravanException("the database " + a + " holds tables Caravan did not make ("
                        + String.join(", ", foreign) + "): it is refused as a project database");
            }
        } catch (SQLException e) {
            throw PgFaults.connecting(e, a);
        } finally {
            connections.give(c);
        }
    }

    /** The tables a migration script (a file of either location) creates. */
    static Set<String> createdTables(String script) {
        Set<String> out = new TreeSet<>();
        if (script == null) {
            return out;
        }
        for (String location : LOCATIONS) {
            String resource = location.substring("classpath:".length()) + "/" + script;
            try (InputStream in = PgProjectStores.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                Matcher m = CREATE_TABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Whether the database at {@code a} holds a Caravan project (its Flyway history). */
    boolean holdsProject(ServerAddress a) {
        PgConnections connections = new PgConnections(a, prompt);
        Connection c = connections.take();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1")) {
            ps.executeQuery().close();
            return tables(c).contains(HISTORY);
        } catch (SQLException e) {
            throw PgFaults.connecting(e, a);
        } finally {
            connections.give(c);
            connections.close();
        }
    }
}
