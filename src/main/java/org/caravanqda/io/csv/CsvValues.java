package org.caravanqda.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.port.DataTable;

/**
 * Cell values as CSV text: whole numbers without ".0", dates and times in ISO 8601 (UTC), nothing
 * for null. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP advises against CSV injection: a
 * transcript line must never become a formula when someone opens the file in Excel.
 */
public final class CsvValues {
    private CsvValues() {
    }

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
        return v instanceof CharSequence && startsLikeFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    public static List<String> all(List<Object> row) {
        List<String> out = new ArrayList<>(row.size());
        row.forEach(v -> out.add(of(v)));
        return out;
    }
}
