package org.caravanqda.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodedExport;
import org.caravanqda.app.port.CodedTableWriter;
import org.caravanqda.app.port.DataTable;

/**
 * The Excel export, streamed with POI's SXSSF (a window of rows in memory, the rest in
 * temporary files), so memory stays flat however many segments there are. Sheets: Segments
 * (continued past Excel's row limit), Codebook, the analysis tables, About.
 */
public final class XlsxCodedTableWriter implements CodedTableWriter {
    private final int rowsPerSheet;

    public XlsxCodedTableWriter() {
        this(SegmentSheets.EXCEL_DATA_ROWS);
    }

    /** {@code rowsPerSheet}: lower than Excel's limit only in tests of the continuation sheets. */
    XlsxCodedTableWriter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx");
    }

    @Override
    public Report write(CodedExport export, Path file) {
        // POI's variant writes its temporary sheet data AES-encrypted under a key held in memory
        SXSSFWorkbook wb = export.protectTemporaryFiles()
                ? new SXSSFWorkbookWithCustomZipEntrySource()
                : new SXSSFWorkbook(SXSSFWorkbook.DEFAULT_WINDOW_SIZE);
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            Cells cells = new Cells(styles);
            SheetNames names = new SheetNames();
            SegmentSheets segments = new SegmentSheets(wb, styles, cells, names, export.segmentColumns(), rowsPerSheet);
            export.segments(segments::add);
            segments.finishSheet();
            TableSheets tables = new TableSheets(wb, styles, cells, names);
            tables.write(export.codebook());
            export.tables().forEach(tables::write);
            tables.write(about(export.about(), segments, cells));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return new Report(segments.total(), segments.sheetNames(), List.copyOf(cells.cutCells()));
        } catch (IOException | UncheckedIOException e) {
            throw new CaravanException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            try {
                wb.close(); // also deletes SXSSF's temporary sheet files
            } catch (IOException ignored) {
                // the file is written or the error already reported
            }
        }
    }

    /** About, plus what only the writer knows: where the segments went and which cells were cut. */
    private static DataTable about(DataTable about, SegmentSheets segments, Cells cells) {
        List<List<Object>> rows = new ArrayList<>(about.rows());
        rows.add(Arrays.asList(
                "segment sheets",
                String.join(", ", segments.sheetNames())
                        + (segments.sheetNames().size() > 1
                                ? " (Excel holds " + SegmentSheets.EXCEL_DATA_ROWS
                                        + " rows a sheet; the rows continue in this order)"
                                : "")));
        rows.add(Arrays.asList(
                "cells cut",
                cells.cutCells().isEmpty()
                        ? "none"
                        : cells.cutCells().size() + " (Excel holds " + Cells.MAX_TEXT
                                + " characters a cell; the CSV export keeps the full text)"));
        for (String c : cells.cutCells()) {
            rows.add(Arrays.asList("cut", c));
        }
        return new DataTable(about.name(), about.header(), rows, about.labelColumns(), about.heat());
    }
}
