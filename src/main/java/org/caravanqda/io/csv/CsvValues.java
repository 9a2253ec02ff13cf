package org.caravanqda.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.common.SpreadsheetText;
import org.caravanqda.app.port.DataTable;

/**
 * Cell values as CSV text: whole numbers without ".0", dates and times in ISO 8601 (UTC), nothing
 * for null. Text that a spreadsheet would run as a formula gets a leading apostrophe
 * ({@link SpreadsheetText}): a transcript line must never become a formula in Excel.
 */
public final class CsvValues {
    private CsvValues() {}

    public static String of(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof DataTable.Filled f) {
            return of(f.value());
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        String text = String.valueOf(v);
        return v instanceof CharSequence ? SpreadsheetText.literal(text) : text;
    }

    public static List<String> all(List<Object> row) {
        List<String> out = new ArrayList<>(row.size());
        row.forEach(v -> out.add(of(v)));
        return out;
    }
}
