package org.caravanqda.app.tables;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.analysis.CooccurrenceTable;
import org.caravanqda.analysis.FrequencyTable;
import org.caravanqda.analysis.MatrixTable;
import org.caravanqda.analysis.PresenceTable;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.DataTable.Columns;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodePath;

/** The analysis results as plain tables: the same columns in the terminal, CSV, JSON and Excel. */
public final class TableViews {
    static final String TOTAL = "(all codings)";

    private TableViews() {}

    public static DataTable frequencies(FrequencyTable t) {
        List<String> header = new ArrayList<>(List.of("code", "codings", "coded words", "documents"));
        header.addAll(t.documents());
        List<List<Object>> rows = new ArrayList<>();
        for (FrequencyTable.Row r : t.rows()) {
            rows.add(frequencyRow(r.path().toString(), r));
        }
        rows.add(frequencyRow(TOTAL, t.total()));
        return new DataTable("Frequencies", header, rows, 1, List.of(new Columns(4, header.size())));
    }

    private static List<Object> frequencyRow(String label, FrequencyTable.Row r) {
        List<Object> row = new ArrayList<>(List.of(label, r.codings(), r.words(), r.documentsWithCode()));
        for (int n : r.perDocument()) {
            row.add(n);
        }
        return row;
    }

    public static DataTable cooccurrencePairs(CooccurrenceTable t) {
        List<List<Object>> rows = new ArrayList<>();
        for (CooccurrenceTable.Pair p : t.pairs()) {
            rows.add(List.of(p.a().toString(), p.b().toString(), p.units(), p.overlaps()));
        }
        return new DataTable(
                "Co-occurrence pairs",
                List.of("code A", "code B", "units with both", "overlapping segment pairs"),
                rows,
                2,
                List.of(new Columns(2, 4)));
    }

    /** Units in which both codes occur; the diagonal: units with the code. */
    public static DataTable cooccurrenceMatrix(CooccurrenceTable t) {
        List<String> header = new ArrayList<>(List.of("code"));
        t.codes().forEach(c -> header.add(c.toString()));
        List<List<Object>> rows = new ArrayList<>();
        for (int a = 0; a < t.codes().size(); a++) {
            List<Object> row = new ArrayList<>(List.of(t.codes().get(a).toString()));
            for (int b = 0; b < t.codes().size(); b++) {
                row.add(t.units()[a][b]);
            }
            rows.add(row);
        }
        return new DataTable("Co-occurrence", header, rows, 1, List.of(new Columns(1, header.size())));
    }

    public static DataTable presence(PresenceTable t) {
        List<String> header = new ArrayList<>(List.of("document"));
        t.codes().forEach(c -> header.add(c.toString()));
        List<List<Object>> rows = new ArrayList<>();
        for (int d = 0; d < t.documents().size(); d++) {
            List<Object> row = new ArrayList<>(List.of(t.documents().get(d)));
            for (boolean p : t.present().get(d)) {
                row.add(p ? 1 : 0);
            }
            rows.add(row);
        }
        return new DataTable("Code presence", header, rows, 1, List.of(new Columns(1, header.size())));
    }

    /** Per value two blocks: documents with the code, then codings; "(n=3)" is the value's number of documents. */
    public static DataTable matrix(MatrixTable t) {
        List<String> header = new ArrayList<>(List.of("code"));
        int values = t.values().size();
        for (int v = 0; v < values; v++) {
            header.add(t.values().get(v) + " (n=" + t.documentsPerValue()[v] + "): documents");
        }
        for (int v = 0; v < values; v++) {
            header.add(t.values().get(v) + ": codings");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c < t.codes().size(); c++) {
            List<Object> row = new ArrayList<>(List.of(t.codes().get(c).toString()));
            for (int v = 0; v < values; v++) {
                row.add(t.documents()[c][v]);
            }
            for (int v = 0; v < values; v++) {
                row.add(t.codings()[c][v]);
            }
            rows.add(row);
        }
        return new DataTable(
                "Matrix " + t.attribute(),
                header,
                rows,
                1,
                List.of(new Columns(1, 1 + values), new Columns(1 + values, 1 + 2 * values)));
    }

    public static DataTable codebook(Analysis a, FrequencyTable f) {
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < a.codes.size(); k++) {
            Code c = a.codes.code(k);
            CodePath path = a.codes.path(k);
            FrequencyTable.Row r = f.rows().get(k);
            rows.add(java.util.Arrays.asList(
                    path.toString(),
                    c.name(),
                    path.depth(),
                    c.definition(),
                    c.inclusion(),
                    c.exclusion(),
                    c.example(),
                    c.color() == null ? null : new DataTable.Filled(c.color(), c.color()),
                    a.ownCodings[k],
                    r.codings(),
                    r.documentsWithCode()));
        }
        return new DataTable(
                "Codebook",
                List.of(
                        "code path",
                        "name",
                        "level",
                        "definition",
                        "inclusion",
                        "exclusion",
                        "example",
                        "colour",
                        "codings",
                        "codings with sub-codes",
                        "documents"),
                rows,
                1,
                List.of());
    }
}
