package org.caravanqda.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.WrongPasswordException;
import org.h2.api.ErrorCode;

/** Recognising H2's encrypted files and telling a wrong password from a damaged file. */
final class EncryptedFiles {
    /** What H2's FilePathEncrypt writes at the start of every encrypted file. */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);

    private EncryptedFiles() {}

    /**
     * Whether H2's encryption header starts the file. {@code unreadable}: the answer when the file
     * cannot be read now (on Windows, while another process holds H2's lock on it); opening then
     * goes on to the project lock, which names that process.
     */
    static boolean isEncrypted(Path file, boolean unreadable) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return unreadable;
        }
    }

    /**
     * Opens one connection before anything else touches the database, so that a wrong password
     * or a damaged file is reported as such (and not as a failed migration). H2 answers a wrong
     * file password with FILE_ENCRYPTION_ERROR; a file it cannot read with FILE_CORRUPTED.
     */
    static void checkOpens(DataSource source, Path dir) {
        try (Connection c = source.getConnection()) {
            c.isValid(0);
        } catch (SQLException e) {
            throw failure(e, dir);
        }
    }

    static CaravanException failure(SQLException e, Path dir) {
        // a full disk or a folder moved away is not damage: "restore a backup" would make people throw work away
        CaravanException machine = StoreFaults.translate(e, dir);
        if (machine != null) {
            return machine;
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> new WrongPasswordException(dir);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1, ErrorCode.IO_EXCEPTION_2 ->
                new CaravanException(
                        "the database file of project " + dir + " is damaged (" + H2ProjectStores.rootMessage(e)
                                + "); restore the project from a backup",
                        e);
            default ->
                new CaravanException(
                        "cannot open the project database in " + dir + ": " + H2ProjectStores.rootMessage(e), e);
        };
    }

    /** H2 refuses a key the key file accepts: the database's first blocks are damaged, or a password change was cut off. */
    static CaravanException damagedThoughAccepted(Path dir, Exception cause) {
        return new CaravanException(
                "the database file of project " + dir + " does not open although the password is right:"
                        + " it is damaged (restore the project from a backup), or a password change was interrupted"
                        + " (then the previous password opens it)",
                cause);
    }

    static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
