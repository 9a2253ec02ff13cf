package org.caravanqda.io.xlsx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.caravanqda.app.port.DataTable;

/**
 * Typed cell values. Text is always a string cell, never a formula, even when it starts with
 * '='; text longer than Excel's 32,767 characters is cut with a marker and listed for About.
 */
final class Cells {
    static final int MAX_TEXT = 32_767;
    static final String CUT_MARKER = " [… cut by Caravan: the full text has %d characters; see About]";
    private final XlsxStyles styles;
    private final List<String> cut = new ArrayList<>();

    Cells(XlsxStyles styles) {
        this.styles = styles;
    }

    /** {@code style}: the column's style, used unless the value brings its own (a fill). */
    void set(Cell cell, Object v, CellStyle style, String column) {
        if (v == null) {
            return;
        }
        if (v instanceof DataTable.Filled f) {
            CellStyle fill = styles.filled(f.color());
            set(cell, f.value(), fill == null ? style : fill, column);
            return;
        }
        cell.setCellStyle(style);
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (v instanceof Instant t) {
            cell.setCellValue(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
            cell.setCellStyle(styles.time);
        } else {
            cell.setCellValue(fit(String.valueOf(v), cell, column));
        }
    }

    private String fit(String s, Cell cell, String column) {
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        String marker = String.format(java.util.Locale.ROOT, CUT_MARKER, s.length());
        int keep = MAX_TEXT - marker.length();
        if (Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        cut.add(cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false) + " (" + column
                + "): " + s.length() + " characters, cut to " + keep);
        return s.substring(0, keep) + marker;
    }

    List<String> cutCells() {
        return cut;
    }
}
