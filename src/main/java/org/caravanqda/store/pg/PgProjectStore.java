package org.caravanqda.store.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.store.StoreAccess;

/**
 * An open server project (issue 20, ADR 0025). The data lives on the server; {@link #directory()}
 * is the local folder beside it (index, lock, window channel). Each read or write runs on one
 * pooled connection; a write is one transaction that first takes the project's write lock on the
 * server (a transaction-scoped advisory lock), so writes from every client run one after another:
 * the services' checks (a name is free, a code still exists) stay true until their write commits,
 * and the change log's sequence numbers commit in order, so a reader never skips an entry.
 */
final class PgProjectStore implements ProjectStore {
    /** The advisory lock key of a project's writes: "CARAVAN1" as a 64-bit number. */
    static final long WRITE_LOCK = 0x434152415641_4E31L;

    private final Path dir;
    private final PgConnections connections;
    private final Runnable unlock;
    private final AtomicLong asked = new AtomicLong();
    /** How long a watch waits for a notification before it hints anyway (a lost one delays, never loses). */
    static final long QUIET_MILLIS = 5_000;
    /** The running watches ({@link #watchChanges}), stopped when the store closes. */
    private final java.util.List<ChangeListener> watches = new java.util.ArrayList<>();

    private byte[] cacheKey;

    PgProjectStore(Path dir, PgConnections connections, Runnable unlock) {
        this.dir = dir;
        this.connections = connections;
        this.unlock = unlock;
    }

    ServerAddress address() {
        return connections.address();
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        Connection c = connections.take();
        try {
            c.setReadOnly(true);
            try {
                return work.run(StoreAccess.session(c));
            } finally {
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw translated(e);
        } finally {
            connections.give(c);
        }
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        Connection c = connections.take();
        try {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    ps.setLong(1, WRITE_LOCK);
                    ps.executeQuery().close();
                }
                T result = work.run(StoreAccess.session(c));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                rollback(c, e);
                throw translated(e);
            } catch (Error e) {
                rollback(c, e);
                throw e;
            } catch (SQLException e) {
                rollback(c, e);
                throw failure(e);
            } finally {
                autoCommitAgain(c);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            connections.give(c);
        }
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void autoCommitAgain(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // a broken connection is closed by give() instead of kept
        }
    }

    private RuntimeException failure(SQLException e) {
        CaravanException known = PgFaults.statement(e, address());
        return known != null ? known : StoreAccess.failure(e, dir);
    }

    private RuntimeException translated(RuntimeException e) {
        SQLException cause = StoreAccess.sqlCause(e);
        if (cause != null) {
            CaravanException known = PgFaults.statement(cause, address());
            if (known != null) {
                return known;
            }
        }
        return StoreAccess.translated(e, dir);
    }

    /**
     * Other clients write too, so no count kept here can vouch for unchanged data: this one never
     * repeats, and whoever caches on it asks the server every time (a cheap query).
     */
    @Override
    public long commits() {
        return asked.incrementAndGet();
    }

    @Override
    public StoreMark markAt(long generation) {
        Connection c = connections.take();
        try {
            return StoreAccess.markAt(c, generation);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            connections.give(c);
        }
    }

    /** The local index is kept only as AES-256-GCM files (ADR 0030): never in the clear on the laptop. */
    @Override
    public boolean derivedDataEncrypted() {
        return true;
    }

    /**
     * This login's cache key, fetched from the server (made there on first use) once per open. A
     * server that cannot give one (its schema older than V7_1 and not migrated by this login, a
     * failing connection) leaves this session a key that dies with it: the index still works and
     * never reaches the disk readable, and the next open rebuilds it.
     */
    @Override
    public synchronized byte[] derivedDataKey() {
        if (cacheKey == null) {
            Connection c = connections.take();
            try {
                cacheKey = ClientKeys.fetch(c);
            } catch (SQLException e) {
                cacheKey = new byte[ClientKeys.BYTES];
                new java.security.SecureRandom().nextBytes(cacheKey);
            } finally {
                connections.give(c);
            }
        }
        return cacheKey.clone();
    }

    /** Gives this login a new cache key: caches made under the old one are rebuilt at their next open. */
    @Override
    public boolean renewDerivedDataKey() {
        boolean had = write(s -> {
            try {
                return ClientKeys.rotate(StoreAccess.connection(s));
            } catch (SQLException e) {
                throw failure(e);
            }
        });
        synchronized (this) {
            cacheKey = null;
        }
        return had;
    }

    /** A commit the server acknowledged is durable there (synchronous_commit, PostgreSQL's default). */
    @Override
    public void makeDurable() {
        // nothing to force
    }

    @Override
    public BackupInfo backup(Path zip) {
        throw new CaravanException("a server project is backed up on the server (pg_dump, docs/team.md), or copied"
                + " to a folder with: caravan team snapshot -p " + address() + " --to DIR");
    }

    /**
     * A LISTEN on {@code caravan_changes} over a connection of its own (made as every other one here:
     * TLS verify-full, the same password), which hints after each commit of any client, on every
     * (re)connect, and every {@value #QUIET_MILLIS} ms without a notification (ADR 0026).
     */
    @Override
    public Watch watchChanges(Runnable hint) {
        ChangeListener listener = new ChangeListener(connections::getConnection, seq -> hint.run(), QUIET_MILLIS);
        synchronized (watches) {
            watches.add(listener);
        }
        return () -> {
            synchronized (watches) {
                watches.remove(listener);
            }
            listener.close();
        };
    }

    @Override
    public void close() {
        java.util.List<ChangeListener> running;
        synchronized (watches) {
            running = java.util.List.copyOf(watches);
            watches.clear();
        }
        running.forEach(ChangeListener::close);
        try {
            connections.close();
        } finally {
            unlock.run();
        }
    }
}
