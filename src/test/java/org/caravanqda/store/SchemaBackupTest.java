package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project at this Caravan's schema opened by a Caravan that has a newer one (test-only migrations):
 * a backup is written first, a failing migration puts the project back, a newer project is refused.
 */
class SchemaBackupTest {
    /** The versions a new project's history names, oldest first, and the newest of them. */
    static final List<String> VERSIONS = Migrations.at(Migrations.MAIN).versions();

    static final String CURRENT = VERSIONS.get(VERSIONS.size() - 1);

    @TempDir
    Path tmp;

    final List<String> notices = new ArrayList<>();

    H2ProjectStores storesWith(String... extra) {
        List<String> locations = new ArrayList<>(Migrations.MAIN);
        for (String e : extra) {
            locations.add("classpath:db/testmigration/" + e);
        }
        return new H2ProjectStores(notices::add, locations, BackupArchive.MAX_DB_BYTES);
    }

    Path projectAtV1() {
        Path dir = tmp.resolve("p");
        try (ProjectStore s = new H2ProjectStores().create(dir, "p", "ru")) {
            s.write(x -> {
                sql(((JdbcSession) x).connection(), "INSERT INTO coder (name, color) VALUES ('anna', '#112233')");
                return null;
            });
        }
        return dir;
    }

    @Test
    void anUpgradeWritesABackupFirstThatRestoresTheOldSchemaAndData() throws Exception {
        Path dir = projectAtV1();
        storesWith("ok").open(dir).close();
        List<Path> backups = backups(dir);
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).matches("before-schema-v90-\\d{8}-\\d{6}\\.zip");
        assertThat(notices)
                .singleElement()
                .asString()
                .contains("from v" + CURRENT + " to v90")
                .contains(backups.get(0).toString());
        assertThat(versions(dir)).contains("90");
        // reopening at v90 migrates nothing and writes no second backup
        storesWith("ok").open(dir).close();
        assertThat(backups(dir)).hasSize(1);

        Path restored = tmp.resolve("restored");
        new H2ProjectStores().restore(backups.get(0), restored, false);
        assertThat(versions(restored)).containsExactlyElementsOf(VERSIONS);
        assertThat(coders(restored)).containsExactly("anna");
    }

    @Test
    void aFailedUpgradePutsTheProjectBackAsItWas() throws Exception {
        Path dir = projectAtV1();
        assertThatThrownBy(() -> storesWith("broken").open(dir))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("could not upgrade the project's schema from v" + CURRENT + " to v91")
                .hasMessageContaining("put back as it was");
        assertThat(versions(dir)).containsExactlyElementsOf(VERSIONS);
        assertThat(coders(dir)).containsExactly("anna");
        try (ProjectStore again = new H2ProjectStores().open(dir)) {
            assertThat(again.<String>read(s -> s.project().name())).isEqualTo("p");
        }
        assertThat(backups(dir)).hasSize(1);
    }

    @Test
    void onlyTheLastFewAutomaticBackupsAreKept() throws Exception {
        Path dir = projectAtV1();
        Path folder = Files.createDirectories(dir.resolve(SchemaBackup.FOLDER));
        for (int i = 0; i < 7; i++) {
            Path old = Files.writeString(folder.resolve("before-schema-v0-2020010" + i + "-000000.zip"), "old");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * i));
        }
        Path mine = Files.writeString(folder.resolve("my-own.zip"), "mine");
        storesWith("ok").open(dir).close();
        assertThat(backups(dir))
                .hasSize(SchemaBackup.KEEP)
                .anyMatch(p -> p.getFileName().toString().startsWith("before-schema-v90"));
        assertThat(mine).exists();
    }

    @Test
    void aProjectWithANewerSchemaIsRefusedNotOpened() throws Exception {
        Path dir = projectAtV1();
        storesWith("ok").open(dir).close();
        assertThatThrownBy(() -> new H2ProjectStores().open(dir))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("has schema v90 from a newer Caravan");
        assertThat(versions(dir)).contains("90");
    }

    @Test
    void anEncryptedProjectsUpgradeBackupIsEncryptedAndPutsItBack() throws Exception {
        char[] pw = "степной ветер 2022".toCharArray();
        Path dir = tmp.resolve("secret");
        try (ProjectStore s = new H2ProjectStores().create(dir, "secret", "ru", pw.clone())) {
            s.write(x -> {
                sql(
                        ((JdbcSession) x).connection(),
                        "INSERT INTO coder (name, color) VALUES ('Айгерим Нурланова', '#112233')");
                return null;
            });
        }
        assertThatThrownBy(() -> storesWith("broken").open(dir, pw.clone()))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("put back as it was");
        Path zip = backups(dir).get(0);
        byte[] bytes = org.caravanqda.Zips.unzipped(zip);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(
                        "Нурланова".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("CREATE TABLE")
                .contains("salt");
        try (ProjectStore again = new H2ProjectStores().open(dir, pw.clone())) {
            assertThat(again.encrypted()).isTrue();
            assertThat(again.<String>read(s -> s.project().name())).isEqualTo("secret");
        }
        Path restored = tmp.resolve("restored");
        assertThatThrownBy(
                        () -> new H2ProjectStores().restore(zip, restored, false, () -> "не тот пароль".toCharArray()))
                .hasMessageContaining("wrong password for the backup");
        assertThat(restored).doesNotExist();
        new H2ProjectStores().restore(zip, restored, false, pw::clone);
        try (ProjectStore r = new H2ProjectStores().open(restored, pw.clone())) {
            assertThat(r.encrypted()).isTrue();
            assertThat(r.<String>read(s -> s.project().name())).isEqualTo("secret");
        }
    }

    @Test
    void anUpgradeBackupAndItsFolderAreTheOwnersOnly() throws Exception {
        Path dir = projectAtV1();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        storesWith("ok").open(dir).close();
        Path folder = dir.resolve(SchemaBackup.FOLDER);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(backups(dir).get(0))))
                .isEqualTo("rw-------");
    }

    @Test
    void aLinkedBackupsFolderIsNeverWrittenInto() throws Exception {
        Path dir = projectAtV1();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path old = Files.writeString(outside.resolve("before-schema-v0-20200101-000000.zip"), "the user's own file");
        for (int i = 2; i < 8; i++) {
            Files.writeString(outside.resolve("before-schema-v0-2020010" + i + "-000000.zip"), "the user's own file");
        }
        try {
            Files.createSymbolicLink(dir.resolve(SchemaBackup.FOLDER), outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        assertThatThrownBy(() -> storesWith("ok").open(dir))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("symbolic link")
                .hasMessageContaining(SchemaBackup.FOLDER);
        assertThat(old).hasContent("the user's own file");
        try (Stream<Path> s = Files.list(outside)) {
            assertThat(s).hasSize(7);
        }
        assertThat(versions(dir)).containsExactlyElementsOf(VERSIONS);
    }

    static List<Path> backups(Path dir) throws Exception {
        Path folder = dir.resolve(SchemaBackup.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(SchemaBackup.PREFIX))
                    .sorted()
                    .toList();
        }
    }

    static List<String> versions(Path dir) throws Exception {
        return strings(
                dir,
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    static List<String> coders(Path dir) throws Exception {
        return strings(dir, "SELECT name FROM coder ORDER BY name");
    }

    static List<String> strings(Path dir, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(H2ProjectStores.url(dir), "caravan", "");
                ResultSet rs = c.createStatement().executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void sql(Connection c, String statement) {
        try (var st = c.createStatement()) {
            st.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new StoreFailure(e);
        }
    }
}
