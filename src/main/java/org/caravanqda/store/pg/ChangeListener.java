package org.caravanqda.store.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates of a PostgreSQL project (issue #20): one connection that LISTENs on
 * {@code caravan_changes} (the change log's trigger notifies it after each commit) and calls
 * {@code catchUp} when something may have changed. A notification is only a hint: the client then
 * reads the {@link PgChangeFeed} from its own cursor, which is the truth. On every (re)connect, and
 * when no notification came for {@code quietMillis}, it calls {@code catchUp} too, so a notification
 * lost with a dropped connection delays an update, never loses it.
 */
public final class ChangeListener implements AutoCloseable {
    /** Opens a fresh connection to the project (the listener keeps one of its own). */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final LongConsumer catchUp;
    private final long quietMillis;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;
    private volatile long reconnects;

    /**
     * Starts listening on a daemon thread; {@code catchUp} gets the seq the hint named (0 for a
     * (re)connect or a quiet period) and must read the feed from its cursor.
     */
    public ChangeListener(Connector connector, LongConsumer catchUp, long quietMillis) {
        this.connector = connector;
        this.catchUp = catchUp;
        this.quietMillis = quietMillis;
        this.thread = new Thread(this::run, "caravan-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many times the listening connection was opened again after it failed. */
    public long reconnects() {
        return reconnects;
    }

    /** Drops the listening connection as a network failure would (tests): the listener reconnects and catches up. */
    public void dropConnection() {
        Connection c = current;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing is all we wanted
            }
        }
    }

    private void run() {
        long backoff = 100;
        while (!closed) {
            try (Connection c = connector.open()) {
                current = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN caravan_changes");
                }
                backoff = 100;
                catchUp.accept(0); // whatever happened while not listening
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] hints = pg.getNotifications((int) quietMillis);
                    if (closed) {
                        break;
                    }
                    long newest = 0;
                    if (hints != null) {
                        for (PGNotification n : hints) {
                            newest = Math.max(newest, parse(n.getParameter()));
                        }
                    }
                    catchUp.accept(newest);
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                reconnects++;
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            } finally {
                current = null;
            }
        }
    }

    private static long parse(String seq) {
        try {
            return Long.parseLong(seq);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        dropConnection();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
