package org.caravanqda.store;

import java.time.Instant;
import java.util.List;
import org.caravanqda.app.port.ChangeLog;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;

final class JdbcChangeLog implements ChangeLog {
    private final Sql sql;

    JdbcChangeLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long append(String coder, ChangeAction action, String payloadJson) {
        return sql.insertReturning(
                "seq",
                "INSERT INTO change_log (at, coder, action, payload) VALUES (?, ?, ?, ?)",
                Instant.now(),
                coder,
                action.stored(),
                payloadJson);
    }

    @Override
    public long generation() {
        return sql.number("SELECT COALESCE(MAX(seq), 0) FROM change_log");
    }

    @Override
    public List<ChangeEntry> since(long sequence) {
        return sql.list(
                "SELECT seq, at, coder, action, payload FROM change_log WHERE seq > ? ORDER BY seq",
                rs -> new ChangeEntry(
                        rs.getLong(1),
                        Sql.instant(rs, "at"),
                        rs.getString(3),
                        ChangeAction.fromStored(rs.getString(4)),
                        rs.getString(5)),
                sequence);
    }
}
