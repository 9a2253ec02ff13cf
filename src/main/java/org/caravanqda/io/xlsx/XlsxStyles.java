package org.caravanqda.io.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** The workbook's few cell styles, made once: a workbook may hold only about 64,000. */
final class XlsxStyles {
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle number;
    final CellStyle date;
    final CellStyle time;
    private final SXSSFWorkbook wb;
    private final Map<String, CellStyle> fills = new HashMap<>();

    XlsxStyles(SXSSFWorkbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        XSSFCellStyle h = (XSSFCellStyle) wb.createCellStyle();
        header = h;
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        h.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = top();
        text = top();
        text.setWrapText(true);
        number = top();
        date = top();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        time = top();
        time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    private CellStyle top() {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** A cell on a colour ("#RRGGBB"), with white text on dark colours; null for an unreadable colour. */
    CellStyle filled(String color) {
        byte[] rgb = rgb(color);
        if (rgb == null) {
            return null;
        }
        return fills.computeIfAbsent(color.toUpperCase(java.util.Locale.ROOT), k -> {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setFillForegroundColor(new XSSFColor(rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            double luminance = 0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF);
            if (luminance < 128) {
                XSSFFont white = (XSSFFont) wb.createFont();
                white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
                s.setFont(white);
            }
            return s;
        });
    }

    static byte[] rgb(String color) {
        String hex = color == null ? "" : color.strip().replaceFirst("^#", "");
        if (!hex.matches("[0-9A-Fa-f]{6}")) {
            return null;
        }
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
