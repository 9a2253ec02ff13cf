package org.caravanqda.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.caravanqda.app.port.CodeRepository;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;

final class JdbcCodes implements CodeRepository {
    private final Sql sql;

    JdbcCodes(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Code c) {
        return sql.insert(
                "INSERT INTO code (guid, parent_id, name, color, definition, inclusion, exclusion, example,"
                        + " codable, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.guid(),
                c.parentId(),
                c.name(),
                c.color(),
                c.definition(),
                c.inclusion(),
                c.exclusion(),
                c.example(),
                c.codable(),
                c.sortOrder());
    }

    @Override
    public void update(Code c) {
        sql.update(
                "UPDATE code SET parent_id = ?, name = ?, color = ?, definition = ?, inclusion = ?, exclusion = ?,"
                        + " example = ?, codable = ?, sort_order = ? WHERE id = ?",
                c.parentId(),
                c.name(),
                c.color(),
                c.definition(),
                c.inclusion(),
                c.exclusion(),
                c.example(),
                c.codable(),
                c.sortOrder(),
                c.id());
    }

    @Override
    public void delete(long id) {
        sql.update("DELETE FROM code WHERE id = ?", id);
    }

    @Override
    public Codebook codebook() {
        return new Codebook(all());
    }

    @Override
    public List<Code> all() {
        return sql.list(
                "SELECT id, guid, parent_id, name, color, definition, inclusion, exclusion, example, codable,"
                        + " sort_order FROM code ORDER BY sort_order, id",
                JdbcCodes::code);
    }

    private static Code code(ResultSet rs) throws SQLException {
        return new Code(
                rs.getLong("id"),
                rs.getString("guid"),
                Sql.nullableLong(rs, "parent_id"),
                rs.getString("name"),
                rs.getString("color"),
                rs.getString("definition"),
                rs.getString("inclusion"),
                rs.getString("exclusion"),
                rs.getString("example"),
                rs.getBoolean("codable"),
                rs.getInt("sort_order"));
    }
}
