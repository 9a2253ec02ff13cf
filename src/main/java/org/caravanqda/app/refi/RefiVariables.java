package org.caravanqda.app.refi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.AttributeType;

/** REFI-QDA variables to Caravan attributes: Integer and Float become numbers, DateTime a date. */
final class RefiVariables {
    private final StoreSession s;
    private final RefiImportLog log;
    private final Map<String, RefiProject.Variable> variables = new HashMap<>();
    private final Map<String, Long> attributeIds = new HashMap<>();
    private int count;

    RefiVariables(StoreSession s, RefiProject p, RefiImportLog log) {
        this.s = s;
        this.log = log;
        p.variables().forEach(v -> variables.put(v.guid(), v));
    }

    static AttributeType type(String refiType) {
        return switch (refiType == null ? "" : refiType.strip().toLowerCase(Locale.ROOT)) {
            case "boolean" -> AttributeType.BOOLEAN;
            case "integer", "float" -> AttributeType.NUMBER;
            case "date", "datetime" -> AttributeType.DATE;
            default -> AttributeType.TEXT;
        };
    }

    void setForDocument(Long documentId, List<RefiProject.Value> values, String where) {
        for (RefiProject.Value v : values) {
            Object[] parsed = parse(v, where);
            if (parsed != null && documentId != null) {
                s.attributes().setForDocument((Long) parsed[0], documentId, (AttributeType) parsed[1], parsed[2]);
                count++;
            } else if (parsed != null) {
                log.notImported("value of " + variables.get(v.variableGuid()).name() + " on " + where
                        + ": the source was not imported");
            }
        }
    }

    void setForCase(long caseId, List<RefiProject.Value> values, String where) {
        for (RefiProject.Value v : values) {
            Object[] parsed = parse(v, where);
            if (parsed != null) {
                s.cases().setValue((Long) parsed[0], caseId, (AttributeType) parsed[1], parsed[2]);
                count++;
            }
        }
    }

    /** {attribute id, type, value}, or null (reported) when the value cannot be read. */
    private Object[] parse(RefiProject.Value v, String where) {
        RefiProject.Variable var = variables.get(v.variableGuid());
        if (var == null) {
            log.notImported("value '" + v.value() + "' on " + where + ": unknown variable " + v.variableGuid());
            return null;
        }
        AttributeType type = type(var.type());
        String raw = v.value() == null ? "" : v.value().strip();
        if (raw.isEmpty()) {
            return null; // no value to carry
        }
        Object value;
        try {
            value = switch (type) {
                case TEXT -> v.value();
                case NUMBER -> Double.parseDouble(raw);
                case BOOLEAN -> "true".equalsIgnoreCase(raw) || "1".equals(raw);
                case DATE -> LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
            };
        } catch (RuntimeException e) {
            log.notImported("value '" + raw + "' of " + var.name() + " on " + where + ": not a " + var.type());
            return null;
        }
        if ("datetime".equalsIgnoreCase(var.type()) && raw.length() > 10) {
            log.warn("value '" + raw + "' of " + var.name() + " on " + where
                    + ": kept as a date (the time of day is dropped)");
        }
        long id = attributeIds.computeIfAbsent(
                var.guid(), g -> s.attributes().define(var.name().strip(), type));
        return new Object[] {id, type, value};
    }

    int count() {
        return count;
    }
}
