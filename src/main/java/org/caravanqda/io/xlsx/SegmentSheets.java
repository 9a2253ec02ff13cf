package org.caravanqda.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caravanqda.app.port.SegmentColumn;

/**
 * The Segments sheet, streamed row by row. Past Excel's 1,048,575 data rows the rows continue
 * on "Segments (2)", with the same header, and so on.
 */
final class SegmentSheets {
    static final int EXCEL_DATA_ROWS = 1_048_575;
    private final SXSSFWorkbook wb;
    private final XlsxStyles styles;
    private final Cells cells;
    private final SheetNames names;
    private final List<SegmentColumn> columns;
    private final int rowsPerSheet;
    private final CellStyle[] columnStyles;
    private final List<String> sheetNames = new ArrayList<>();
    private SXSSFSheet sheet;
    private int row;
    private long total;

    SegmentSheets(
            SXSSFWorkbook wb,
            XlsxStyles styles,
            Cells cells,
            SheetNames names,
            List<SegmentColumn> columns,
            int rowsPerSheet) {
        this.wb = wb;
        this.styles = styles;
        this.cells = cells;
        this.names = names;
        this.columns = columns;
        this.rowsPerSheet = rowsPerSheet;
        this.columnStyles = columns.stream()
                .map(c -> c.kind() == SegmentColumn.Kind.TEXT
                        ? styles.text
                        : c.kind() == SegmentColumn.Kind.NUMBER ? styles.number : styles.label)
                .toArray(CellStyle[]::new);
        newSheet();
    }

    void add(List<Object> values) {
        if (row == rowsPerSheet) {
            finishSheet();
            newSheet();
        }
        Row r = sheet.createRow(++row);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v != null) {
                cells.set(r.createCell(i), v, columnStyles[i], columns.get(i).name());
            }
        }
        total++;
    }

    private void newSheet() {
        sheet = wb.createSheet(
                names.unique(sheetNames.isEmpty() ? "Segments" : "Segments (" + (sheetNames.size() + 1) + ")"));
        sheetNames.add(sheet.getSheetName());
        Row h = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            h.createCell(i).setCellValue(columns.get(i).name());
            h.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, 256 * width(columns.get(i).kind()));
        }
        sheet.createFreezePane(1, 1);
        row = 0;
    }

    private static int width(SegmentColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> 70;
            case LABEL -> 22;
            case TIME -> 20;
            case DATE -> 12;
            case NUMBER, FLAG -> 10;
        };
    }

    void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(row, 1), 0, columns.size() - 1));
    }

    long total() {
        return total;
    }

    List<String> sheetNames() {
        return sheetNames;
    }
}
