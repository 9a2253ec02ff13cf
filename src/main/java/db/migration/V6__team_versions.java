package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Team projects (issue #20, ADR 0026), portable: runs unchanged on H2 and PostgreSQL.
 *
 * <ul>
 *   <li>{@code version} on code, coding, memo, pseudonym and attribute_value: every update or
 *       delete names the version its user saw ({@code UPDATE ... WHERE id = ? AND version = ?}),
 *       so a stale edit is refused instead of overwriting another coder's;
 *   <li>{@code guid} on memo, pseudonym and attribute_value, so records are matched by GUID,
 *       never by name; existing rows get a random one here (a Java migration, because H2 and
 *       PostgreSQL name their UUID functions differently);
 *   <li>{@code coder.login}: the database login a coder row belongs to (row-level security).
 * </ul>
 */
public final class V6__team_versions extends BaseJavaMigration {
    private static final List<String> VERSIONED = List.of("code", "coding", "memo", "pseudonym", "attribute_value");
    private static final List<String> GUIDS = List.of("memo", "pseudonym", "attribute_value");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            for (String table : VERSIONED) {
                st.execute("ALTER TABLE " + table + " ADD COLUMN version BIGINT DEFAULT 0 NOT NULL");
            }
            for (String table : GUIDS) {
                st.execute("ALTER TABLE " + table + " ADD COLUMN guid VARCHAR(36)");
                backfill(c, table);
                st.execute("ALTER TABLE " + table + " ALTER COLUMN guid SET NOT NULL");
                st.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + table + "_guid UNIQUE (guid)");
            }
            st.execute("ALTER TABLE coder ADD COLUMN login VARCHAR(200)");
            st.execute("ALTER TABLE coder ADD CONSTRAINT coder_login UNIQUE (login)");
        }
    }

    private static void backfill(Connection c, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM " + table)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET guid = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setLong(2, id);
                ps.addBatch();
            }
            if (!ids.isEmpty()) {
                ps.executeBatch();
            }
        }
    }
}
