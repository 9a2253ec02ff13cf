package org.caravanqda.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.port.DocumentRepository;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;

final class JdbcDocuments implements DocumentRepository {
    private static final String COLUMNS =
            "id, guid, name, language, text, text_hash, word_count, imported_at, source_file, memo";
    private final Sql sql;

    JdbcDocuments(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Document d, List<TextUnit> units) {
        long id = sql.insert(
                "INSERT INTO document (guid, name, language, text, text_length, text_hash, word_count,"
                        + " imported_at, source_file, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.guid(),
                d.name(),
                d.language(),
                d.text(),
                d.text().length(),
                d.textHash(),
                d.words(),
                d.importedAt(),
                d.sourceFile(),
                d.memo());
        insertUnits(id, units);
        return id;
    }

    private void insertUnits(long id, List<TextUnit> units) {
        try (PreparedStatement ps = sql.prepare("INSERT INTO text_unit (document_id, ordinal, kind, speaker, start_pos,"
                + " end_pos, start_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (TextUnit u : units) {
                ps.setLong(1, id);
                ps.setInt(2, u.ordinal());
                ps.setString(3, u.kind().label());
                ps.setString(4, u.speaker());
                ps.setInt(5, u.start());
                ps.setInt(6, u.end());
                if (u.startMs() == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, u.startMs());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    @Override
    public void replaceText(long id, String text, String textHash, int words, List<TextUnit> units) {
        sql.update(
                "UPDATE document SET text = ?, text_length = ?, text_hash = ?, word_count = ? WHERE id = ?",
                text,
                text.length(),
                textHash,
                words,
                id);
        sql.update("DELETE FROM text_unit WHERE document_id = ?", id);
        insertUnits(id, units);
    }

    @Override
    public void rename(long id, String name) {
        sql.update("UPDATE document SET name = ? WHERE id = ?", name, id);
    }

    @Override
    public void delete(long id) {
        // everything that names the document goes with it (ON DELETE CASCADE); memos name it by id
        sql.update("DELETE FROM document WHERE id = ?", id);
    }

    @Override
    public Optional<Document> byName(String name) {
        return sql.one("SELECT " + COLUMNS + " FROM document WHERE name = ?", JdbcDocuments::document, name);
    }

    @Override
    public Optional<Document> byId(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM document WHERE id = ?", JdbcDocuments::document, id);
    }

    @Override
    public List<Document> all() {
        return sql.list("SELECT " + COLUMNS + " FROM document ORDER BY name", JdbcDocuments::document);
    }

    @Override
    public List<DocumentSummary> summaries() {
        Map<Long, List<String>> speakers = speakers();
        return sql.list(
                "SELECT d.id, d.name, d.language, d.word_count, d.text_length,"
                        + " (SELECT COUNT(*) FROM text_unit u WHERE u.document_id = d.id) AS units"
                        + " FROM document d ORDER BY d.name",
                rs -> new DocumentSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("language"),
                        rs.getInt("word_count"),
                        rs.getInt("units"),
                        speakers.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getInt("text_length")));
    }

    /**
     * Each document's distinct speakers in order, in one portable query (H2's LISTAGG is not
     * PostgreSQL's string_agg; grouping here needs neither).
     */
    private Map<Long, List<String>> speakers() {
        Map<Long, List<String>> out = new HashMap<>();
        sql.list(
                "SELECT DISTINCT document_id, speaker FROM text_unit WHERE speaker IS NOT NULL",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        out.values().forEach(java.util.Collections::sort); // in Java: the same order on every engine and locale
        return out;
    }

    @Override
    public List<TextUnit> units(long documentId) {
        return sql.list(
                "SELECT ordinal, kind, speaker, start_pos, end_pos, start_ms FROM text_unit"
                        + " WHERE document_id = ? ORDER BY ordinal",
                rs -> new TextUnit(
                        rs.getInt(1),
                        UnitKind.parse(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        Sql.nullableLong(rs, "start_ms")),
                documentId);
    }

    @Override
    public List<String> names() {
        return new ArrayList<>(sql.list("SELECT name FROM document ORDER BY name", rs -> rs.getString(1)));
    }

    @Override
    public long count() {
        return sql.rows("document");
    }

    @Override
    public long totalWords() {
        return sql.number("SELECT COALESCE(SUM(word_count), 0) FROM document");
    }

    @Override
    public long unitCount() {
        return sql.rows("text_unit");
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(
                rs.getLong("id"),
                rs.getString("guid"),
                rs.getString("name"),
                rs.getString("language"),
                rs.getString("text"),
                rs.getString("text_hash"),
                rs.getInt("word_count"),
                Sql.instant(rs, "imported_at"),
                rs.getString("source_file"),
                rs.getString("memo"));
    }
}
