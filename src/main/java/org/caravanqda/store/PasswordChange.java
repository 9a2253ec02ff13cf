package org.caravanqda.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.WrongPasswordException;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;
import org.h2.tools.ChangeFileEncryption;

/**
 * Re-encrypts a closed project's database (the caller holds the project lock) with H2's
 * ChangeFileEncryption, on a copy in a staging folder: the copy is checked to open with the
 * old password, converted, checked to open with the new one and read, and only then moved over
 * the original in one atomic rename. Any failure before that leaves the original untouched.
 */
final class PasswordChange {
    static final String STAGING = ".caravan-password-change";
    private final Path dir;
    private final String dbName;

    PasswordChange(Path dir, String dbName) {
        this.dir = dir;
        this.dbName = dbName;
    }

    /**
     * {@code oldPassword} null: the database is plain and gets encrypted (with new key parameters).
     * {@code verify} gets the old file key (null when plain) before anything is copied or opened:
     * it refuses a database whose schema Caravan's migrations did not make (issue #22).
     */
    void run(char[] oldPassword, char[] newPassword, java.util.function.Consumer<char[]> verify) {
        Path staging = dir.resolve(STAGING);
        boolean encrypting = oldPassword == null;
        ProjectKeyFile key = encrypting ? ProjectKeyFile.generate() : ProjectKeyFile.read(dir);
        char[] oldKey = encrypting ? null : key.fileKey(oldPassword);
        char[] newKey = null;
        try {
            if (oldKey != null && !key.accepts(oldKey)) {
                throw new WrongPasswordException(dir);
            }
            verify.accept(oldKey);
            newKey = key.fileKey(newPassword);
            deleteTree(staging);
            Files.createDirectories(staging);
            PrivateFiles.ownerOnly(staging);
            Path copy = staging.resolve(dbName + ".mv.db");
            Files.copy(dir.resolve(dbName + ".mv.db"), copy);
            PrivateFiles.ownerOnly(copy);
            check(staging, oldKey, false);
            ChangeFileEncryption.execute(staging.toString(), dbName, "AES", oldKey, newKey, true);
            check(staging, newKey, true);
            PrivateFiles.ownerOnly(copy); // H2 wrote the converted file anew
            // the key file first, accepting both passwords: a crash before the move leaves the old
            // database, which the old password still opens (a plain one opens as plain)
            ProjectKeyFile changed = key.withCheck(newKey, oldKey);
            changed.write(dir);
            AtomicFiles.move(copy, dir.resolve(dbName + ".mv.db"), false);
            changed.withCheck(newKey, null).write(dir);
        } catch (SQLException e) {
            throw new CaravanException(
                    "cannot change the password of project " + dir + " (" + H2ProjectStores.rootMessage(e)
                            + "); the project is unchanged",
                    e);
        } catch (IOException e) {
            throw new CaravanException(
                    "cannot change the password of project " + dir + ": " + e.getMessage()
                            + "; the project is unchanged",
                    e);
        } finally {
            EncryptedFiles.clear(oldKey);
            EncryptedFiles.clear(newKey);
            deleteQuietly(staging);
        }
    }

    /** Opens the staged copy with this file key (null: plain); after the change, also reads every document row. */
    private void check(Path staging, char[] fileKey, boolean readAll) throws SQLException {
        org.h2.jdbcx.JdbcDataSource ds = H2ProjectStores.dataSource(
                "jdbc:h2:file:" + staging.toAbsolutePath().resolve(dbName) + ";TRACE_LEVEL_FILE=0"
                        + (fileKey == null ? "" : ";CIPHER=AES"),
                fileKey);
        try {
            EncryptedFiles.checkOpens(ds, dir);
        } catch (WrongPasswordException e) {
            throw EncryptedFiles.damagedThoughAccepted(dir, e);
        }
        if (readAll) {
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.executeQuery("SELECT SUM(LENGTH(text)) FROM document").close();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // a leftover staging folder holds only an encrypted copy once conversion started; removed next time
        }
    }
}
