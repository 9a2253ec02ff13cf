package org.caravanqda.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.port.CaseRepository;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.ParticipantCase;

final class JdbcCases implements CaseRepository {
    private final Sql sql;

    JdbcCases(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(ParticipantCase c) {
        long id = sql.insert(
                "INSERT INTO case_record (guid, name, description) VALUES (?, ?, ?)",
                c.guid(),
                c.name(),
                c.description());
        for (long doc : c.documentIds()) {
            sql.update("INSERT INTO case_document (case_id, document_id) VALUES (?, ?)", id, doc);
        }
        return id;
    }

    @Override
    public void rename(long id, String name) {
        sql.update("UPDATE case_record SET name = ? WHERE id = ?", name, id);
    }

    @Override
    public void delete(long id) {
        sql.update("DELETE FROM case_record WHERE id = ?", id);
    }

    @Override
    public void setDocuments(long id, List<Long> documentIds) {
        sql.update("DELETE FROM case_document WHERE case_id = ?", id);
        for (long doc : new java.util.LinkedHashSet<>(documentIds)) {
            sql.update("INSERT INTO case_document (case_id, document_id) VALUES (?, ?)", id, doc);
        }
    }

    @Override
    public List<ParticipantCase> all() {
        Map<Long, List<Long>> docs = new LinkedHashMap<>();
        sql.list(
                "SELECT case_id, document_id FROM case_document ORDER BY case_id, document_id",
                rs -> docs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)));
        return sql.list(
                "SELECT id, guid, name, description FROM case_record ORDER BY name",
                rs -> new ParticipantCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        docs.getOrDefault(rs.getLong(1), List.of())));
    }

    @Override
    public void setValue(long attributeId, long caseId, AttributeType type, Object value) {
        if (value == null) {
            sql.update("DELETE FROM attribute_value WHERE attribute_id = ? AND case_id = ?", attributeId, caseId);
            return;
        }
        // in place, so the value keeps its guid and its version counts its edits (issue #20)
        int changed = sql.update(
                "UPDATE attribute_value SET value_text = ?, value_number = ?, value_date = ?, value_boolean = ?,"
                        + " version = version + 1 WHERE attribute_id = ? AND case_id = ?",
                type == AttributeType.TEXT ? value : null,
                type == AttributeType.NUMBER ? value : null,
                type == AttributeType.DATE ? value : null,
                type == AttributeType.BOOLEAN ? value : null,
                attributeId,
                caseId);
        if (changed > 0) {
            return;
        }
        sql.insert(
                "INSERT INTO attribute_value (attribute_id, case_id, value_text, value_number, value_date,"
                        + " value_boolean, guid) VALUES (?, ?, ?, ?, ?, ?, ?)",
                attributeId,
                caseId,
                type == AttributeType.TEXT ? value : null,
                type == AttributeType.NUMBER ? value : null,
                type == AttributeType.DATE ? value : null,
                type == AttributeType.BOOLEAN ? value : null,
                java.util.UUID.randomUUID().toString());
    }

    @Override
    public Map<Long, List<AttributeValue>> values() {
        Map<Long, List<AttributeValue>> out = new LinkedHashMap<>();
        sql.list(
                "SELECT v.case_id, a.name, a.type, v.value_text, v.value_number, v.value_date, v.value_boolean"
                        + " FROM attribute_value v JOIN attribute a ON a.id = v.attribute_id WHERE v.case_id IS NOT NULL"
                        + " ORDER BY v.case_id, a.sort_order, a.id",
                rs -> {
                    AttributeType type = AttributeType.valueOf(rs.getString(3));
                    Object v = switch (type) {
                        case TEXT -> rs.getString(4);
                        case NUMBER -> rs.getDouble(5);
                        case DATE -> rs.getObject(6, LocalDate.class);
                        case BOOLEAN -> rs.getBoolean(7);
                    };
                    return out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new AttributeValue(rs.getString(2), type, v));
                });
        return out;
    }
}
