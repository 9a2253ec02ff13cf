package org.caravanqda.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Schema upgrades of an existing project never risk it: before Flyway migrates, the database is
 * backed up to DIR/backups/before-schema-vN-DATE-TIME.zip (the last {@value #KEEP} are kept), and
 * a migration that fails puts that copy back. A project written by a newer Caravan is refused
 * instead of opened by code that does not know its schema. An encrypted project's backup is
 * encrypted with its file key, so nothing in its folder reveals text.
 */
final class SchemaBackup {
    static final String FOLDER = "backups";
    static final String PREFIX = "before-schema-v";
    static final int KEEP = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SchemaBackup() {}

    static void migrate(
            Flyway flyway,
            JdbcConnectionPool pool,
            Path dir,
            char[] fileKey,
            Consumer<String> notices,
            Migrations migrations) {
        MigrationInfoService info = flyway.info();
        refuseNewerSchema(info, dir);
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        if (current == null || pending.length == 0) {
            flyway.migrate(); // a new project, or nothing to do
            return;
        }
        String from = current.getVersion().getVersion();
        String to = pending[pending.length - 1].getVersion().getVersion();
        Path zip = backup(pool, dir, to, fileKey);
        notices.accept("upgrading the project's schema from v" + from + " to v" + to
                + "; the project as it was is backed up in " + zip);
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            putBack(pool, zip, dir, fileKey, migrations);
            throw new CaravanException(
                    "could not upgrade the project's schema from v" + from + " to v" + to + " ("
                            + H2ProjectStores.rootMessage(e) + "); the project was put back as it was, from " + zip,
                    e);
        }
    }

    private static void refuseNewerSchema(MigrationInfoService info, Path dir) {
        for (MigrationInfo m : info.all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new CaravanException("the project " + dir + " has schema v" + m.getVersion()
                        + " from a newer Caravan than this one (" + CaravanVersion.get()
                        + "); update Caravan to open it");
            }
        }
    }

    private static Path backup(JdbcConnectionPool pool, Path dir, String toVersion, char[] fileKey) {
        Path folder = dir.resolve(FOLDER);
        try {
            PrivateFiles.folderIn(dir, folder); // never through a link; rwx------
        } catch (java.nio.file.FileSystemException e) {
            throw new CaravanException(
                    (e.getReason() == null ? e.getMessage() : e.getReason()) + "; nothing was changed", e);
        } catch (java.io.IOException e) {
            throw new CaravanException(
                    "cannot make " + folder + " for the backup before a schema upgrade: " + e.getMessage()
                            + "; nothing was changed",
                    e);
        }
        String base = PREFIX + toVersion + "-" + LocalDateTime.now().format(STAMP);
        Path zip = folder.resolve(base + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = folder.resolve(base + "-" + n + ".zip");
        }
        try (Connection c = pool.getConnection()) {
            BackupArchive.write(c, zip, fileKey, dir);
        } catch (SQLException e) {
            throw new CaravanException(
                    "cannot back up the project before upgrading its schema: " + H2ProjectStores.rootMessage(e)
                            + "; nothing was changed",
                    e);
        }
        prune(folder);
        return zip;
    }

    /** Keeps the newest few automatic backups; the user's own backups elsewhere are never touched. */
    private static void prune(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> old = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(SchemaBackup::modified).reversed())
                    .skip(KEEP)
                    .toList();
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // an extra old backup is harmless
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /**
     * The database closes with its last connection; its file is set aside, a new one is made by the
     * migrations at the old version and filled with the backup's data, and the set-aside file is
     * deleted once that worked.
     */
    private static void putBack(JdbcConnectionPool pool, Path zip, Path dir, char[] fileKey, Migrations migrations) {
        pool.dispose();
        Path db = dir.resolve(H2ProjectStores.DB_FILE);
        Path failed = dir.resolve("." + H2ProjectStores.DB_NAME + ".failed-upgrade.mv.db");
        try {
            BackupArchive.Manifest manifest = BackupArchive.inspect(zip, migrations);
            AtomicFiles.move(db, failed, true);
            BackupArchive.load(zip, manifest, dir, fileKey, migrations, Long.MAX_VALUE);
            PrivateFiles.ownerOnly(db);
            Files.delete(failed);
        } catch (IOException | RuntimeException e) {
            throw new CaravanException(
                    "a schema upgrade failed and the project could not be put back automatically (" + e.getMessage()
                            + "); restore it with: caravan restore " + zip + " -p " + dir + " --force",
                    e);
        }
    }
}
