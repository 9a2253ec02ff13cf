package org.caravanqda.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caravanqda.app.common.CaravanException;

/**
 * Copies every row of a project between an H2 database and a PostgreSQL one at the same schema
 * version (issue 20: {@code team publish} and {@code team snapshot}): rows keep their ids and
 * guids, parents go before children, a code's parent is set once every code is in, and each
 * identity continues after the copied ids. The H2 side names the tables and columns (its own
 * INFORMATION_SCHEMA, the schema Caravan's migrations made); nothing in the data is ever run.
 * The target must be empty but for the project row its creation made, which the copy replaces.
 */
public final class RowCopy {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int BATCH = 500;

    private RowCopy() {}

    /** Which way the rows go. */
    public enum Direction {
        H2_TO_POSTGRESQL,
        POSTGRESQL_TO_H2
    }

    /**
     * Copies all rows from {@code from} to {@code to} within {@code to}'s transaction (the caller
     * commits); returns the rows copied per table, in copy order.
     */
    public static Map<String, Long> copy(Connection from, Connection to, Direction direction) {
        Connection h2 = direction == Direction.H2_TO_POSTGRESQL ? from : to;
        try {
            List<BackupTables.TableShape> tables = ordered(h2, BackupTables.of(h2));
            refuseNonEmpty(to, tables);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (BackupTables.TableShape t : tables) {
                counts.put(name(t.name()), copyTable(from, to, t, selfReferences(h2, t)));
            }
            for (BackupTables.TableShape t : tables) {
                for (BackupTables.ColumnShape col : t.columns()) {
                    if (col.identity()) {
                        continueIdentity(to, h2, t, col, direction);
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** The target holds nothing but the project row its creation made (removed here: the source's comes instead). */
    private static void refuseNonEmpty(Connection to, List<BackupTables.TableShape> tables) throws SQLException {
        for (BackupTables.TableShape t : tables) {
            String n = name(t.name());
            try (Statement st = to.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + n)) {
                rs.next();
                long rows = rs.getLong(1);
                if (rows > (n.equals("project") ? 1 : 0)) {
                    throw new CaravanException("the target already holds a project's data (table " + n + " has " + rows
                            + " rows): copy only into an empty one; nothing was changed");
                }
            }
        }
        try (Statement st = to.createStatement()) {
            st.executeUpdate("DELETE FROM project");
        }
    }

    private static long copyTable(Connection from, Connection to, BackupTables.TableShape t, Set<String> selfRefs)
            throws SQLException {
        List<String> cols = new ArrayList<>();
        for (BackupTables.ColumnShape c : t.columns()) {
            cols.add(name(c.name()));
        }
        String list = String.join(", ", cols);
        String table = name(t.name());
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")";
        List<Object[]> later = new ArrayList<>(); // (self reference values..., first column) for the UPDATE after
        long rows = 0;
        try (Statement st = from.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY " + cols.get(0));
                PreparedStatement ps = to.prepareStatement(insert)) {
            st.setFetchSize(BATCH);
            while (rs.next()) {
                Object[] self = new Object[selfRefs.size() + 1];
                int s = 0;
                for (int i = 0; i < cols.size(); i++) {
                    Object v = value(rs, i + 1, t.columns().get(i).type());
                    if (selfRefs.contains(cols.get(i))) {
                        self[s++] = v;
                        v = null;
                    }
                    ps.setObject(i + 1, v);
                }
                if (!selfRefs.isEmpty()) {
                    self[s] = value(rs, 1, t.columns().get(0).type());
                    later.add(self);
                }
                ps.addBatch();
                if (++rows % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        if (!selfRefs.isEmpty()) {
            List<String> refs = new ArrayList<>(selfRefs);
            StringBuilder set = new StringBuilder();
            for (String r : refs) {
                set.append(set.length() == 0 ? "" : ", ").append(r).append(" = ?");
            }
            try (PreparedStatement ps =
                    to.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + cols.get(0) + " = ?")) {
                for (Object[] row : later) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    private static Object value(ResultSet rs, int i, String type) throws SQLException {
        return switch (type) {
            case "TIMESTAMP WITH TIME ZONE" -> rs.getObject(i, OffsetDateTime.class);
            case "TIMESTAMP" -> rs.getObject(i, LocalDateTime.class);
            case "DATE" -> rs.getObject(i, LocalDate.class);
            default -> rs.getObject(i);
        };
    }

    /** The next id continues after the copied ones (and after the source's own next value on H2, ids are never reused). */
    private static void continueIdentity(
            Connection to, Connection h2, BackupTables.TableShape t, BackupTables.ColumnShape col, Direction direction)
            throws SQLException {
        String table = name(t.name());
        String column = name(col.name());
        long next;
        try (Statement st = to.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        if (direction == Direction.H2_TO_POSTGRESQL) {
            next = Math.max(next, BackupTables.nextIdentity(h2, t, col));
            try (PreparedStatement ps = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                ps.setString(1, table);
                ps.setString(2, column);
                ps.setLong(3, next);
                ps.executeQuery().close();
            }
        } else {
            try (Statement st = to.createStatement()) {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
            }
        }
    }

    /** Tables whose rows others refer to come first. */
    private static List<BackupTables.TableShape> ordered(Connection h2, List<BackupTables.TableShape> tables)
            throws SQLException {
        Map<String, BackupTables.TableShape> left = new LinkedHashMap<>();
        tables.forEach(t -> left.put(t.name(), t));
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        DatabaseMetaData md = h2.getMetaData();
        for (BackupTables.TableShape t : tables) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, "PUBLIC", t.name())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(t.name())) {
                        p.add(parent);
                    }
                }
            }
            parents.put(t.name(), p);
        }
        List<BackupTables.TableShape> out = new ArrayList<>();
        while (!left.isEmpty()) {
            BackupTables.TableShape next = left.values().stream()
                    .filter(t -> parents.get(t.name()).stream().noneMatch(left::containsKey))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tables refer to each other in a cycle"));
            out.add(next);
            left.remove(next.name());
        }
        return out;
    }

    /** The columns of {@code t} that refer to {@code t} itself (a code's parent). */
    private static Set<String> selfReferences(Connection h2, BackupTables.TableShape t) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (ResultSet rs = h2.getMetaData().getImportedKeys(null, "PUBLIC", t.name())) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equals(t.name())) {
                    out.add(name(rs.getString("FKCOLUMN_NAME")));
                }
            }
        }
        return out;
    }

    /** A schema name as unquoted SQL in lower case (the same table on both engines); anything else is refused. */
    private static String name(String schemaName) {
        if (!NAME.matcher(schemaName).matches()) {
            throw new IllegalStateException("an unexpected name in the schema: " + schemaName);
        }
        return schemaName.toLowerCase(Locale.ROOT);
    }
}
