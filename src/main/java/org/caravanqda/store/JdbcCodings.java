package org.caravanqda.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.CodingRepository;
import org.caravanqda.model.Coding;

final class JdbcCodings implements CodingRepository {
    private static final String SELECT = "SELECT g.id, g.guid, g.document_id, g.code_id, r.name AS coder, g.start_pos,"
            + " g.end_pos, g.created_at, g.memo FROM coding g JOIN coder r ON r.id = g.coder_id";
    private final Sql sql;

    JdbcCodings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Coding c) {
        long coderId = sql.one("SELECT id FROM coder WHERE name = ?", rs -> rs.getLong(1), c.coder())
                .orElseThrow(() -> new IllegalStateException("coder not stored: " + c.coder()));
        return sql.insert(
                "INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos, end_pos, created_at, memo)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                c.guid(),
                c.documentId(),
                c.codeId(),
                coderId,
                c.start(),
                c.end(),
                c.createdAt(),
                c.memo());
    }

    @Override
    public void insertAll(List<Coding> codings) {
        Map<String, Long> coderIds = new HashMap<>();
        sql.list("SELECT id, name FROM coder", rs -> coderIds.put(rs.getString(2), rs.getLong(1)));
        try (java.sql.PreparedStatement ps =
                sql.prepare("INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos,"
                        + " end_pos, created_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Coding c : codings) {
                Sql.bind(
                        ps,
                        c.guid(),
                        c.documentId(),
                        c.codeId(),
                        coderIds.get(c.coder()),
                        c.start(),
                        c.end(),
                        c.createdAt(),
                        c.memo());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    @Override
    public Optional<Coding> byId(long id) {
        return sql.one(SELECT + " WHERE g.id = ?", JdbcCodings::coding, id);
    }

    @Override
    public boolean move(long id, int start, int end) {
        return sql.update("UPDATE coding SET start_pos = ?, end_pos = ? WHERE id = ?", start, end, id) == 1;
    }

    @Override
    public void restore(Coding c) {
        long coderId = sql.one("SELECT id FROM coder WHERE name = ?", rs -> rs.getLong(1), c.coder())
                .orElseThrow(() -> new IllegalStateException("coder not stored: " + c.coder()));
        sql.update(
                "INSERT INTO coding (id, guid, document_id, code_id, coder_id, start_pos, end_pos, created_at, memo)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(),
                c.guid(),
                c.documentId(),
                c.codeId(),
                coderId,
                c.start(),
                c.end(),
                c.createdAt(),
                c.memo());
    }

    @Override
    public boolean delete(long id) {
        return sql.update("DELETE FROM coding WHERE id = ?", id) == 1;
    }

    @Override
    public int reassign(long fromCodeId, long toCodeId) {
        sql.update("UPDATE orphan_coding SET code_id = ? WHERE code_id = ?", toCodeId, fromCodeId);
        return sql.update("UPDATE coding SET code_id = ? WHERE code_id = ?", toCodeId, fromCodeId);
    }

    @Override
    public boolean updateMemo(long id, String memo) {
        return sql.update("UPDATE coding SET memo = ? WHERE id = ?", memo, id) == 1;
    }

    @Override
    public List<Coding> find(CodingFilter f) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.documentId() != null) {
            where.add("g.document_id = ?");
            params.add(f.documentId());
        }
        if (f.codeIds() != null && !f.codeIds().isEmpty()) {
            // ids come from the codebook, never from user text: safe to inline
            where.add("g.code_id IN ("
                    + f.codeIds().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }
        if (f.coder() != null) {
            where.add("r.name = ?");
            params.add(f.coder());
        }
        String sqlText = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY g.document_id, g.start_pos, g.end_pos, g.id";
        return sql.list(sqlText, JdbcCodings::coding, params.toArray());
    }

    @Override
    public long count() {
        return sql.rows("coding");
    }

    @Override
    public Map<Long, Integer> countsByCode() {
        Map<Long, Integer> out = new HashMap<>();
        sql.list("SELECT code_id, COUNT(*) FROM coding GROUP BY code_id", rs -> out.put(rs.getLong(1), rs.getInt(2)));
        return out;
    }

    @Override
    public List<Use> uses() {
        return sql.list(
                "SELECT g.code_id, r.name, g.document_id, COUNT(*) FROM coding g JOIN coder r ON r.id = g.coder_id"
                        + " GROUP BY g.code_id, r.name, g.document_id",
                rs -> new Use(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4)));
    }

    private static Coding coding(ResultSet rs) throws SQLException {
        return new Coding(
                rs.getLong("id"),
                rs.getString("guid"),
                rs.getLong("document_id"),
                rs.getLong("code_id"),
                rs.getString("coder"),
                rs.getInt("start_pos"),
                rs.getInt("end_pos"),
                Sql.instant(rs, "created_at"),
                rs.getString("memo"));
    }
}
