package org.caravanqda.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.AttributeTyping;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.model.AttributeType;
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
        return store.write(s -> apply(s, csv, Coders.nameOrDefault(coder)));
    }

    int apply(StoreSession s, Path csv, String coder) {
        List<List<String>> rows = tables.read(csv);
        if (rows.size() < 2 || rows.get(0).size() < 2) {
            throw new CaravanException(csv + ": needs a header row and at least one data row, with the document name"
                    + " in the first column and attributes after it");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        List<List<String>> data = rows.subList(1, rows.size()).stream().filter(r -> !isBlank(r)).toList();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            String name = data.get(i).get(0).strip();
            try {
                docs.add(DocumentLookup.find(s, name));
            } catch (CaravanException e) {
                throw new CaravanException(csv + " row " + (i + 2) + ": " + e.getMessage() + "; nothing was changed", e);
            }
        }
        int values = 0;
        for (int col = 1; col < header.size(); col++) {
            String attr = header.get(col);
            if (attr.isEmpty()) {
                throw new CaravanException(csv + ": column " + (col + 1) + " has no name in the header row");
            }
            List<String> column = column(data, col);
            AttributeType type = AttributeTyping.infer(column);
            long id = s.attributes().define(attr, type);
            for (int r = 0; r < data.size(); r++) {
                Object v = AttributeTyping.parse(type, column.get(r));
                s.attributes().setForDocument(id, docs.get(r).id(), type, v);
                values += v == null ? 0 : 1;
            }
        }
        Changes.record(s, coder, "attributes.import", Map.of("file", csv.getFileName().toString(), "rows", data.size(),
                "columns", header.size() - 1));
        return values;
    }

    private static List<String> column(List<List<String>> data, int col) {
        return data.stream().map(r -> col < r.size() ? r.get(col) : "").toList();
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
