package org.caravanqda.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caravanqda.app.common.SpreadsheetText;

/**
 * A table as the window shows it: a header and rows whose cells are text, whole numbers
 * ({@link Integer}) or percentages ({@link Double}, shown with one decimal).
 */
public record Grid(List<String> header, List<List<Object>> rows) {
    public Grid {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    public static Grid empty() {
        return new Grid(List.of(), List.of());
    }

    /** A cell as shown: numbers in the locale's format, percentages with one decimal. */
    public static String text(Object cell, Locale locale) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return String.format(locale, "%.1f", d);
        }
        if (cell instanceof Number n) {
            return String.format(locale, "%d", n.longValue());
        }
        return cell.toString();
    }

    /**
     * Tab-separated lines (CRLF, as Excel puts on the clipboard) that paste into a spreadsheet as
     * cells: numbers in {@code locale}'s format so the spreadsheet reads them as numbers, text with
     * tabs and line breaks flattened and never starting like a formula.
     */
    public String tsv(Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, header.stream().map(h -> (Object) h).toList(), locale);
        rows.forEach(r -> line(out, r, locale));
        return out.toString();
    }

    private static void line(StringBuilder out, List<Object> cells, Locale locale) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object c = cells.get(i);
            String text = text(c, locale);
            if (!(c instanceof Number)) {
                text = SpreadsheetText.literal(text.replaceAll("[\\t\\r\\n]+", " "));
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
