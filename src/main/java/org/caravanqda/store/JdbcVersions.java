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

    /** In batches of {@value #BATCH} ids, one query each. */
    @Override
    public java.util.Map<Long, Long> current(Versioned kind, java.util.Collection<Long> ids) {
        java.util.List<Long> all = java.util.List.copyOf(ids);
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            java.util.List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            sql.list(
                            "SELECT id, version FROM " + kind.table() + " WHERE id IN (" + marks + ")",
                            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                            batch.toArray())
                    .forEach(r -> out.put(r[0], r[1]));
        }
        return out;
    }

    private static final int BATCH = 500;

    @Override
    public boolean bump(Versioned kind, long id, Long seen) {
        String update = "UPDATE " + kind.table() + " SET version = version + 1 WHERE id = ?";
        return seen == null ? sql.update(update, id) == 1 : sql.update(update + " AND version = ?", id, seen) == 1;
    }
}
