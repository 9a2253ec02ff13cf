package org.caravanqda.app.attributes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.analysis.AttributeTyping;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.access.Versioning;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.StaleEditException;
import org.caravanqda.app.port.AttributeRepository;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.app.port.Versions;
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

    /**
     * A document's values (String, Double, LocalDate or Boolean) by attribute name, missing ones
     * absent, and their optimistic versions (what an edit names as seen; a missing value's is 0).
     */
    public record Row(String document, Map<String, Object> values, Map<String, Long> versions) {
        public Row(String document, Map<String, Object> values) {
            this(document, values, Map.of());
        }

        /** The version of the value of {@code attribute} as read; 0 when there was none. */
        public long version(String attribute) {
            return versions.getOrDefault(attribute, 0L);
        }
    }

    /** Documents x attributes, read in one transaction. */
    public Sheet sheet() {
        return store.read(s -> {
            Map<Long, List<org.caravanqda.model.AttributeValue>> byDoc =
                    s.attributes().byDocument();
            Map<Long, Map<String, Long>> versions = s.attributes().versionsByDocument();
            List<Row> rows = new ArrayList<>();
            for (var d : s.documents().summaries()) {
                Map<String, Object> values = new java.util.LinkedHashMap<>();
                byDoc.getOrDefault(d.id(), List.of()).forEach(v -> values.put(v.attribute(), v.value()));
                rows.add(new Row(d.name(), values, versions.getOrDefault(d.id(), Map.of())));
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

    /**
     * One value set: the document, the attribute, the value before and after as the table shows
     * them, and the value's version now (0 when it was cleared): what the next edit names as seen.
     */
    public record Edit(String document, String attribute, String before, String after, long version) {}

    /**
     * Sets (a blank clears) one document's value of an attribute, typed as the attribute's type
     * says; a value of another type is refused and nothing is written. One transaction.
     */
    public Edit set(String document, String attribute, String raw, String coder) {
        return set(document, attribute, raw, coder, null);
    }

    /**
     * {@link #set} only if the value is still at {@code seenVersion}, the version its user saw (0:
     * they saw no value; null: no check). When someone else set, changed or cleared it meanwhile the
     * edit is refused with a {@link StaleEditException} carrying the value as it is now, and
     * nothing is written (ADR 0026).
     */
    public Edit set(String document, String attribute, String raw, String coder, Long seenVersion) {
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
            if (seenVersion != null) {
                claim(s, id, d, attribute, seenVersion, before);
            }
            s.attributes().setForDocument(id, d.id(), type, value);
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.ATTRIBUTE_SET,
                    Map.of("document", d.id(), "attribute", attribute));
            long now = s.attributes()
                    .valueRow(id, d.id())
                    .map(AttributeRepository.ValueRow::version)
                    .orElse(0L);
            return new Edit(d.name(), attribute, AttributeValues.text(before), AttributeValues.text(value), now);
        });
    }

    /**
     * The optimistic check of one value: at the version seen (which it bumps and holds locked to
     * the end of the transaction), or still absent when the user saw none (0).
     */
    private static void claim(StoreSession s, long attributeId, Document d, String attribute, long seen, Object now) {
        String what = attribute + " of " + d.name();
        Optional<AttributeRepository.ValueRow> row = s.attributes().valueRow(attributeId, d.id());
        if (row.isEmpty()) {
            if (seen != 0) {
                throw new StaleEditException(what, seen, -1, null);
            }
            return;
        }
        // a value set since starts at version 1, so "saw none" (0) no longer matches; only a value
        // from before versions were shown (V6 made those 0) is claimed at 0
        Versioning.claim(
                s, Versions.Versioned.ATTRIBUTE_VALUE, row.get().id(), seen, what, () -> AttributeValues.text(now));
    }

    private static List<String> column(List<List<String>> data, int col) {
        return data.stream().map(r -> col < r.size() ? r.get(col) : "").toList();
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
