package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Faults;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How H2 reports a full disk, built the way H2 builds it (seen on a 6-9 MB tmpfs, see
 * docs/security.md, Honest failures): the JDK's IOException inside an MVStoreException (ERROR_WRITING_FAILED),
 * inside a DbException, inside a JdbcSQLNonTransientException; or, from a batch insert, only the
 * message "Writing to ... failed" without the cause. Either is a full disk, not damage.
 */
class StoreFaultsTest {
    @TempDir
    Path tmp;

    /** MVStore's write failure as FileStore.storeBuffer -> DataUtils.writeFully raises it. */
    private static SQLException h2DiskFull() {
        IOException enospc = new IOException("No space left on device");
        RuntimeException mv = DataUtils.newMVStoreException(
                DataUtils.ERROR_WRITING_FAILED,
                "Writing to {0} failed; length {1} at {2}",
                "sun.nio.ch.FileChannelImpl@2dce1386",
                274432,
                4423680,
                enospc);
        return DbException.convert(mv).getSQLException();
    }

    @Test
    void aFullDiskInsideH2sExceptionsIsReportedAsAFullDiskNotAsDamage() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("p"));
        SQLException e = h2DiskFull();

        CaravanException refusal = StoreFaults.translate(new StoreFailure(e), project);
        assertThat(refusal).isNotNull();
        assertThat(refusal.getMessage())
                .startsWith("no space left on the device holding " + project.toAbsolutePath())
                .contains("nothing was changed")
                .doesNotContain("damaged")
                .doesNotContainIgnoringCase("restore");
        assertThat(EncryptedFiles.failure(e, project).getMessage())
                .as("opening the project on a full disk")
                .startsWith("no space left on the device");
    }

    @Test
    void aBatchThatKeptOnlyTheMessageIsAFullDiskOnlyWhenTheDeviceIsNearlyFull() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("p"));
        SQLException row = new SQLException(
                "General error: \"org.h2.mvstore.MVStoreException: Writing to sun.nio.ch.FileChannelImpl@2dce1386"
                        + " failed; length 274432 at 4423680 [2.3.232/2]\" [50000-232]",
                "HY000",
                50000);
        // as H2's JdbcBatchUpdateException: the row's message, the row as next exception, no cause
        BatchUpdateException batch =
                new BatchUpdateException(row.getMessage(), row.getSQLState(), 50000, new long[] {1}, null);
        batch.setNextException(row);
        assertThat(Faults.chain(batch).stream().anyMatch(t -> t instanceof IOException))
                .as("H2's batch exception has no IOException in it")
                .isFalse();

        // this test's temporary folder has room: a failed write there is no full disk, so it stays a bug
        boolean roomy = Files.getFileStore(project).getUsableSpace() > 1L << 30;
        if (roomy) {
            assertThat(StoreFaults.translate(batch, project)).isNull();
        }
    }

    @Test
    void aValueTooLongIsOneLineNamingTheColumnAndLimitNeverTheValue() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:toolong")) {
            c.createStatement().execute("CREATE TABLE code (id INT, name VARCHAR(500))");
            String secret = "Алексей рассказал " + "x".repeat(600);
            var ps = c.prepareStatement("INSERT INTO code VALUES (1, ?)");
            ps.setString(1, secret);
            assertThatThrownBy(ps::executeUpdate).isInstanceOfSatisfying(SQLException.class, e -> {
                CaravanException refusal = StoreFaults.translate(new StoreFailure(e), tmp);
                assertThat(refusal.getMessage())
                        .isEqualTo("a value is too long to store: name can have at most 500 characters;"
                                + " nothing was changed")
                        .doesNotContain("Алексей");
            });
        }
    }

    @Test
    void otherDatabaseErrorsStayBugs() {
        SQLException syntax = new SQLException("Syntax error in SQL statement", "42000", 42000);
        assertThat(StoreFaults.translate(new StoreFailure(syntax), tmp)).isNull();
        assertThat(StoreFaults.failure(syntax, tmp)).isInstanceOf(StoreFailure.class);
        assertThat(Faults.kind(syntax, tmp, List.of())).isNull();
    }
}
