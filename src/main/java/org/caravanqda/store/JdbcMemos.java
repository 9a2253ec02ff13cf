package org.caravanqda.store;

import java.util.List;
import org.caravanqda.app.port.MemoRepository;
import org.caravanqda.model.Memo;

final class JdbcMemos implements MemoRepository {
    private final Sql sql;

    JdbcMemos(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Memo m) {
        Long coderId = m.coder() == null
                ? null
                : sql.one("SELECT id FROM coder WHERE name = ?", rs -> rs.getLong(1), m.coder())
                        .orElseThrow(() -> new IllegalArgumentException("no coder named " + m.coder()));
        return sql.insert(
                "INSERT INTO memo (target_kind, target_id, title, text, coder_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                m.target().name(),
                m.targetId(),
                m.title(),
                m.text(),
                coderId,
                m.createdAt());
    }

    @Override
    public List<Memo> all() {
        return sql.list(
                "SELECT m.id, m.target_kind, m.target_id, m.title, m.text, c.name, m.created_at FROM memo m"
                        + " LEFT JOIN coder c ON c.id = m.coder_id ORDER BY m.id",
                rs -> new Memo(
                        rs.getLong(1),
                        Memo.MemoTarget.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Sql.instant(rs, "created_at")));
    }
}
