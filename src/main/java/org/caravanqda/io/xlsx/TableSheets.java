package org.caravanqda.io.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.caravanqda.app.port.DataTable;

/**
 * Writes an analysis table (frequencies, co-occurrence, matrices, codebook, About) as a sheet:
 * bold frozen header and label columns, autofilter, widths by content, heat-map colour scales
 * (conditional formatting, so Excel and LibreOffice recolour when a user edits a number).
 */
final class TableSheets {
    private static final byte[] COOL = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    private static final byte[] HOT = {(byte) 0xF8, (byte) 0x69, (byte) 0x6B};
    private final SXSSFWorkbook wb;
    private final XlsxStyles styles;
    private final Cells cells;
    private final SheetNames names;

    TableSheets(SXSSFWorkbook wb, XlsxStyles styles, Cells cells, SheetNames names) {
        this.wb = wb;
        this.styles = styles;
        this.cells = cells;
        this.names = names;
    }

    SXSSFSheet write(DataTable t) {
        SXSSFSheet sheet = wb.createSheet(names.unique(t.name()));
        Row h = sheet.createRow(0);
        int longest = 0;
        for (int i = 0; i < t.header().size(); i++) {
            h.createCell(i).setCellValue(t.header().get(i));
            h.getCell(i).setCellStyle(styles.header);
            longest = Math.max(longest, t.header().get(i).length());
        }
        int[] widths = new int[t.header().size()];
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> values = t.rows().get(r);
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                boolean text = v instanceof String || v instanceof DataTable.Filled;
                cells.set(
                        row.createCell(i),
                        v,
                        text && String.valueOf(v).length() > 60 ? styles.text : styles.label,
                        t.header().get(i));
                widths[i] =
                        Math.max(widths[i], v == null ? 0 : String.valueOf(v).length());
            }
        }
        for (int i = 0; i < widths.length; i++) {
            boolean labelColumn = i < t.labelColumns();
            int wanted = Math.max(
                    widths[i],
                    labelColumn
                            ? t.header().get(i).length()
                            : Math.min(t.header().get(i).length(), 14));
            sheet.setColumnWidth(i, 256 * Math.max(6, Math.min(wanted + 2, labelColumn ? 60 : 70)));
        }
        if (longest > 14 && t.header().size() > t.labelColumns() + 1) {
            h.setHeightInPoints(Math.min(120, 15 * (1 + longest / 14f)));
        }
        sheet.createFreezePane(t.labelColumns(), 1);
        if (!t.rows().isEmpty()) {
            sheet.setAutoFilter(
                    new CellRangeAddress(0, t.rows().size(), 0, t.header().size() - 1));
            t.heat().forEach(c -> heat(sheet, t.rows().size(), c));
        }
        return sheet;
    }

    private static void heat(SXSSFSheet sheet, int rows, DataTable.Columns c) {
        if (c.to() <= c.from()) {
            return;
        }
        XSSFSheetConditionalFormatting cf = (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.MAX);
        scale.setColors(new XSSFColor[] {new XSSFColor(COOL, null), new XSSFColor(HOT, null)});
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, rows, c.from(), c.to() - 1)}, rule);
    }
}
