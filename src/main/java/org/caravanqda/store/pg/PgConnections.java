package org.caravanqda.store.pg;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.caravanqda.app.common.CancelledByUserException;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ServerPasswordPrompt;

/**
 * Connections to one server database over TLS (verify-full), a few kept open between reads and
 * writes (a TLS handshake per query would cost more than the query). The password, when one is
 * needed, comes from PGPASSWORD, else the driver's ~/.pgpass, else {@code prompt} (asked when the
 * server wants a password and neither gave one, again after a refused one, {@value
 * ServerPasswordPrompt#TRIES} times at most; the accepted one is kept for this opening's further
 * connections); never from the command line.
 */
final class PgConnections implements DataSource {
    private static final int KEEP = 4;
    private final ServerAddress address;
    private final Properties properties;
    private final ServerPasswordPrompt prompt;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final org.postgresql.Driver driver = new org.postgresql.Driver();
    private boolean closed;

    PgConnections(ServerAddress address, ServerPasswordPrompt prompt) {
        this.address = address;
        this.properties = address.properties();
        this.prompt = prompt;
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            properties.setProperty("password", env);
        }
    }

    ServerAddress address() {
        return address;
    }

    /** An open connection: an idle one still alive, or a new one. */
    Connection take() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the server project is closed");
            }
            while (!idle.isEmpty()) {
                Connection c = idle.pop();
                try {
                    if (!c.isClosed()) {
                        return c;
                    }
                } catch (SQLException e) {
                    // a broken connection: open another
                }
            }
        }
        return open();
    }

    /** Gives a connection back: kept for the next read or write when it is fine and few are kept. */
    void give(Connection c) {
        try {
            if (!c.isClosed() && c.getAutoCommit()) {
                synchronized (this) {
                    if (!closed && idle.size() < KEEP) {
                        idle.push(c);
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            // fall through: close it
        }
        quietly(c);
    }

    private Connection open() {
        try {
            return connect(properties);
        } catch (SQLException e) {
            if (PgFaults.wantsPassword(e) && prompt != null) {
                return askedFor();
            }
            throw PgFaults.connecting(e, address);
        }
    }

    /**
     * A connection with a password typed at the prompt: asked again after a refused one, up to
     * {@value ServerPasswordPrompt#TRIES} times; cancelled, nothing is opened. One question at a
     * time: a connection opened meanwhile by another thread's answer is taken as it is.
     */
    private synchronized Connection askedFor() {
        if (properties.containsKey("password")) {
            try {
                return connect(properties);
            } catch (SQLException e) {
                if (!PgFaults.wantsPassword(e)) {
                    throw PgFaults.connecting(e, address);
                }
                if (System.getenv("PGPASSWORD") != null
                        && !System.getenv("PGPASSWORD").isEmpty()) {
                    throw PgFaults.connecting(e, address);
                }
                properties.remove("password");
            }
        }
        String problem = null;
        SQLException last = null;
        for (int i = 1; i <= ServerPasswordPrompt.TRIES; i++) {
            char[] typed = prompt.ask(address.display(), address.user(), problem);
            if (typed == null) {
                throw new CancelledByUserException(
                        "no password was given for " + address.user() + " at " + address + ": nothing was opened");
            }
            Properties withPassword = new Properties();
            withPassword.putAll(properties);
            String password = new String(typed);
            java.util.Arrays.fill(typed, '\0');
            withPassword.setProperty("password", password);
            try {
                Connection c = connect(withPassword);
                properties.setProperty("password", password);
                return c;
            } catch (SQLException e) {
                if (!PgFaults.wantsPassword(e)) {
                    throw PgFaults.connecting(e, address);
                }
                last = e;
                problem = "The server refused that password for " + address.user() + " (try " + (i + 1) + " of "
                        + ServerPasswordPrompt.TRIES + ")";
            }
        }
        throw new CaravanException(
                "cannot connect to " + address + ": the server refused the password for " + address.user() + " "
                        + ServerPasswordPrompt.TRIES + " times (nothing was opened)",
                last);
    }

    private Connection connect(Properties p) throws SQLException {
        Connection c = driver.connect(address.jdbcUrl(), p);
        if (c == null) {
            throw new CaravanException("the PostgreSQL driver did not take the address " + address);
        }
        return c;
    }

    synchronized void close() {
        closed = true;
        while (!idle.isEmpty()) {
            quietly(idle.pop());
        }
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }

    // DataSource for Flyway: each connection its own, closed by Flyway.

    @Override
    public Connection getConnection() {
        return open();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Caravan gives the user and password of its address only");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the driver's own
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("org.caravanqda.store.pg");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
