package org.caravanqda.store.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM (real binaries from Maven Central, about 5 s to start), with
 * TLS on: the test-only CA and localhost certificate in src/test/resources/pg-tls. Each test takes
 * a fresh database of its own ({@link #freshDatabase()}), so test classes share the server safely.
 */
public final class EmbeddedServer {
    private static EmbeddedServer shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final EmbeddedPostgres pg;
    final Path tls;

    private EmbeddedServer(boolean ssl) throws IOException {
        tls = Files.createTempDirectory("caravan-pg-tls");
        for (String f : new String[] {"ca.crt", "server.crt", "server.key", "other-ca.crt"}) {
            try (InputStream in = EmbeddedServer.class.getResourceAsStream("/pg-tls/" + f)) {
                Files.copy(in, tls.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.setPosixFilePermissions(tls.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8");
        if (ssl) {
            b.setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", tls.resolve("server.crt").toString())
                    .setServerConfig("ssl_key_file", tls.resolve("server.key").toString());
        }
        pg = b.start();
    }

    /** The JVM's server with TLS on, started on first use. */
    public static synchronized EmbeddedServer get() {
        if (shared == null) {
            try {
                shared = new EmbeddedServer(true);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.pg.close();
                } catch (IOException e) {
                    // the JVM is ending
                }
            }));
        }
        return shared;
    }

    /** A server without TLS (the caller closes it). */
    static EmbeddedServer withoutTls() throws IOException {
        return new EmbeddedServer(false);
    }

    /** A new empty database on this server, named uniquely. */
    public String freshDatabase() {
        String name = "caravan_t" + DATABASES.incrementAndGet() + "_"
                + ProcessHandle.current().pid();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** A superuser's connection to {@code database}, without TLS settings (for what a test checks on the server). */
    public Connection superuser(String database) throws SQLException {
        return pg.getDatabase("postgres", database).getConnection();
    }

    /** The address of {@code database} here, over TLS checked against the test CA. */
    public ServerAddress address(String database) {
        return new ServerAddress(
                "localhost",
                pg.getPort(),
                database,
                "postgres",
                Map.of("sslrootcert", tls.resolve("ca.crt").toString()));
    }

    /** The same as a URL a user would type. */
    public String url(String database) {
        return "postgresql://localhost:" + pg.getPort() + "/" + database + "?user=postgres&sslrootcert="
                + tls.resolve("ca.crt");
    }
}
