package org.caravanqda.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.app.port.RestoreInfo;
import org.caravanqda.util.PrivateFiles;

/**
 * {@code caravan restore}: the backup is checked, its data loaded into a new database that Caravan's
 * own migrations made (ADR 0017) in a hidden folder beside DIR, and that database opened once there
 * (which checks its schema against the migrations and upgrades an older one); only then does it
 * take DIR's place, so a refused or broken backup leaves everything as it was. The search index is
 * not in a backup: it is derived, and rebuilt on first use.
 */
final class ProjectRestore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ProjectRestore() {}

    static RestoreInfo restore(
            H2ProjectStores stores,
            Path zip,
            Path dir,
            boolean force,
            long maxBytes,
            java.util.function.Supplier<char[]> password) {
        Path target = dir.toAbsolutePath().normalize();
        boolean replacing = checkTarget(stores, target, force);
        String stamp = LocalDateTime.now().format(STAMP);
        Path staging = target.resolveSibling("." + target.getFileName() + ".restoring-" + stamp);
        BackupArchive.Manifest manifest = BackupArchive.inspect(zip, stores.migrations());
        try {
            Files.createDirectories(target.getParent());
            Files.createDirectory(staging); // new, never through anything already there
            PrivateFiles.ownerOnly(staging);
            BackupInfo info = manifest.info();
            char[] pw = null;
            char[] fileKey = null;
            try {
                if (manifest.encrypted()) {
                    Files.write(
                            staging.resolve(ProjectKeyFile.FILE),
                            manifest.keyFile(),
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    PrivateFiles.ownerOnly(staging.resolve(ProjectKeyFile.FILE));
                    pw = password.get();
                    if (pw == null) {
                        throw new CaravanException(
                                zip.getFileName() + " is the backup of an encrypted project: its password is needed");
                    }
                    ProjectKeyFile key = ProjectKeyFile.read(staging);
                    fileKey = key.fileKey(pw);
                    if (!key.accepts(fileKey)) {
                        throw new CaravanException(
                                "wrong password for the backup " + zip.getFileName() + "; nothing was restored");
                    }
                }
                BackupArchive.load(zip, manifest, staging, fileKey, stores.migrations(), maxBytes);
                openOnce(stores, zip, staging, pw);
            } finally {
                EncryptedFiles.clear(pw);
                EncryptedFiles.clear(fileKey);
            }
            Path aside = replacing ? moveAside(target, stamp) : null;
            Files.deleteIfExists(target); // an empty folder
            Files.move(staging, target);
            return new RestoreInfo(target, info, aside);
        } catch (IOException e) {
            throw new CaravanException("cannot restore into " + target + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    /** The restored database opens (and upgrades an older schema) before it takes DIR's place. */
    private static void openOnce(H2ProjectStores stores, Path zip, Path staging, char[] password) {
        try {
            stores.open(staging, password).close();
        } catch (CaravanException e) {
            throw new CaravanException(
                    zip.getFileName() + ": the database in it cannot be opened (" + e.getMessage()
                            + "); nothing was restored",
                    e);
        }
    }

    /** Whether DIR holds a project to move aside; refuses a project without --force, and any other non-empty folder. */
    private static boolean checkTarget(H2ProjectStores stores, Path target, boolean force) {
        if (stores.exists(target)) {
            if (!force) {
                throw new CaravanException(
                        target + " already holds a Caravan project; restore into a new folder, or add"
                                + " --force to move that project aside first");
            }
            return true;
        }
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw new CaravanException(target + " is not empty and not a Caravan project; restore into a new folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new CaravanException(target + " is a file, not a folder");
        }
        return false;
    }

    /** The old project, renamed beside itself; refused while another process has it open. */
    private static Path moveAside(Path target, String stamp) throws IOException {
        ProjectLock.acquire(target).release();
        Path aside = target.resolveSibling(target.getFileName() + ".before-restore-" + stamp);
        Files.move(target, aside);
        return aside;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a hidden staging folder left behind is harmless
        }
    }
}
