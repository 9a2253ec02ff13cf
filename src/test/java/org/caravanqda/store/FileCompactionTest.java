package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.OpenGuard;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0044: a session that wrote leaves the database file compact when most of its chunks are dead; a session that
 * only read leaves it byte for byte; an encrypted file stays encrypted; and a copy H2 would take over unchecked is
 * refused before H2 sees the folder.
 */
class FileCompactionTest {
    @TempDir
    Path tmp;

    private static final String NAME_MARK = "Compaction marker name";

    private final H2ProjectStores stores = new H2ProjectStores();
    /** A plain project, made for each test, and its database file. */
    private Path dir;

    private Path db;

    @BeforeEach
    void plainProject() {
        dir = tmp.resolve("p");
        db = dir.resolve(H2ProjectStores.DB_FILE);
        stores.create(dir, "p", "ru").close();
    }

    /** Renames the project {@code times} times, one commit each: every commit leaves a chunk, the older ones dead. */
    private static void renameOften(ProjectStore store, int times) {
        for (int i = 0; i < times; i++) {
            String name = NAME_MARK + " " + i;
            store.write(s -> {
                try (PreparedStatement ps =
                        ((JdbcSession) s).connection().prepareStatement("UPDATE project SET name = ? WHERE id = 1")) {
                    ps.setString(1, name);
                    return ps.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** A guard that looks and admits: a reading session then opens the database read-only, as a listing command's. */
    private static final OpenGuard LOOKS = view -> OpenGuard.Admission.OPEN;

    private static String name(ProjectStore store) {
        return ((H2ProjectStore) store).withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM project")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static int chunks(ProjectStore store) {
        return ((H2ProjectStore) store).withConnection(FileCompactionTest::chunks);
    }

    private static int chunks(Connection c) throws java.sql.SQLException {
        try (ResultSet rs = c.createStatement()
                .executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'info.CHUNK_COUNT'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1).trim());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aSessionThatLeftMostChunksDeadClosesWithACompactFile() throws Exception {
        long sizeBefore;
        try (ProjectStore s = stores.open(dir, null, OpenGuard.NONE)) {
            renameOften(s, 120);
            assertThat(chunks(s)).isGreaterThanOrEqualTo(FileCompaction.MIN_CHUNKS);
            assertThat(((H2ProjectStore) s).withConnection(FileCompaction::worthIt))
                    .isTrue();
            sizeBefore = Files.size(db);
        }

        assertThat(Files.size(db)).isLessThan(sizeBefore / 2);
        try (ProjectStore s = stores.openForReading(dir, null, OpenGuard.NONE)) {
            assertThat(chunks(s)).isLessThan(FileCompaction.MIN_CHUNKS);
            assertThat(name(s)).isEqualTo(NAME_MARK + " 119");
        }
        if (Files.getFileStore(db).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aFewChunksOrAReadingSessionLeaveTheFileAsItWas() throws Exception {
        try (ProjectStore s = stores.open(dir, null, OpenGuard.NONE)) {
            renameOften(s, 2);
            assertThat(((H2ProjectStore) s).withConnection(FileCompaction::worthIt))
                    .isFalse();
        }
        // dead chunks made without Caravan, whose H2 settings then close without compacting
        try (Connection c = H2ProjectStores.dataSource(H2ProjectStores.url(dir), null)
                        .getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE project SET name = ? WHERE id = 1")) {
            for (int i = 0; i < 60; i++) {
                ps.setString(1, NAME_MARK + " " + i);
                ps.executeUpdate();
            }
        }
        String before = sha256(db);
        try (ProjectStore s = stores.openForReading(dir, null, LOOKS)) {
            assertThat(chunks(s)).isGreaterThanOrEqualTo(FileCompaction.MIN_CHUNKS);
            assertThat(((H2ProjectStore) s).withConnection(FileCompaction::worthIt))
                    .isTrue();
            assertThat(name(s)).isEqualTo(NAME_MARK + " 59");
        }

        assertThat(sha256(db)).as("a reading session changes no byte").isEqualTo(before);
        try (ProjectStore s = stores.open(dir, null, OpenGuard.NONE)) {
            assertThat(s.commits()).isZero();
        }
        try (ProjectStore s = stores.openForReading(dir, null, LOOKS)) {
            assertThat(chunks(s))
                    .as("a writing session that committed nothing does not compact")
                    .isGreaterThanOrEqualTo(FileCompaction.MIN_CHUNKS);
        }
    }

    @Test
    void anEncryptedFileStaysEncryptedThroughACompaction() throws Exception {
        Path dir = tmp.resolve("e");
        Path db = dir.resolve(H2ProjectStores.DB_FILE);
        char[] password = "a long enough passphrase".toCharArray();
        stores.create(dir, "e", "ru", password.clone()).close();
        long sizeBefore;
        try (ProjectStore s = stores.open(dir, password.clone(), OpenGuard.NONE)) {
            renameOften(s, 120);
            sizeBefore = Files.size(db);
        }

        assertThat(Files.size(db)).isLessThan(sizeBefore / 2);
        assertThat(stores.encrypted(dir)).isTrue();
        String bytes = new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Compaction marker").doesNotContain("PROJECT");
        try (ProjectStore s = stores.openForReading(dir, password.clone(), OpenGuard.NONE)) {
            assertThat(name(s)).isEqualTo(NAME_MARK + " 119");
        }
    }

    @Test
    void aCompactionKilledBeforeItsRenameLeavesTheProjectWhole() throws Exception {
        try (ProjectStore s = stores.open(dir, null, OpenGuard.NONE)) {
            renameOften(s, 3);
        }
        // what a kill during the copy leaves beside the closed database: the first half of H2's copy
        byte[] whole = Files.readAllBytes(db);
        Path copy = db.resolveSibling(db.getFileName() + ".tempFile");
        Files.write(copy, java.util.Arrays.copyOf(whole, whole.length / 2));

        try (ProjectStore s = stores.open(dir, null, OpenGuard.NONE)) {
            assertThat(name(s)).isEqualTo(NAME_MARK + " 2");
            renameOften(s, 1);
        }
        assertThat(copy)
                .as("H2 deletes its half-written copy when it opens the database")
                .doesNotExist();
        try (ProjectStore s = stores.openForReading(dir, null, LOOKS)) {
            assertThat(name(s)).isEqualTo(NAME_MARK + " 0");
        }
    }

    @Test
    void aWaitingCopyWithoutTheDatabaseIsRefusedBeforeH2RunsItsTrigger() throws Exception {
        Path planted = tmp.resolve("planted");
        new H2ProjectStores().create(planted, "p", "ru").close();
        PlantedObjectsTest.plant(
                planted,
                null,
                "CREATE TRIGGER PWN BEFORE INSERT ON PROJECT FOR EACH ROW CALL '" + MarkerTrigger.class.getName()
                        + "'");
        Path dir = Files.createDirectory(tmp.resolve("sent"));
        Path waiting = dir.resolve(H2ProjectStores.DB_FILE + FileCompaction.WAITING_SUFFIX);
        Files.move(planted.resolve(H2ProjectStores.DB_FILE), waiting);
        String before = sha256(waiting);

        assertThatThrownBy(() -> new H2ProjectStores().create(dir, "mine", "en"))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining(waiting.getFileName().toString())
                .hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> new H2ProjectStores().open(dir, null, OpenGuard.NONE))
                .isInstanceOf(CaravanException.class);

        assertThat(tmp.resolve(MarkerTrigger.MARKER))
                .as("the planted trigger never ran")
                .doesNotExist();
        assertThat(dir.resolve(H2ProjectStores.DB_FILE)).doesNotExist();
        assertThat(sha256(waiting)).isEqualTo(before);
    }
}
