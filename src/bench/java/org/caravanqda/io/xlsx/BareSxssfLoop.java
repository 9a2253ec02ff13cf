package org.caravanqda.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caravanqda.bench.port.BaselineSheetWriter;

/** POI's plain SXSSF loop, no styles or checks: the bench's measure of what the library itself costs. */
public final class BareSxssfLoop implements BaselineSheetWriter {
    @Override
    public RowSink open(Path file, List<String> header) {
        SXSSFWorkbook wb = new SXSSFWorkbook(SXSSFWorkbook.DEFAULT_WINDOW_SIZE);
        SXSSFSheet sheet = wb.createSheet("Segments");
        Row h = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
        }
        return new RowSink() {
            private int row;

            @Override
            public void row(List<Object> cells) {
                Row r = sheet.createRow(++row);
                for (int i = 0; i < cells.size(); i++) {
                    set(r.createCell(i), cells.get(i));
                }
            }

            @Override
            public void close() {
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                    wb.close(); // also deletes SXSSF's temporary sheet files
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static void set(Cell c, Object v) {
        if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
        } else if (v instanceof Instant t) {
            c.setCellValue(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (v instanceof Boolean b) {
            c.setCellValue(b);
        } else if (v != null) {
            c.setCellValue(String.valueOf(v));
        }
    }
}
