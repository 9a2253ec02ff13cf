package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.Adapters;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.io.codebook.BundledCodebook;
import org.caravanqda.io.codebook.CodebookFormats;
import org.caravanqda.io.table.CsvTableReader;
import org.caravanqda.io.text.Readers;
import org.caravanqda.search.LuceneSearchIndexes;
import org.caravanqda.store.H2ProjectStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel's limits handled visibly: rows continue on a second sheet, long cells are cut and listed, '=' stays text. */
class XlsxLimitsTest {
    static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"нажми\")";

    @TempDir
    Path tmp;

    Path project;
    String longText;

    @BeforeEach
    void project() throws Exception {
        longText = "Очень длинный ответ 🙂 ".repeat(2_000);
        Path doc = tmp.resolve("long.txt");
        Files.writeString(doc, "И: " + FORMULA + "\n\nР: " + longText + "\n", StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            project = p.directory();
            p.imports().importFiles(List.of(doc), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            p.codings().code(new CodeRequest("long", null, null, FORMULA, 1, "Exit as voice", "anna", "=1+1"));
            p.codings().code(new CodeRequest("long", null, null, longText.strip(), 1, "Economic push", "anna", null));
            p.codings().code(new CodeRequest("long", null, null, "Очень длинный", 3, "Economic push", "timur", null));
        }
    }

    private ExportSummary export(Caravan app, String name, Selection selection) {
        try (Project p = app.open(project)) {
            return p.exports()
                    .export(new ExportRequest(Path.of(name), selection, 0, false), Progress.NONE, Cancellation.none());
        }
    }

    @Test
    void rowsPastTheSheetLimitContinueOnTheNextSheetAndLongCellsAreCutAndListed() throws Exception {
        Caravan app = new Caravan(new Adapters(
                new H2ProjectStores(),
                new LuceneSearchIndexes(),
                Readers.all(),
                CodebookFormats.all(),
                new CsvTableReader(),
                new BundledCodebook(),
                new Exporters(List.of(new XlsxCodedTableWriter(2))),
                new org.caravanqda.io.refi.RefiQdpxFormat()));
        ExportSummary s = export(app, "limits.xlsx", Selection.all());
        assertThat(s.segmentSheets()).containsExactly("Segments", "Segments (2)");
        assertThat(s.cutCells()).hasSize(1).allMatch(c -> c.startsWith("Segments!") && c.contains("coded text"));
        try (XSSFWorkbook wb = Workbooks.open(s.file())) {
            List<Map<String, Cell>> first = Workbooks.rows(wb.getSheet("Segments"));
            List<Map<String, Cell>> second = Workbooks.rows(wb.getSheet("Segments (2)"));
            assertThat(first).hasSize(2);
            assertThat(second).hasSize(1);
            Cell formula = first.get(0).get("coded text");
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo(FORMULA);
            assertThat(first.get(0).get("memo").getStringCellValue()).isEqualTo("=1+1");
            String cut = first.get(1).get("coded text").getStringCellValue();
            assertThat(cut)
                    .hasSizeLessThanOrEqualTo(Cells.MAX_TEXT)
                    .contains("cut by Caravan")
                    .startsWith(longText.strip().substring(0, 1000));
            assertThat(second.get(0).get("coder").getStringCellValue()).isEqualTo("timur");
            String about = Workbooks.rows(wb.getSheet("About")).stream()
                    .map(r -> r.get("item").getStringCellValue() + ": "
                            + r.get("value").toString())
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(about)
                    .contains("Segments, Segments (2)")
                    .contains("cells cut: 1")
                    .contains(s.cutCells().get(0));
        }
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws Exception {
        Caravan app = TestApp.app();
        assertThatThrownBy(() -> export(app, "x.xlsx", Selection.of(java.util.Set.of("nobody"), List.of())))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("unknown coder 'nobody'");
        assertThatThrownBy(() -> export(
                        app,
                        "x.xlsx",
                        Selection.all()
                                .withSegments(
                                        c -> {
                                            throw new CaravanException("disk full, say");
                                        },
                                        "failing")))
                .hasMessageContaining("disk full");
        assertThatThrownBy(() -> export(app, "x.pdf", Selection.all())).hasMessageContaining("use .csv or .xlsx");
        try (Stream<Path> left = Files.list(project.resolve("exports"))) {
            assertThat(left).isEmpty();
        }
        Path existing = project.resolve("exports/x.xlsx");
        Files.writeString(existing, "an older export");
        assertThatThrownBy(() -> export(
                app,
                "x.xlsx",
                Selection.all()
                        .withSegments(
                                c -> {
                                    throw new CaravanException("cancelled");
                                },
                                "failing")));
        assertThat(Files.readString(existing)).isEqualTo("an older export");
    }
}
