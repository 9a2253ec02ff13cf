package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-only backup format (ADR 0017): a zip of a manifest and one JSON-lines member per table
 * of the schema, nothing else, that restores every row of every table exactly, identity counters
 * included, into a database Caravan's migrations made; for an encrypted project every member is
 * encrypted and the restored project is encrypted too.
 */
class DataOnlyBackupTest {
    @TempDir
    Path tmp;

    @Test
    void everyRowOfEveryTableComesBackExactly() throws Exception {
        Path demo = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(demo, Progress.NONE);
        H2ProjectStores stores = new H2ProjectStores();
        Path zip = tmp.resolve("demo.zip");
        try (ProjectStore s = stores.open(demo)) {
            s.write(x -> {
                Connection c = ((JdbcSession) x).connection();
                SchemaBackupTest.sql(
                        c,
                        "INSERT INTO pseudonym (real_name, pseudonym, kind, created_at, guid)"
                                + " VALUES ('Айгерим', 'Дана', 'person', CURRENT_TIMESTAMP, RANDOM_UUID())");
                SchemaBackupTest.sql(
                        c,
                        "INSERT INTO memo (target_kind, target_id, title, text, created_at, guid)"
                                + " VALUES ('project', 1, 'ёлка \"в\" кавычках', 'line\nbreak\ttab \\ slash', CURRENT_TIMESTAMP,"
                                + " RANDOM_UUID())");
                // a row deleted at the end: identities continue after it, not after the last row left
                SchemaBackupTest.sql(c, "INSERT INTO coder (name, color) VALUES ('gone', '#000000')");
                SchemaBackupTest.sql(c, "DELETE FROM coder WHERE name = 'gone'");
                return null;
            });
            s.backup(zip);
        }
        Map<String, byte[]> entries = HostileBackupTest.entries(zip);
        assertThat(entries.keySet())
                .allMatch(n -> n.equals(BackupArchive.MANIFEST) || n.matches("tables/[a-z_]+\\.jsonl"))
                .contains("tables/document.jsonl", "tables/pseudonym.jsonl", "tables/change_log.jsonl");
        assertThat(new String(entries.get("tables/coder.jsonl"), StandardCharsets.UTF_8))
                .startsWith("{\"table\":\"CODER\",\"columns\":[\"ID\",\"NAME\",\"COLOR\",\"LOGIN\"],\"next\":{\"ID\":");
        Path restored = tmp.resolve("restored");
        stores.restore(zip, restored, false);
        assertThat(everything(restored)).isEqualTo(everything(demo));
        try (ProjectStore s = stores.open(restored)) {
            s.write(x -> {
                SchemaBackupTest.sql(
                        ((JdbcSession) x).connection(), "INSERT INTO coder (name, color) VALUES ('new', '#000000')");
                return null;
            });
        }
        assertThat(SchemaBackupTest.strings(restored, "SELECT id FROM coder WHERE name = 'new'"))
                .containsExactly(SchemaBackupTest.strings(demo, "SELECT MAX(id) + 2 FROM coder")
                        .get(0));
    }

    @Test
    void anEncryptedProjectsBackupIsEncryptedMemberByMember() throws Exception {
        char[] pw = "степной ветер 2022".toCharArray();
        Path dir = tmp.resolve("secret");
        H2ProjectStores stores = new H2ProjectStores();
        Path zip = tmp.resolve("secret.zip");
        try (ProjectStore s = stores.create(dir, "secret", "ru", pw.clone())) {
            s.write(x -> {
                SchemaBackupTest.sql(
                        ((JdbcSession) x).connection(),
                        "INSERT INTO coder (name, color) VALUES ('Айгерим Нурланова', '#112233')");
                return null;
            });
            s.backup(zip);
        }
        Map<String, byte[]> entries = HostileBackupTest.entries(zip);
        assertThat(entries).containsKey(ProjectKeyFile.FILE);
        String all = new String(org.caravanqda.Zips.unzipped(zip), StandardCharsets.ISO_8859_1);
        assertThat(all)
                .doesNotContain(new String("Нурланова".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .doesNotContain("\"columns\"")
                .doesNotContain("CODER");
        Path restored = tmp.resolve("restored");
        stores.restore(zip, restored, false, pw::clone);
        assertThat(stores.encrypted(restored)).isTrue();
        try (ProjectStore r = stores.open(restored, pw.clone())) {
            assertThat(r.read(x -> x.coders().all()).toString()).contains("Айгерим Нурланова");
        }
    }

    /** Every row of every table (Flyway's history aside), in key order, as text. */
    static List<String> everything(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = H2ProjectStores.dataSource(H2ProjectStores.url(dir), null)
                        .getConnection();
                Statement st = c.createStatement()) {
            for (BackupTables.TableShape t : BackupTables.of(c)) {
                out.add("table " + t.name());
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.quoted() + " ORDER BY 1, 2")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        out.add(row.toString());
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' AND TABLE_NAME = '" + t.name()
                        + "'")) {
                    while (rs.next()) {
                        out.add("next " + rs.getString(1) + " " + rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }
}
