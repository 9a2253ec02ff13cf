package org.caravanqda.app.attributes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.AttributeTyping;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Document;

/**
 * Participant attributes from a CSV: first column the document name, other columns attributes
 * whose types (number, date, boolean, text) are inferred from their values.
 */
public final class AttributeService {
    private final ProjectStore store;
    private final TableReader tables;

    public AttributeService(ProjectStore store, TableReader tables) {
        this.store = store;
        this.tables = tables;
    }

    /** Imports the CSV in one transaction; returns the number of values set. */
    public int importCsv(Path csv, String coder) {
        AttributeTable table = parse(csv);
        return store.write(s -> apply(s, table, Coders.nameOrDefault(coder)).values());
    }

    /** What an application of a table did: values set, and the documents they were set on. */
    public record Applied(int values, List<Long> documents) {}

    /** Reads and types the CSV without touching the store, so a bad file is refused before anything else. */
    public AttributeTable parse(Path csv) {
        List<List<String>> rows = tables.read(csv);
        if (rows.size() < 2 || rows.get(0).size() < 2) {
            throw new CaravanException(csv + ": needs a header row and at least one data row, with the document name"
                    + " in the first column and attributes after it");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        List<List<String>> data =
                rows.subList(1, rows.size()).stream().filter(r -> !isBlank(r)).toList();
        List<String> attributes = header.subList(1, header.size());
        List<AttributeType> types = new ArrayList<>();
        for (int col = 1; col < header.size(); col++) {
            if (header.get(col).isEmpty()) {
                throw new CaravanException(csv + ": column " + (col + 1) + " has no name in the header row");
            }
            types.add(AttributeTyping.infer(column(data, col)));
        }
        List<List<Object>> values = new ArrayList<>();
        for (List<String> row : data) {
            List<Object> typed = new ArrayList<>();
            for (int col = 1; col < header.size(); col++) {
                typed.add(AttributeTyping.parse(types.get(col - 1), col < row.size() ? row.get(col) : ""));
            }
            values.add(typed);
        }
        return new AttributeTable(
                csv.getFileName().toString(),
                data.stream().map(r -> r.get(0).strip()).toList(),
                attributes,
                types,
                values);
    }

    public Applied apply(StoreSession s, AttributeTable t, String coder) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < t.documents().size(); i++) {
            try {
                docs.add(DocumentLookup.find(s, t.documents().get(i)));
            } catch (CaravanException e) {
                throw new CaravanException(
                        t.file() + " row " + (i + 2) + ": " + e.getMessage() + "; nothing was changed", e);
            }
        }
        int values = 0;
        for (int col = 0; col < t.attributes().size(); col++) {
            AttributeType type = t.types().get(col);
            long id = s.attributes().define(t.attributes().get(col), type);
            for (int r = 0; r < docs.size(); r++) {
                Object v = t.values().get(r).get(col);
                s.attributes().setForDocument(id, docs.get(r).id(), type, v);
                values += v == null ? 0 : 1;
            }
        }
        List<Long> ids = docs.stream().map(Document::id).distinct().toList();
        // "documents" tells the search index which entries to refresh
        Changes.record(
                s,
                coder,
                ChangeAction.ATTRIBUTES_IMPORT,
                Map.of(
                        "file",
                        t.file(),
                        "rows",
                        t.documents().size(),
                        "columns",
                        t.attributes().size(),
                        "documents",
                        ids));
        return new Applied(values, ids);
    }

    /** The attribute table: every document (by name) with its values, and every attribute with its type. */
    public record Sheet(Map<String, AttributeType> attributes, List<Row> rows) {
        public Sheet {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            rows = List.copyOf(rows);
        }
    }

    /** A document's values (String, Double, LocalDate or Boolean) by attribute name; missing ones are absent. */
    public record Row(String document, Map<String, Object> values) {}

    /** Documents x attributes, read in one transaction. */
    public Sheet sheet() {
        return store.read(s -> {
            Map<Long, List<org.caravanqda.model.AttributeValue>> byDoc =
                    s.attributes().byDocument();
            List<Row> rows = new ArrayList<>();
            for (var d : s.documents().summaries()) {
                Map<String, Object> values = new java.util.LinkedHashMap<>();
                byDoc.getOrDefault(d.id(), List.of()).forEach(v -> values.put(v.attribute(), v.value()));
                rows.add(new Row(d.name(), values));
            }
            return new Sheet(s.attributes().definitions(), rows);
        });
    }

    /** Adds an attribute with no values yet; refused when one of that name exists. Returns the name. */
    public String define(String name, AttributeType type, String coder) {
        String n = AttributeValues.checkedName(name);
        return store.write(s -> {
            if (s.attributes().definitions().keySet().stream().anyMatch(a -> a.equalsIgnoreCase(n))) {
                throw new CaravanException("an attribute named '" + n + "' exists; nothing was changed");
            }
            s.attributes().define(n, type);
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.ATTRIBUTE_DEFINE,
                    Map.of("attribute", n, "type", type.name()));
            return n;
        });
    }

    /** One value set: the document, the attribute, and the value before and after as the table shows them. */
    public record Edit(String document, String attribute, String before, String after) {}

    /**
     * Sets (a blank clears) one document's value of an attribute, typed as the attribute's type
     * says; a value of another type is refused and nothing is written. One transaction.
     */
    public Edit set(String document, String attribute, String raw, String coder) {
        return store.write(s -> {
            org.caravanqda.model.Document d = DocumentLookup.find(s, document);
            AttributeType type = s.attributes().definitions().get(attribute);
            if (type == null) {
                throw new CaravanException("unknown attribute '" + attribute + "'; nothing was changed");
            }
            Object value = AttributeValues.parse(attribute, type, raw);
            Object before = s.attributes().byDocument().getOrDefault(d.id(), List.of()).stream()
                    .filter(v -> v.attribute().equals(attribute))
                    .map(org.caravanqda.model.AttributeValue::value)
                    .findFirst()
                    .orElse(null);
            long id = s.attributes().define(attribute, type);
            s.attributes().setForDocument(id, d.id(), type, value);
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.ATTRIBUTE_SET,
                    Map.of("document", d.id(), "attribute", attribute));
            return new Edit(d.name(), attribute, AttributeValues.text(before), AttributeValues.text(value));
        });
    }

    private static List<String> column(List<List<String>> data, int col) {
        return data.stream().map(r -> col < r.size() ? r.get(col) : "").toList();
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
