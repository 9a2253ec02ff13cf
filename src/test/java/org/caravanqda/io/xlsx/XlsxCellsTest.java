package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.app.port.CodedExport;
import org.caravanqda.app.port.CodedTableWriter;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.SegmentColumn;
import org.caravanqda.app.port.SegmentColumn.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Awkward values straight through the writer: formulas, control characters, emoji, odd sheet names. */
class XlsxCellsTest {
    @TempDir
    Path tmp;

    @Test
    void awkwardValuesSurviveAsTheyAre() throws Exception {
        List<Object> row = Arrays.asList(
                "=SUM(A1:A2)",
                "+7 (999) 123",
                "-1",
                "@cmd",
                "bell\u0007 tab\t line\nend 🙂 ё",
                null,
                42.5,
                LocalDate.of(2022, 9, 21),
                Instant.parse("2024-01-02T03:04:05Z"),
                true);
        List<SegmentColumn> cols = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            cols.add(new SegmentColumn("c" + i, Kind.TEXT));
        }
        Path file = tmp.resolve("x.xlsx");
        CodedTableWriter.Report r = new XlsxCodedTableWriter()
                .write(
                        export(
                                cols,
                                row,
                                new DataTable(
                                        "Matrix a/b:c*d?[e] with a very long attribute name",
                                        List.of("code"),
                                        List.of(),
                                        1,
                                        List.of())),
                        file);
        assertThat(r.segments()).isEqualTo(1);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            var cells = wb.getSheet("Segments").getRow(1);
            for (int i = 0; i < 4; i++) {
                assertThat(cells.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                assertThat(cells.getCell(i).getStringCellValue()).isEqualTo(row.get(i));
            }
            assertThat(cells.getCell(4).getStringCellValue())
                    .contains(" tab\t line\nend 🙂 ё")
                    .startsWith("bell");
            assertThat(cells.getCell(5)).isNull();
            assertThat(cells.getCell(6).getNumericCellValue()).isEqualTo(42.5);
            assertThat(cells.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2022, 9, 21));
            assertThat(cells.getCell(8).getLocalDateTimeCellValue()).hasToString("2024-01-02T03:04:05");
            assertThat(cells.getCell(9).getBooleanCellValue()).isTrue();
            assertThat(wb.getSheetAt(2).getSheetName())
                    .hasSizeLessThanOrEqualTo(31)
                    .isEqualTo("Matrix a_b_c_d__e_ with a very");
        }
    }

    @Test
    void sheetNamesAreUniqueIgnoringCase() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("Segments")).isEqualTo("Segments");
        assertThat(names.unique("segments")).isEqualTo("segments (2)");
        assertThat(names.unique("x".repeat(40))).hasSize(31);
        assertThat(names.unique("x".repeat(40))).isEqualTo("x".repeat(27) + " (2)");
    }

    private static CodedExport export(List<SegmentColumn> cols, List<Object> row, DataTable table) {
        return new CodedExport() {
            @Override
            public List<SegmentColumn> segmentColumns() {
                return cols;
            }

            @Override
            public void segments(Consumer<List<Object>> sink) {
                sink.accept(row);
            }

            @Override
            public DataTable codebook() {
                return new DataTable("Codebook", List.of("code path"), List.of(), 1, List.of());
            }

            @Override
            public List<DataTable> tables() {
                return List.of(table);
            }

            @Override
            public DataTable about() {
                return new DataTable("About", List.of("item", "value"), List.of(), 1, List.of());
            }

            @Override
            public boolean byteOrderMark() {
                return false;
            }
        };
    }
}
