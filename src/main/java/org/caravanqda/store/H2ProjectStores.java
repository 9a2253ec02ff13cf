package org.caravanqda.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.common.WrongPasswordException;
import org.caravanqda.app.port.OpenGuard;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.ProjectStores;
import org.caravanqda.app.port.RestoreInfo;
import org.caravanqda.util.PrivateFiles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/** Project folders holding an H2 file database whose schema Flyway keeps current. */
public final class H2ProjectStores implements ProjectStores {
    static final String DB_NAME = "caravan";
    static final String DB_FILE = DB_NAME + ".mv.db";
    private final Consumer<String> notices;
    private final Migrations migrations;
    private final long maxRestoreBytes;

    public H2ProjectStores() {
        this(note -> {});
    }

    /** {@code notices}: what the user should hear about, e.g. a schema upgrade and its backup. */
    public H2ProjectStores(Consumer<String> notices) {
        this(notices, Migrations.MAIN, BackupArchive.MAX_DB_BYTES);
    }

    /** Tests only: other Flyway locations (a fake newer schema) and a smaller restore limit. */
    H2ProjectStores(Consumer<String> notices, List<String> migrationLocations, long maxRestoreBytes) {
        this.notices = notices;
        this.migrations = Migrations.at(migrationLocations);
        this.maxRestoreBytes = maxRestoreBytes;
    }

