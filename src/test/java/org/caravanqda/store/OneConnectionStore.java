package org.caravanqda.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.app.port.ProjectStore;

/**
 * The app's services over one JDBC connection to a PostgreSQL project, for the two-connection
 * team tests: each write one transaction, failures translated as the stores translate them (a
 * conflict with another connection becomes a ConflictingWriteException). The PostgreSQL store
 * adapter proper (pools, TLS, SERIALIZABLE retries) is PgProjectStore.
 */
public final class OneConnectionStore implements ProjectStore {
    private final Connection connection;
    private long commits;

    public OneConnectionStore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Path directory() {
        return Path.of(".");
    }

    @Override
    public synchronized <T> T read(StoreWork<T> work) {
        try {
            connection.setAutoCommit(true);
            return work.run(new JdbcSession(connection));
        } catch (SQLException | RuntimeException e) {
            throw translated(e);
        }
    }

    @Override
    public synchronized <T> T write(StoreWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new JdbcSession(connection));
                connection.commit();
                commits++;
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw translated(e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    private static RuntimeException translated(Exception e) {
        RuntimeException conflict = Conflicts.asConflict(e);
        if (conflict != null) {
            return conflict;
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    @Override
    public synchronized long commits() {
        return commits;
    }

    @Override
    public BackupInfo backup(Path zip) {
        throw new UnsupportedOperationException("not for the team tests");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
