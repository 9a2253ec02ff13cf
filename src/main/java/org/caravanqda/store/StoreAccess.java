package org.caravanqda.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.port.StoreSession;

/**
 * What another store adapter (the PostgreSQL one, store.pg) shares with this one: the repositories
 * over a JDBC connection (the same portable SQL on both engines), the project row, marks and the
 * one-line refusals.
 */
public final class StoreAccess {
    private StoreAccess() {}

    /** The repositories over {@code c}, within its transaction. */
    public static StoreSession session(Connection c) {
        return new JdbcSession(c);
    }

    /** The connection behind a session {@link #session} made. */
    public static Connection connection(StoreSession s) {
        return ((JdbcSession) s).connection();
    }

    /** The one project row a new project gets. */
    public static void insertProjectRow(Connection c, String name, String language) {
        H2ProjectStores.insertProjectRow(c, name, language);
    }

    /** The mark at {@code generation} of the unencrypted database behind {@code c} (ADR 0018). */
    public static StoreMark markAt(Connection c, long generation) throws SQLException {
        String project = StoreInspection.projectId(c, null);
        return new StoreMark(project, generation, StoreInspection.entry(c, project, generation));
    }

    /**
     * Takes the project lock of {@code dir} (one process at a time: for a server project, the local
     * folder holding its index); closing it releases the lock.
     */
    public static Runnable lock(Path dir) {
        ProjectLock lock = ProjectLock.acquire(dir);
        return lock::release;
    }

    /** The SQL failure behind a store failure, else null. */
    public static SQLException sqlCause(RuntimeException e) {
        return e instanceof StoreFailure && e.getCause() instanceof SQLException s ? s : null;
    }

    /** The one-line refusal a failure stands for (a full disk, a value too long), else the failure as a bug. */
    public static RuntimeException failure(SQLException e, Path dir) {
        return StoreFaults.failure(e, dir);
    }

    /** As {@link #failure}, for a failure a repository threw. */
    public static RuntimeException translated(RuntimeException e, Path dir) {
        RuntimeException known = StoreFaults.translate(e, dir);
        return known != null ? known : e;
    }
}