    @Override
    public boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_FILE));
    }

    /** The database file's own header says whether it is encrypted (ADR 0008); the key file when it cannot be read. */
    @Override
    public boolean encrypted(Path dir) {
        return EncryptedFiles.isEncrypted(dir.resolve(DB_FILE), Files.isRegularFile(dir.resolve(ProjectKeyFile.FILE)));
    }

    @Override
    public ProjectStore create(Path dir, String name, String language, char[] password) {
        refuseUnsafeFiles(dir);
        if (exists(dir)) {
            throw new CaravanException(dir + " already holds a Caravan project");
        }
        boolean madeDir = !Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CaravanException("cannot create the project folder " + dir + ": " + e.getMessage(), e);
        }
        PrivateFiles.ownerOnly(dir);
        H2ProjectStore store = null;
        char[] fileKey = null;
        try {
            if (password != null) {
                ProjectKeyFile key = ProjectKeyFile.generate();
                fileKey = key.fileKey(password);
                key.withCheck(fileKey, null).write(dir);
            }
            store = connect(dir, fileKey, OpenGuard.NONE, false);
            store.write(s -> {
                insertProjectRow(((JdbcSession) s).connection(), name, language);
                return null;
            });
            return store;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            removeHalfMadeProject(dir, madeDir);
            throw e;
        } finally {
            EncryptedFiles.clear(fileKey);
        }
    }

    @Override
    public void discard(Path dir, boolean madeDir) {
        removeHalfMadeProject(dir, madeDir);
    }

    /** A failed init leaves nothing behind: no database a later open would take for a project. */
    private static void removeHalfMadeProject(Path dir, boolean madeDir) {
        try {
            Files.deleteIfExists(dir.resolve(DB_FILE));
            Files.deleteIfExists(dir.resolve(ProjectLock.FILE));
            Files.deleteIfExists(dir.resolve(ProjectKeyFile.FILE));
            if (madeDir) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // best effort: the original error is the one to report
        }
    }

    @Override
    public ProjectStore open(Path dir, char[] password, OpenGuard guard) {
        return open(dir, password, guard, false);
    }

    @Override
    public ProjectStore openForReading(Path dir, char[] password, OpenGuard guard) {
        return open(dir, password, guard, true);
    }

    private ProjectStore open(Path dir, char[] password, OpenGuard guard, boolean reading) {
        if (!exists(dir)) {
            throw new CaravanException(dir + " is not a Caravan project (run: caravan init -p " + dir + ")");
        }
        if (!encrypted(dir)) {
            return connect(dir, null, guard, reading);
        }
        if (password == null) {
            throw new CaravanException("the project " + dir + " is encrypted: its password is needed");
        }
        ProjectKeyFile key = ProjectKeyFile.read(dir);
        char[] fileKey = key.fileKey(password);
        try {
            if (!key.accepts(fileKey)) {
                throw new WrongPasswordException(dir);
            }
            try {
                return connect(dir, fileKey, guard, reading);
            } catch (WrongPasswordException e) {
                throw EncryptedFiles.damagedThoughAccepted(dir, e);
            }
        } finally {
            EncryptedFiles.clear(fileKey);
        }
    }

    @Override
    public void changePassword(Path dir, char[] oldPassword, char[] newPassword) {
        if (!exists(dir)) {
            throw new CaravanException(dir + " is not a Caravan project (run: caravan init -p " + dir + ")");
        }
        ProjectLock lock = ProjectLock.acquire(dir);
        try {
            refuseUnsafeFiles(dir);
            new PasswordChange(dir, DB_NAME)
                    .run(
                            encrypted(dir) ? oldPassword : null,
                            newPassword,
                            oldKey -> SchemaTrust.verify(dir, dir.resolve(DB_FILE), oldKey, migrations));
        } finally {
            lock.release();
        }
    }

    /**
     * {@code fileKey}: the derived file key of an encrypted database, null for a plain one. Before
     * H2 opens an existing database, its schema is checked against the migrations (issue #22): H2
     * runs what the schema holds while it opens, so the check reads the file itself. The folder and
     * its files are made their owner's only, and no file Caravan writes here may be a link. With
     * the lock held, {@code guard} sees the database read-only before H2 opens it for writing
     * (which rewrites the file): a refusal leaves it byte for byte as it was (ADR 0018).
     */
    private H2ProjectStore connect(Path dir, char[] fileKey, OpenGuard guard, boolean reading) {
        ProjectLock lock = ProjectLock.acquire(dir);
        JdbcConnectionPool pool = null;
        try {
            refuseUnsafeFiles(dir);
            Path db = dir.resolve(DB_FILE);
            if (Files.exists(db)) {
                SchemaTrust.verify(dir, db, fileKey, migrations);
            }
            Path keptCopy = null;
            boolean admitted = !guard.looks();
            if (reading && !admitted && Files.exists(db)) {
                // one read-only opening serves the guard and the command (H2 then never writes the file)
                pool = JdbcConnectionPool.create(dataSource(readOnlyUrl(dir, fileKey != null), fileKey));
                pool.setMaxConnections(4);
                keptCopy = admit(dir, fileKey, guard, pool);
                admitted = true;
                if (keptCopy == null && current(pool)) {
                    ownerOnly(dir, db);
                    return new H2ProjectStore(dir, pool, lock, fileKey, null, true);
                }
                pool.dispose(); // a schema to migrate (or a copy kept for a repair): opened for writing below
                pool = null;
            }
            if (!admitted) {
                keptCopy = admit(dir, fileKey, guard, null);
            }
            pool = JdbcConnectionPool.create(dataSource(url(dir, fileKey != null), fileKey));
            pool.setMaxConnections(4);
            EncryptedFiles.checkOpens(pool, dir);
            if (!current(pool)) {
                migrate(pool, dir, fileKey);
            }
            ownerOnly(dir, db);
            return new H2ProjectStore(dir, pool, lock, fileKey, keptCopy, false);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.release();
            throw e;
        }
    }

    private static void ownerOnly(Path dir, Path db) {
        for (Path own : List.of(dir, db, dir.resolve(ProjectLock.FILE), dir.resolve(ProjectKeyFile.FILE))) {
            PrivateFiles.ownerOnly(own);
        }
        PrivateFiles.ownerOnlyTree(dir.resolve(SchemaBackup.FOLDER));
    }

    /**
     * The guard's decision on the read-only view, through {@code readOnlyPool} (a pool over {@link
     * #readOnlyUrl}) or, when null, a connection of its own; the copy it asked to keep, or null.
     */
    private static Path admit(Path dir, char[] fileKey, OpenGuard guard, JdbcConnectionPool readOnlyPool) {
        OpenGuard.Admission a = readOnlyPool == null
                ? StoreInspection.inspect(dir, fileKey, guard::admit)
                : StoreInspection.inspect(dir, fileKey, readOnlyPool, guard::admit);
        if (a != OpenGuard.Admission.OPEN_AFTER_COPY) {
            return null;
        }
        Path db = dir.resolve(DB_NAME + ".mv.db");
        Path copy = dir.resolve(DB_NAME + ".mv.db.before-repair-"
                + java.time.LocalDateTime.now()
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            org.caravanqda.util.AtomicFiles.to(copy)
                    .synced()
                    .write(tmp -> Files.copy(db, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
            return copy;
        } catch (IOException e) {
            throw new CaravanException(
                    "cannot keep a copy of " + db + " before repairing the project (" + e.getMessage()
                            + "); nothing was changed",
                    e);
        }
    }

    /**
     * Trace files are off: H2's trace logs failed SQL with its values, i.e. transcript text.
     * MAX_COMPACT_TIME=0: no chunk-moving compaction when the database closes. With it, the kill
     * test twice found a project that a clean close had left unopenable ("Double mark", H2
     * 2.3.232); without it the file does not shrink on close, but freed space is reused.
     * WRITE_DELAY=0: a commit writes its chunk before it returns, so a commit that returned is in
     * the file and one that failed (a full disk: H2 then closes the store) is not. With H2's default
     * (written up to 500 ms later by a background thread) such a failure after the commit returned
     * closed the store silently and the next SHUTDOWN "succeeded": an import reported 28 documents
     * and the project held none (tmpfs test, docs/security.md, Honest failures). The price: no background
     * housekeeping, so a large import leaves the file about 40% larger (the space is reused later).
     */
    static String url(Path dir) {
        return url(dir, false);
    }

    /** The database opened read-only: H2 neither writes nor locks the file (the project lock is held). */
    static String readOnlyUrl(Path dir, boolean encrypted) {
        return url(dir, encrypted) + ";ACCESS_MODE_DATA=r";
    }

    static String url(Path dir, boolean encrypted) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(DB_NAME) + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
                + ";MAX_COMPACT_TIME=0;WRITE_DELAY=0" + (encrypted ? ";CIPHER=AES" : "");
    }

    /**
     * The file key goes to H2 as chars ("fileKey userPassword", the user password empty; the data
     * source keeps this copy for the pool's connections), never in the URL.
     */
    static org.h2.jdbcx.JdbcDataSource dataSource(String url, char[] fileKey) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("caravan");
        ds.setPasswordChars(fileKey == null ? new char[0] : ProjectKeyFile.h2Password(fileKey));
        return ds;
    }

    /**
     * Checked before each open: the files Caravan writes in a project folder are never links (issue #22), and no
     * database H2 would take over unchecked is waiting ({@link FileCompaction#refuseWaitingCopy}).
     */
    private static void refuseUnsafeFiles(Path dir) {
        for (String name : List.of(DB_FILE, ProjectLock.FILE, ProjectKeyFile.FILE, SchemaBackup.FOLDER)) {
            Path p = dir.resolve(name);
            if (Files.isSymbolicLink(p)) {
                throw new CaravanException(PrivateFiles.linkRefusal(p));
            }
        }
        FileCompaction.refuseWaitingCopy(dir, dir.resolve(DB_FILE));
    }

    /**
     * Whether the schema is already at the newest version these migrations reach, the last
     * migration having succeeded: one query decides, and Flyway (about 900 classes with its JSON
     * library, a second of a short command's start) is then not loaded at all. {@link SchemaTrust}
     * has already checked that the records are exactly those of the version the history names. A
     * new database (no history table yet) or any doubt goes through Flyway as before.
     */
    private boolean current(JdbcConnectionPool pool) {
        List<String> versions = migrations.versions();
        if (versions.isEmpty()) {
            return false;
        }
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT \"version\", \"success\" FROM"
                        + " \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY");
                java.sql.ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    && rs.getBoolean(2)
                    && versions.get(versions.size() - 1).equals(rs.getString(1));
        } catch (SQLException e) {
            return false; // no history table: a new project, which Flyway makes
        }
    }

    private void migrate(JdbcConnectionPool pool, Path dir, char[] fileKey) {
        try {
            Flyway flyway = migrations.flyway(pool, null);
            SchemaBackup.migrate(flyway, pool, dir, fileKey, notices, migrations);
        } catch (FlywayException e) {
            CaravanException machine = StoreFaults.translate(e, dir);
            if (machine != null) {
                throw machine;
            }
            throw new CaravanException("cannot open the project database: " + rootMessage(e), e);
        }
    }

    @Override
    public RestoreInfo restore(Path zip, Path dir, boolean force, java.util.function.Supplier<char[]> password) {
        return ProjectRestore.restore(this, zip, dir, force, maxRestoreBytes, password);
    }

    Migrations migrations() {
        return migrations;
    }

    static void insertProjectRow(Connection c, String name, String language) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO project (id, name, language, created_at, created_by) VALUES (1, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, language);
            ps.setObject(3, Instant.now().atOffset(java.time.ZoneOffset.UTC));
            ps.setString(4, "Caravan " + CaravanVersion.get());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage() == null
                ? r.toString()
                : r.getMessage().lines().findFirst().orElse("");
    }
}
