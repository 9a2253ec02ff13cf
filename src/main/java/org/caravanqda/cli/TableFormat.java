package org.caravanqda.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caravanqda.app.common.SpreadsheetText;
import org.caravanqda.app.port.DataTable;

/** --format of {@code caravan table}: aligned text, JSON rows keyed by column, or CSV with the same columns. */
enum TableFormat {
    table,
    json,
    csv;

    void print(DataTable t, CliContext ctx) {
        switch (this) {
            case table -> {
                TextTable out = new TextTable(t.header().toArray(String[]::new));
                t.rows().forEach(r -> out.row(r.stream().map(TableFormat::plain).toArray()));
                out.print(ctx.out());
            }
            case json -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (List<Object> r : t.rows()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < r.size(); i++) {
                        m.put(t.header().get(i), plain(r.get(i)));
                    }
                    rows.add(m);
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("table", t.name());
                doc.put("columns", t.header());
                doc.put("rows", rows);
                ctx.out().println(Json.write(doc));
            }
            case csv -> {
                try {
                    // data, not a display: written as it is but for control characters (ESC and the like)
                    ctx.out().flush();
                    CSVPrinter p = new CSVPrinter(ctx.data(), CSVFormat.RFC4180);
                    // redirected into a .csv a spreadsheet opens: names and values never run as formulas
                    p.printRecord(t.header().stream()
                            .map(h -> TerminalText.escapeControls(SpreadsheetText.literal(h)))
                            .toList());
                    for (List<Object> r : t.rows()) {
                        p.printRecord(r.stream().map(TableFormat::csvCell).toList());
                    }
                    p.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        ctx.out().flush();
        ctx.data().flush();
    }

    private static String csvCell(Object v) {
        Object plain = v == null ? "" : plain(v);
        return plain instanceof CharSequence
                ? TerminalText.escapeControls(SpreadsheetText.literal(plain.toString()))
                : String.valueOf(plain);
    }

    private static Object plain(Object v) {
        return v instanceof DataTable.Filled f ? f.value() : Json.plain(v);
    }
}
