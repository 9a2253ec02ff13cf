package org.caravanqda.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.port.AttributeRepository;
import org.caravanqda.app.port.AttributeRepository.ValueRow;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;

final class JdbcAttributes implements AttributeRepository {
    private final Sql sql;

    JdbcAttributes(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long define(String name, AttributeType type) {
        return sql.one(
                        "SELECT id, type FROM attribute WHERE name = ?",
                        rs -> {
                            long id = rs.getLong(1);
                            if (!rs.getString(2).equals(type.name())) {
                                sql.update("UPDATE attribute SET type = ? WHERE id = ?", type.name(), id);
                            }
                            return id;
                        },
                        name)
                .orElseGet(() -> sql.insert(
                        "INSERT INTO attribute (name, type, sort_order) VALUES (?, ?, ?)",
                        name,
                        type.name(),
                        sql.rows("attribute")));
    }

    @Override
    public void setForDocument(long attributeId, long documentId, AttributeType type, Object value) {
        if (value == null) {
            sql.update(
                    "DELETE FROM attribute_value WHERE attribute_id = ? AND document_id = ?", attributeId, documentId);
            return;
        }
        // in place, so the value keeps its guid and its version counts its edits (issue #20)
        int changed = sql.update(
                "UPDATE attribute_value SET value_text = ?, value_number = ?, value_date = ?, value_boolean = ?,"
                        + " version = version + 1 WHERE attribute_id = ? AND document_id = ?",
                type == AttributeType.TEXT ? value : null,
                type == AttributeType.NUMBER ? value : null,
                type == AttributeType.DATE ? value : null,
                type == AttributeType.BOOLEAN ? value : null,
                attributeId,
                documentId);
        if (changed > 0) {
            return;
        }
        // a new value starts at version 1: version 0 is what an edit names when its user saw no value
        sql.insert(
                "INSERT INTO attribute_value (attribute_id, document_id, value_text, value_number, value_date,"
                        + " value_boolean, guid, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                attributeId,
                documentId,
                type == AttributeType.TEXT ? value : null,
                type == AttributeType.NUMBER ? value : null,
                type == AttributeType.DATE ? value : null,
                type == AttributeType.BOOLEAN ? value : null,
                java.util.UUID.randomUUID().toString());
    }

    @Override
    public Optional<ValueRow> valueRow(long attributeId, long documentId) {
        return sql.one(
                "SELECT id, version FROM attribute_value WHERE attribute_id = ? AND document_id = ?",
                rs -> new ValueRow(rs.getLong(1), rs.getLong(2)),
                attributeId,
                documentId);
    }

    @Override
    public Map<Long, Map<String, Long>> versionsByDocument() {
        Map<Long, Map<String, Long>> out = new LinkedHashMap<>();
        sql.list(
                "SELECT v.document_id, a.name, v.version FROM attribute_value v JOIN attribute a ON a.id = v.attribute_id"
                        + " WHERE v.document_id IS NOT NULL",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3)));
        return out;
    }

    @Override
    public Map<String, AttributeType> definitions() {
        Map<String, AttributeType> out = new LinkedHashMap<>();
        sql.list(
                "SELECT name, type FROM attribute ORDER BY sort_order, id",
                rs -> out.put(rs.getString(1), AttributeType.valueOf(rs.getString(2))));
        return out;
    }

    @Override
    public Map<Long, List<AttributeValue>> byDocument() {
        Map<Long, List<AttributeValue>> out = new LinkedHashMap<>();
        sql.list(
                "SELECT v.document_id, a.name, a.type, v.value_text, v.value_number, v.value_date, v.value_boolean"
                        + " FROM attribute_value v JOIN attribute a ON a.id = v.attribute_id WHERE v.document_id IS NOT NULL"
                        + " ORDER BY v.document_id, a.sort_order, a.id",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(value(rs)));
        return out;
    }

    private static AttributeValue value(ResultSet rs) throws SQLException {
        AttributeType type = AttributeType.valueOf(rs.getString("type"));
        Object v = switch (type) {
            case TEXT -> rs.getString("value_text");
            case NUMBER -> rs.getDouble("value_number");
            case DATE -> rs.getObject("value_date", LocalDate.class);
            case BOOLEAN -> rs.getBoolean("value_boolean");
        };
        return new AttributeValue(rs.getString("name"), type, v);
    }
}
