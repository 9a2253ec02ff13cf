package org.caravanqda.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Thin JDBC helpers: bind parameters, map rows, turn SQLException into StoreFailure. */
final class Sql {
    private final Connection c;

    Sql(Connection c) {
        this.c = c;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long number(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /**
     * The rows of {@code table} (a fixed name, never user input), counted by scanning its primary
     * key: H2's bare COUNT(*) answers from the table's row counter, which can disagree with the
     * rows after a crash (h2database#2080; seen in KillIT).
     */
    long rows(String table) {
        return number("SELECT COUNT(*) FROM " + table + " WHERE id > 0");
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** Inserts one row and returns its generated {@code id}. */
    long insert(String sql, Object... params) {
        return insertReturning("id", sql, params);
    }

    /**
     * Inserts one row and returns its generated {@code key} column: only that column comes back
     * (with RETURN_GENERATED_KEYS PostgreSQL's driver returns every column, a transcript's text too).
     */
    long insertReturning(String key, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {keyName(key)})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** The key column as the database spells unquoted names: upper case on H2, lower on PostgreSQL. */
    private String keyName(String key) throws SQLException {
        return c.getMetaData().storesLowerCaseIdentifiers()
                ? key.toLowerCase(java.util.Locale.ROOT)
                : key.toUpperCase(java.util.Locale.ROOT);
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return c.prepareStatement(sql);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                ps.setObject(i + 1, t.atOffset(java.time.ZoneOffset.UTC)); // a TIMESTAMP WITH TIME ZONE (V7)
            } else if (p instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
