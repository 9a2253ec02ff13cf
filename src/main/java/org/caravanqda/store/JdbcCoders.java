package org.caravanqda.store;

import java.util.List;
import java.util.Optional;
import org.caravanqda.app.port.CoderRepository;
import org.caravanqda.model.Coder;

final class JdbcCoders implements CoderRepository {
    private final Sql sql;

    JdbcCoders(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Coder> byName(String name) {
        return sql.one(
                "SELECT id, name, color FROM coder WHERE name = ?",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)),
                name);
    }

    @Override
    public long insert(Coder coder) {
        return sql.insert("INSERT INTO coder (name, color) VALUES (?, ?)", coder.name(), coder.color());
    }

    @Override
    public List<Coder> all() {
        return sql.list(
                "SELECT id, name, color FROM coder ORDER BY name",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }
}
