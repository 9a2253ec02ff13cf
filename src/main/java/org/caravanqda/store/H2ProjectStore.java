package org.caravanqda.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.util.PrivateFiles;
import org.h2.jdbcx.JdbcConnectionPool;

/** An open H2 project database; each read or write runs on its own pooled connection. */
final class H2ProjectStore implements ProjectStore {
    private final Path dir;
    private final JdbcConnectionPool pool;
    private final ProjectLock lock;
    /** The derived file key of an encrypted database (null when plain): backups are encrypted with it. */
    private final char[] fileKey;

    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    /** The copy of the database file kept before this open accepted it as it is (ADR 0018); null when none. */
    private final Path keptCopy;

    private final boolean readOnly;

    H2ProjectStore(Path dir, JdbcConnectionPool pool, ProjectLock lock, char[] fileKey) {
        this(dir, pool, lock, fileKey, null, false);
    }

    /** {@code readOnly}: the pool's database was opened read-only (a command that only reads). */
    H2ProjectStore(
            Path dir, JdbcConnectionPool pool, ProjectLock lock, char[] fileKey, Path keptCopy, boolean readOnly) {
        this.dir = dir;
        this.pool = pool;
        this.lock = lock;
        this.fileKey = fileKey == null ? null : fileKey.clone();
        this.keptCopy = keptCopy;
        this.readOnly = readOnly;
    }

    @Override
    public boolean encrypted() {
        return fileKey != null;
    }

    /** HMAC-SHA256 under the database's file key: one more key from the same secret, for another purpose. */
    @Override
    public byte[] derivedDataKey() {
        return fileKey == null ? null : derivedDataKey(fileKey);
    }

    static byte[] derivedDataKey(char[] fileKey) {
        return ProjectKeyFile.mac(
                fileKey, "caravan derived data key 1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public StoreMark markAt(long generation) {
        byte[] dataKey = derivedDataKey();
        try {
            return withConnection(c -> {
                String project = StoreInspection.projectId(c, dataKey);
                return new StoreMark(project, generation, StoreInspection.entry(c, project, generation));
            });
        } finally {
            if (dataKey != null) {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /** H2 writes commits out within a second (its write delay); CHECKPOINT SYNC writes them now and forces the file. */
    @Override
    public void makeDurable() {
        if (readOnly) {
            return; // nothing was written
        }
        withConnection(c -> c.createStatement().execute("CHECKPOINT SYNC"));
    }

    @Override
    public Path keptCopy() {
        return keptCopy;
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            return work.run(new JdbcSession(c));
        } catch (SQLException e) {
            throw StoreFaults.failure(e, dir);
        } catch (StoreFailure e) {
            throw translated(e);
        }
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new JdbcSession(c));
                c.commit(); // written to the file before it returns (WRITE_DELAY=0, H2ProjectStores.url)
                commits.incrementAndGet();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                if (e instanceof StoreFailure f) {
                    throw translated(f);
                }
                throw e;
            } catch (SQLException e) {
                rollback(c, e);
                throw StoreFaults.failure(e, dir);
            } finally {
                autoCommitAgain(c);
            }
        } catch (SQLException e) {
            throw StoreFaults.failure(e, dir);
        }
    }

    /** Back to auto-commit for the pool; on a database H2 has closed (a failed write) there is nothing to reset. */
    private static void autoCommitAgain(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the failure being thrown, if any, is the one to report; the pool drops a closed connection
        }
    }

    /**
     * Rolls back; a rollback that fails too (H2 closed the database after a write failed, e.g. on a
     * full disk) is kept with the original failure, which is the one to report.
     */
    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** A full disk, a folder moved away, a value too long: one line for the user instead of a bug. */
    private RuntimeException translated(StoreFailure e) {
        RuntimeException known = StoreFaults.translate(e, dir);
        return known != null ? known : e;
    }

    /** Work on one raw JDBC connection. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Raw connection access for store-internal helpers (backups; the bench's LIKE baseline), auto-committed. */
    <T> T withConnection(ConnectionWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw StoreFaults.failure(e, dir);
        }
    }

    /** A consistent SQL snapshot while other connections keep writing; encrypted with the file key when the project is. */
    @Override
    public BackupInfo backup(Path zip) {
        return withConnection(c -> BackupArchive.write(c, zip, fileKey, dir));
    }

    @Override
    public long commits() {
        return commits.get();
    }

    /** A session that committed may leave the file compacted (ADR 0044); one that did not leaves it as H2 does. */
    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            boolean compact = !readOnly && commits.get() > 0 && FileCompaction.worthIt(c);
            c.createStatement().execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            if (compact) {
                // H2's new file has the process's default mode
                PrivateFiles.ownerOnly(dir.resolve(H2ProjectStores.DB_FILE));
            }
        } catch (SQLException e) {
            // closing anyway: a compaction that failed left the closed database as it was
        } finally {
            pool.dispose();
            lock.release();
            EncryptedFiles.clear(fileKey);
        }
    }
}
