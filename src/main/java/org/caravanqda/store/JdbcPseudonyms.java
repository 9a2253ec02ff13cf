package org.caravanqda.store;

import java.util.List;
import java.util.Optional;
import org.caravanqda.app.port.PseudonymRepository;
import org.caravanqda.model.Pseudonym;

final class JdbcPseudonyms implements PseudonymRepository {
    private static final String COLUMNS = "SELECT id, real_name, pseudonym, kind, notes, created_at FROM pseudonym";
    private final Sql sql;

    JdbcPseudonyms(Sql sql) {
        this.sql = sql;
    }

    private static Pseudonym row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Pseudonym(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Sql.instant(rs, "created_at"));
    }

    @Override
    public List<Pseudonym> all() {
        return sql.list(COLUMNS + " ORDER BY real_name", JdbcPseudonyms::row);
    }

    @Override
    public Optional<Pseudonym> byRealName(String realName) {
        return sql.one(COLUMNS + " WHERE real_name = ?", JdbcPseudonyms::row, realName);
    }

    @Override
    public long insert(Pseudonym p) {
        return sql.insert(
                "INSERT INTO pseudonym (real_name, pseudonym, kind, notes, created_at, guid) VALUES (?, ?, ?, ?, ?, ?)",
                p.realName(),
                p.pseudonym(),
                p.kind(),
                p.notes(),
                p.createdAt(),
                java.util.UUID.randomUUID().toString());
    }

    @Override
    public void update(Pseudonym p) {
        sql.update(
                "UPDATE pseudonym SET real_name = ?, pseudonym = ?, kind = ?, notes = ? WHERE id = ?",
                p.realName(),
                p.pseudonym(),
                p.kind(),
                p.notes(),
                p.id());
    }

    @Override
    public void delete(long id) {
        sql.update("DELETE FROM pseudonym WHERE id = ?", id);
    }

    @Override
    public int clear() {
        return sql.update("DELETE FROM pseudonym");
    }

    @Override
    public long count() {
        return sql.rows("pseudonym");
    }
}
