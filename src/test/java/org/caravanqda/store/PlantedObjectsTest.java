package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.ForeignObjectsException;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: a project folder someone sent must not run code when opened. H2 loads a trigger's
 * class (and calls its init), compiles a trigger's or alias's Java source, and calls an alias from
 * a CHECK constraint, all on its own; before the fix each of these ran its command on the next
 * open or {@code code}. Now any schema object Caravan's migrations did not create is refused
 * before H2 opens the file: one message naming it, the command never runs, the file is unchanged.
 */
class PlantedObjectsTest {
    @TempDir
    Path tmp;

    Path dir;
    Path marker;

    @BeforeEach
    void project() {
        dir = tmp.resolve("p");
        marker = tmp.resolve(MarkerTrigger.MARKER);
        new H2ProjectStores().create(dir, "p", "ru").close();
    }

    /** Runs SQL on the closed project as an attacker with the file would, then removes what planting itself caused. */
    static void plant(Path dir, char[] fileKey, String... statements) throws Exception {
        try (Connection c = H2ProjectStores.dataSource(H2ProjectStores.url(dir, fileKey != null), fileKey)
                        .getConnection();
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
        Files.deleteIfExists(dir.resolveSibling(MarkerTrigger.MARKER));
    }

    @Test
    void aTriggerClassIsNeverLoaded() throws Exception {
        plant(
                dir,
                null,
                "CREATE TRIGGER PWN BEFORE INSERT ON CODING FOR EACH ROW CALL '" + MarkerTrigger.class.getName() + "'");
        refusedUnchanged("trigger PUBLIC.PWN");
    }

    @Test
    void aTriggerWithJavaSourceIsNeverCompiled() throws Exception {
        plant(
                dir,
                null,
                "CREATE TRIGGER PWN_SOURCE BEFORE INSERT ON CODING FOR EACH ROW AS $$"
                        + " org.h2.api.Trigger create() throws Exception {"
                        + " new ProcessBuilder(\"touch\", \"" + marker + "\").start().waitFor();"
                        + " java.nio.file.Path m = java.nio.file.Path.of(\"" + marker + "\");"
                        + " if (!java.nio.file.Files.exists(m)) java.nio.file.Files.createFile(m);"
                        + " return new org.h2.api.Trigger() {"
                        + " public void fire(java.sql.Connection c, Object[] o, Object[] n) {} }; } $$");
        refusedUnchanged("trigger PUBLIC.PWN_SOURCE");
    }

    @Test
    void anAliasWithJavaSourceThatACheckWouldCallIsRefused() throws Exception {
        plant(
                dir,
                null,
                "CREATE ALIAS PWN AS $$ long pwn(long id) throws Exception {" + " new ProcessBuilder(\"touch\", \""
                        + marker + "\").start().waitFor(); return id; } $$",
                "ALTER TABLE CODING ADD CONSTRAINT PWN_CHECK CHECK (PWN(ID) = ID) NOCHECK");
        refusedUnchanged("function alias PUBLIC.PWN");
    }

    @Test
    void anExtraTableAnExtraUserAndAChangedTableAreRefused() throws Exception {
        plant(
                dir,
                null,
                "CREATE TABLE EXTRA (ID INT)",
                "CREATE USER EVIL PASSWORD 'x' ADMIN",
                "ALTER TABLE CODER ADD COLUMN NOTE VARCHAR(10)");
        ForeignObjectsException e = refusedUnchanged("table PUBLIC.EXTRA");
        assertThat(e.objects()).contains("table PUBLIC.EXTRA", "user EVIL", "table PUBLIC.CODER (changed)");
    }

    @Test
    void onlyTheSettingCaravansOwnUrlWritesIsAccepted() throws Exception {
        // a project made before WRITE_DELAY=0 lacks the record, one made since holds it: both open
        plant(dir, null, "SET WRITE_DELAY 0");
        try (ProjectStore s = new H2ProjectStores().open(dir)) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("p");
        }
        plant(dir, null, "SET WRITE_DELAY 5000", "SET CACHE_SIZE 1");
        ForeignObjectsException e = refusedUnchanged("setting WRITE_DELAY");
        assertThat(e.objects()).contains("setting WRITE_DELAY");
    }

