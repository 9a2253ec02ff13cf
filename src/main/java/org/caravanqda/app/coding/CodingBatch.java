package org.caravanqda.app.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.model.Coding;

/**
 * {@code caravan code --from codings.csv}: many codings from a table in one transaction. Columns (any
 * order, header names in any case): document, code, and either quote (with an optional occurrence) or
 * start and end; optional coder and memo. A row that cannot be coded refuses the whole file, naming
 * the row; nothing is coded then.
 */
public final class CodingBatch {
    private final ProjectStore store;
    private final TableReader tables;

    public CodingBatch(ProjectStore store, TableReader tables) {
        this.store = store;
        this.tables = tables;
    }

    /** One coding made: the table row (1 = first row after the header) and what it coded. */
    public record Row(int row, long coding, String document, String code, int start, int end, String coder) {}

    public List<Row> codeFrom(Path file, String defaultCoder) {
        List<List<String>> table = tables.read(file);
        if (table.isEmpty()) {
            throw new CaravanException(file.getFileName() + " is empty; nothing was coded");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String needed : List.of("document", "code")) {
            if (!columns.containsKey(needed)) {
                throw new CaravanException(file.getFileName() + " has no '" + needed + "' column (its columns: "
                        + String.join(", ", header) + "; expected document, quote or start/end, code, coder, memo)"
                        + "; nothing was coded");
            }
        }
        if (!columns.containsKey("quote") && !(columns.containsKey("start") && columns.containsKey("end"))) {
            throw new CaravanException(file.getFileName() + " needs a 'quote' column or 'start' and 'end' columns;"
                    + " nothing was coded");
        }
        List<CodeRequest> requests = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            try {
                requests.add(new CodeRequest(
                        cell(cells, columns, "document"),
                        number(cells, columns, "start"),
                        number(cells, columns, "end"),
                        raw(cells, columns, "quote"),
                        number(cells, columns, "occurrence"),
                        cell(cells, columns, "code"),
                        orDefault(cell(cells, columns, "coder"), defaultCoder),
                        cell(cells, columns, "memo")));
            } catch (CaravanException e) {
                throw refused(file, r, e);
            }
            rows.add(r);
        }
        if (requests.isEmpty()) {
            throw new CaravanException(file.getFileName() + " has no rows to code; nothing was coded");
        }
        return store.write(s -> {
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                CodeRequest q = requests.get(i);
                long id;
                try {
                    id = CodingService.code(s, q);
                } catch (CaravanException | IllegalArgumentException e) {
                    throw refused(file, rows.get(i), e);
                }
                Coding c = s.codings().byId(id).orElseThrow();
                out.add(new Row(
                        rows.get(i),
                        id,
                        s.documents().byId(c.documentId()).map(d -> d.name()).orElse(q.document()),
                        s.codes().codebook().path(c.codeId()).toString(),
                        c.start(),
                        c.end(),
                        c.coder()));
            }
            return out;
        });
    }

    private static CaravanException refused(Path file, int row, Exception e) {
        return new CaravanException(
                file.getFileName() + " row " + row + " (line " + (row + 1) + "): " + e.getMessage()
                        + "; nothing was coded",
                e);
    }

    private static String orDefault(String v, String fallback) {
        return v == null ? fallback : v;
    }

    /** The cell stripped; null when the column is absent or the cell blank. */
    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        String v = raw(cells, columns, name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A quote as written (its spaces belong to the text); null when absent or blank. */
    private static String raw(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null
                || i >= cells.size()
                || cells.get(i) == null
                || cells.get(i).isBlank()) {
            return null;
        }
        return cells.get(i);
    }

    private static Integer number(List<String> cells, Map<String, Integer> columns, String name) {
        String v = cell(cells, columns, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new CaravanException(name + " '" + v + "' is not a whole number");
        }
    }
}
