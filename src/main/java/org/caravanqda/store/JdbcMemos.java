package org.caravanqda.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.caravanqda.app.port.MemoRepository;
import org.caravanqda.model.Memo;

final class JdbcMemos implements MemoRepository {
    private static final String SELECT =
            "SELECT m.id, m.target_kind, m.target_id, m.title, m.text, c.name, m.created_at, m.updated_at FROM memo m"
                    + " LEFT JOIN coder c ON c.id = m.coder_id";
    private final Sql sql;

    JdbcMemos(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Memo m) {
        return sql.insert(
                "INSERT INTO memo (target_kind, target_id, title, text, coder_id, created_at, updated_at, guid)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                m.target().name(),
                m.targetId(),
                m.title(),
                m.text(),
                coderId(m),
                m.createdAt(),
                m.updatedAt(),
                java.util.UUID.randomUUID().toString());
    }

    @Override
    public void restore(Memo m) {
        sql.update(
                "INSERT INTO memo (id, target_kind, target_id, title, text, coder_id, created_at, updated_at, guid)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(),
                m.target().name(),
                m.targetId(),
                m.title(),
                m.text(),
                coderId(m),
                m.createdAt(),
                m.updatedAt(),
                java.util.UUID.randomUUID().toString());
    }

    private Long coderId(Memo m) {
        return m.coder() == null
                ? null
                : sql.one("SELECT id FROM coder WHERE name = ?", rs -> rs.getLong(1), m.coder())
                        .orElseThrow(() -> new IllegalArgumentException("no coder named " + m.coder()));
    }

    @Override
    public List<Memo> all() {
        return sql.list(SELECT + " ORDER BY m.id", JdbcMemos::memo);
    }

    @Override
    public Optional<Memo> find(long id) {
        return sql.one(SELECT + " WHERE m.id = ?", JdbcMemos::memo, id);
    }

    @Override
    public List<Memo> of(Memo.MemoTarget target, long targetId) {
        return sql.list(
                SELECT + " WHERE m.target_kind = ? AND m.target_id = ? ORDER BY m.id",
                JdbcMemos::memo,
                target.name(),
                targetId);
    }

    @Override
    public boolean update(Memo m) {
        return sql.update(
                        "UPDATE memo SET title = ?, text = ?, updated_at = ? WHERE id = ?",
                        m.title(),
                        m.text(),
                        m.updatedAt(),
                        m.id())
                == 1;
    }

    @Override
    public boolean delete(long id) {
        return sql.update("DELETE FROM memo WHERE id = ?", id) == 1;
    }

    private static Memo memo(ResultSet rs) throws SQLException {
        return new Memo(
                rs.getLong(1),
                Memo.MemoTarget.valueOf(rs.getString(2)),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
