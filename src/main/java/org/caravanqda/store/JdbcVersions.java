package org.caravanqda.store;

import java.util.OptionalLong;
import org.caravanqda.app.port.Versions;

final class JdbcVersions implements Versions {
    private final Sql sql;

    JdbcVersions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public OptionalLong current(Versioned kind, long id) {
        return sql.one("SELECT version FROM " + kind.table() + " WHERE id = ?", rs -> rs.getLong(1), id)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public boolean bump(Versioned kind, long id, Long seen) {
        String update = "UPDATE " + kind.table() + " SET version = version + 1 WHERE id = ?";
        return seen == null ? sql.update(update, id) == 1 : sql.update(update + " AND version = ?", id, seen) == 1;
    }
}