    /**
     * H2 analyses a table by itself after a few thousand changed rows (a big import, a restore) and
     * writes column statistics into the table's record; CI once saw a restored project refused for
     * it. The statistics run nothing, so such a project opens; a changed column still does not.
     */
    @Test
    void columnStatisticsH2WritesAfterABigImportAreNotAChange() throws Exception {
        StringBuilder rows = new StringBuilder(
                "INSERT INTO document (guid, name, language, text, text_length, text_hash, word_count, imported_at)"
                        + " VALUES ");
        for (int i = 0; i < 50; i++) {
            rows.append(i == 0 ? "" : ", ")
                    .append("('g")
                    .append(i)
                    .append("', 'd")
                    .append(i)
                    .append("', 'ru', 'текст', 5, 'h', 1, CURRENT_TIMESTAMP)");
        }
        plant(dir, null, rows.toString(), "ANALYZE");
        assertThat(MetaFile.read(dir.resolve(H2ProjectStores.DB_FILE).toString(), null)
                        .entries())
                .as("H2 wrote its statistics into the record, so this test exercises them")
                .anyMatch(e ->
                        e.sql().contains("\"PUBLIC\".\"DOCUMENT\"") && e.sql().contains(" SELECTIVITY "));
        try (ProjectStore s = new H2ProjectStores().open(dir)) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("p");
        }
        plant(dir, null, "ALTER TABLE DOCUMENT ALTER COLUMN NAME SET DATA TYPE VARCHAR(1000000)");
        assertThat(refusedUnchanged("table PUBLIC.DOCUMENT (changed)").objects())
                .contains("table PUBLIC.DOCUMENT (changed)");
    }

    @Test
    void aViewADomainAConstantAndASchemaAreRefused() throws Exception {
        plant(
                dir,
                null,
                "CREATE VIEW PEEK AS SELECT * FROM DOCUMENT",
                "CREATE DOMAIN SHORT_TEXT AS VARCHAR(10)",
                "CREATE CONSTANT ANSWER VALUE 42",
                "CREATE SCHEMA ELSEWHERE");
        ForeignObjectsException e = refusedUnchanged("PUBLIC.PEEK");
        assertThat(e.objects())
                .contains("view PUBLIC.PEEK", "domain PUBLIC.SHORT_TEXT", "constant PUBLIC.ANSWER", "schema ELSEWHERE");
    }

    @Test
    void anEncryptedProjectIsCheckedBeforeH2OpensItToo() throws Exception {
        char[] pw = "степной ветер 2022".toCharArray();
        Path secret = tmp.resolve("secret");
        new H2ProjectStores().create(secret, "secret", "ru", pw.clone()).close();
        char[] fileKey = ProjectKeyFile.read(secret).fileKey(pw.clone());
        plant(
                secret,
                fileKey,
                "CREATE TRIGGER PWN BEFORE INSERT ON CODING FOR EACH ROW CALL '" + MarkerTrigger.class.getName() + "'");
        byte[] before = Files.readAllBytes(secret.resolve("caravan.mv.db"));
        assertThatThrownBy(() -> new H2ProjectStores().open(secret, pw.clone()))
                .isInstanceOf(ForeignObjectsException.class)
                .hasMessageContaining("trigger PUBLIC.PWN");
        assertThat(marker).doesNotExist();
        assertThat(Files.readAllBytes(secret.resolve("caravan.mv.db"))).isEqualTo(before);
    }

    @Test
    void aCleanProjectStillOpens() {
        try (ProjectStore s = new H2ProjectStores().open(dir)) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("p");
        }
    }

    /** `caravan password` opens a copy of the database with H2: the planted schema is refused before that. */
    @Test
    void aPasswordChangeRefusesAPlantedProjectBeforeCopyingIt() throws Exception {
        plant(
                dir,
                null,
                "CREATE TRIGGER PWN BEFORE INSERT ON CODING FOR EACH ROW CALL '" + MarkerTrigger.class.getName() + "'");
        assertThatThrownBy(() -> new H2ProjectStores().changePassword(dir, null, "a new password".toCharArray()))
                .isInstanceOf(ForeignObjectsException.class)
                .hasMessageContaining("trigger PUBLIC.PWN");
        assertThat(marker).doesNotExist();
        assertThat(dir.resolve(PasswordChange.STAGING)).doesNotExist();
        assertThat(new H2ProjectStores().encrypted(dir)).isFalse();
    }

    /**
     * The check compares structure, not the names H2 generates: a project the old format-1 restore
     * rebuilt from H2's SCRIPT (other index names, foreign keys sharing an index) still opens, and so
     * does a project made at schema v1 and upgraded to v2.
     */
    @Test
    void projectsRebuiltFromAScriptOrUpgradedFromV1StillOpen() throws Exception {
        try (ProjectStore s = new H2ProjectStores().open(dir)) {
            s.write(x -> {
                Connection c = ((JdbcSession) x).connection();
                SchemaBackupTest.sql(c, "INSERT INTO coder (name, color) VALUES ('anna', '#112233')");
                SchemaBackupTest.sql(
                        c,
                        "INSERT INTO pseudonym (real_name, pseudonym, created_at, guid) VALUES ('Иван', 'Пётр', CURRENT_TIMESTAMP,"
                                + " RANDOM_UUID())");
                return null;
            });
        }
        Path sql = tmp.resolve("old.sql");
        try (Connection c = H2ProjectStores.dataSource(H2ProjectStores.url(dir), null)
                        .getConnection();
                Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + sql + "'");
        }
        Path rebuilt = tmp.resolve("rebuilt");
        Files.createDirectories(rebuilt);
        try (Connection c = H2ProjectStores.dataSource(H2ProjectStores.url(rebuilt), null)
                        .getConnection();
                Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + sql + "'");
        }
        try (ProjectStore s = new H2ProjectStores().open(rebuilt)) {
            assertThat(s.read(x -> x.coders().all()).toString()).contains("anna");
        }

        Path old = tmp.resolve("v1");
        Files.createDirectories(old);
        org.h2.jdbcx.JdbcDataSource v1 = H2ProjectStores.dataSource(H2ProjectStores.url(old), null);
        Migrations.at(Migrations.MAIN).flyway(v1, "1").migrate();
        try (Connection c = v1.getConnection()) {
            SchemaBackupTest.sql(
                    c,
                    "INSERT INTO project (id, name, language, created_at, created_by)"
                            + " VALUES (1, 'v1', 'ru', CURRENT_TIMESTAMP, 'Caravan')");
        }
        List<String> notices = new java.util.ArrayList<>();
        new H2ProjectStores(notices::add).open(old).close();
        assertThat(notices).singleElement().asString().contains("from v1 to v" + SchemaBackupTest.CURRENT);
        try (ProjectStore s = new H2ProjectStores().open(old)) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("v1");
        }
    }

    private ForeignObjectsException refusedUnchanged(String named) throws Exception {
        Path db = dir.resolve("caravan.mv.db");
        byte[] before = Files.readAllBytes(db);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (ProjectStore s = new H2ProjectStores().open(dir)) {
                // what `caravan code` does next: a coding row, which fires triggers and checks
                s.write(x -> {
                    Connection c = ((JdbcSession) x).connection();
                    SchemaBackupTest.sql(
                            c,
                            "INSERT INTO document (guid, name, language, text, text_length, text_hash, word_count,"
                                    + " imported_at) VALUES ('g1', 'd', 'ru', 'текст', 5, 'h', 1, CURRENT_TIMESTAMP)");
                    SchemaBackupTest.sql(
                            c,
                            "INSERT INTO code (guid, name, color, codable, sort_order)"
                                    + " VALUES ('c1', 'c', '#000000', TRUE, 0)");
                    SchemaBackupTest.sql(c, "INSERT INTO coder (name, color) VALUES ('anna', '#112233')");
                    SchemaBackupTest.sql(
                            c,
                            "INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos, end_pos, created_at)"
                                    + " SELECT 'k1', d.id, k.id, r.id, 0, 1, CURRENT_TIMESTAMP"
                                    + " FROM document d, code k, coder r");
                    return null;
                });
            }
        });
        assertThat(marker).as("the planted command never ran").doesNotExist();
        assertThat(t)
                .as("the project is refused")
                .isInstanceOf(ForeignObjectsException.class)
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining(named)
                .hasMessageContaining("not opened")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readAllBytes(db)).as("nothing was written").isEqualTo(before);
        return (ForeignObjectsException) t;
    }
}
