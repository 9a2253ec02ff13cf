package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity values are reserved in blocks of 100,000 (db/h2/V8, ADR 0037): with H2's 32, every 32nd row of
 * a long write committed H2's system session, which wrote the whole open transaction to the file again.
 */
class IdentityBlocksTest {
    @TempDir
    Path tmp;

    @Test
    void everyIdentityColumnOfAFolderProjectReservesBlocksOf100000() throws Exception {
        try (ProjectStore s = new H2ProjectStores().create(tmp.resolve("p"), "p", "ru")) {
            Map<String, Long> caches = s.write(x -> identityCaches(((JdbcSession) x).connection()));
            assertThat(caches)
                    .hasSizeGreaterThanOrEqualTo(12)
                    .containsKeys("TEXT_UNIT.ID", "CODING.ID", "CHANGE_LOG.SEQ");
            assertThat(caches.values()).allMatch(cache -> cache == 100_000L, "100,000: " + caches);
        }
    }

    @Test
    void aWriteOf20000TurnsIsWrittenToTheFileOnceNotEvery32Rows() throws Exception {
        try (ProjectStore s = new H2ProjectStores().create(tmp.resolve("p"), "p", "ru")) {
            long writes = s.write(x -> {
                Connection c = ((JdbcSession) x).connection();
                long before = fileWrites(c);
                SchemaBackupTest.sql(
                        c,
                        "INSERT INTO document (guid, name, language, text, text_length, text_hash, word_count,"
                                + " imported_at) VALUES ('g', 'a.txt', 'ru', 'да', 2, 'h', 1, CURRENT_TIMESTAMP)");
                turns(c, 20_000);
                return fileWrites(c) - before;
            });
            // H2's 32 made 625 writes here (8.6 MB for 20,000 rows of a few bytes)
            assertThat(writes).isLessThan(5);
        }
    }

    @Test
    void aCleanCloseLeavesNoGapInTheIds() throws Exception {
        Path dir = tmp.resolve("p");
        new H2ProjectStores().create(dir, "p", "ru").close();
        List<Long> ids = new ArrayList<>();
        for (String coder : List.of("anna", "boris", "chingiz")) {
            try (ProjectStore s = new H2ProjectStores().open(dir)) {
                s.write(x -> {
                    SchemaBackupTest.sql(
                            ((JdbcSession) x).connection(),
                            "INSERT INTO coder (name, color) VALUES ('" + coder + "', '#112233')");
                    return null;
                });
            }
        }
        for (String id : SchemaBackupTest.strings(dir, "SELECT id FROM coder ORDER BY id")) {
            ids.add(Long.parseLong(id));
        }
        assertThat(ids).hasSize(3);
        assertThat(ids.get(2) - ids.get(0)).isEqualTo(2);
    }

    private static void turns(Connection c, int count) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO text_unit (document_id, ordinal, kind, start_pos,"
                + " end_pos) SELECT id, ?, 'turn', 0, 2 FROM document")) {
            for (int i = 0; i < count; i++) {
                ps.setInt(1, i);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    private static Map<String, Long> identityCaches(Connection c) {
        Map<String, Long> out = new TreeMap<>();
        try (ResultSet rs = c.createStatement()
                .executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rs.next()) {
                out.put(rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
        return out;
    }

    private static long fileWrites(Connection c) {
        try (ResultSet rs = c.createStatement()
                .executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }
}
