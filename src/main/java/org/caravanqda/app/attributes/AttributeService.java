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

    private static List<String> column(List<List<String>> data, int col) {
        return data.stream().map(r -> col < r.size() ? r.get(col) : "").toList();
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
