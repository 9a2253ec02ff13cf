package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.DataTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo project exported to Excel and read back with POI: every value compared with the store. */
class XlsxExportTest {
    @TempDir
    static Path tmp;

    static Path demo;
    static Path file;
    static ExportSummary summary;
    static List<CodingView> codings;
    static Map<String, DocumentListing> documents;
    static List<CodeNode> tree;
    static DataTable frequencies;
    static Map<String, List<String>> speakers;

    @BeforeAll
    static void exportTheDemo() {
        Caravan app = TestApp.app();
        demo = new DemoService(app).build(tmp.resolve("demo"), Progress.NONE).project();
        try (Project p = app.open(demo)) {
            summary = p.exports()
                    .export(
                            new ExportRequest(Path.of("all.xlsx"), Selection.all(), 3, false),
                            Progress.NONE,
                            Cancellation.none());
            file = summary.file();
            codings = p.codings().codings(null, null, null);
            documents =
                    p.documents().list().stream().collect(Collectors.toMap(DocumentListing::name, Function.identity()));
            speakers = p.documents().list().stream()
                    .collect(Collectors.toMap(DocumentListing::name, DocumentListing::speakers));
            tree = p.codebook().tree();
            frequencies = p.tables().frequencies(Selection.all());
        }
    }

    @Test
    void aBareFileNameGoesToTheProjectsExportsFolderAndTheDemoWroteItsOwn() throws Exception {
        assertThat(file)
                .isEqualTo(demo.resolve("exports/all.xlsx").toAbsolutePath().normalize());
        assertThat(demo.resolve("exports").resolve(DemoService.EXPORT)).isRegularFile();
        try (Stream<Path> files = Files.list(demo.resolve("exports"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("all.xlsx", DemoService.EXPORT);
        }
        assertThat(summary.segments()).isEqualTo(90);
        assertThat(summary.documents()).isEqualTo(9);
    }

    @Test
    void everySegmentRowMatchesTheStore() {
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet sheet = wb.getSheet("Segments");
            List<Map<String, Cell>> rows = Workbooks.rows(sheet);
            assertThat(rows).hasSize(codings.size()).hasSize(90);
            Map<Long, CodingView> byId =
                    codings.stream().collect(Collectors.toMap(CodingView::id, Function.identity()));
            for (Map<String, Cell> row : rows) {
                CodingView c = byId.get((long) row.get("coding id").getNumericCellValue());
                assertThat(c).isNotNull();
                assertThat(text(row, "document")).isEqualTo(c.document());
                assertThat(text(row, "code path")).isEqualTo(c.code());
                assertThat(text(row, "code"))
                        .isEqualTo(c.code().substring(c.code().lastIndexOf('/') + 1));
                assertThat(text(row, "level 1")).isEqualTo(c.code().split("/")[0]);
                assertThat(text(row, "coder")).isEqualTo(c.coder());
                assertThat((int) row.get("start").getNumericCellValue()).isEqualTo(c.start());
                assertThat((int) row.get("end").getNumericCellValue()).isEqualTo(c.end());
                assertThat(row.get("coded text").getCellType()).isEqualTo(CellType.STRING);
                assertThat(text(row, "coded text")).isEqualTo(c.text());
                assertThat(row.containsKey("memo") ? text(row, "memo") : null).isEqualTo(c.memo());
                assertThat(row.get("created (UTC)").getLocalDateTimeCellValue())
                        .isEqualTo(c.created()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDateTime()
                                .truncatedTo(ChronoUnit.MILLIS));
                assertThat(speakers.get(c.document())).contains(text(row, "speaker"));
                assertThat(text(row, "context before")).isNotNull();
                documents.get(c.document()).attributes().forEach((name, value) -> {
                    Cell cell = row.get(name);
                    if (value instanceof Double d) {
                        assertThat(cell.getNumericCellValue()).as(name).isEqualTo(d);
                    } else if (value instanceof LocalDate d) {
                        assertThat(cell.getLocalDateTimeCellValue().toLocalDate())
                                .as(name)
                                .isEqualTo(d);
                    } else if (value instanceof Boolean b) {
                        assertThat(cell.getBooleanCellValue()).as(name).isEqualTo(b);
                    } else {
                        assertThat(cell.getStringCellValue()).as(name).isEqualTo(value);
                    }
                });
            }
            assertThat(rows).extracting(r -> text(r, "coded text")).anyMatch(t -> t.matches(".*[а-яё].*"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void headerIsFrozenBoldAndFilteredWithWrappedText() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            XSSFSheet sheet = wb.getSheet("Segments");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            int text = Workbooks.header(sheet).get("coded text");
            assertThat(sheet.getRow(1).getCell(text).getCellStyle().getWrapText())
                    .isTrue();
            assertThat(sheet.getColumnWidth(text)).isGreaterThan(sheet.getColumnWidth(0));
            List<String> names = Stream.iterate(0, i -> i + 1)
                    .limit(wb.getNumberOfSheets())
                    .map(wb::getSheetName)
                    .toList();
            assertThat(names)
                    .startsWith(
                            "Segments",
                            "Codebook",
                            "Frequencies",
                            "Co-occurrence",
                            "Co-occurrence pairs",
                            "Code presence")
                    .endsWith("About");
            assertThat(names)
                    .contains("Matrix destination", "Matrix wave", "Matrix gender", "Matrix age", "Matrix remote_work")
                    .doesNotContain("Matrix pseudonym", "Matrix occupation", "Matrix departure_date");
            assertThat(wb.getSheet("Matrix destination")
                            .getSheetConditionalFormatting()
                            .getNumConditionalFormattings())
                    .isEqualTo(2);
        }
    }

    @Test
    void tablesHoldTheSameCountsAsTheTableCommand() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            List<Map<String, Cell>> rows = Workbooks.rows(wb.getSheet("Frequencies"));
            assertThat(rows).hasSameSizeAs(frequencies.rows());
            for (int i = 0; i < rows.size(); i++) {
                List<Object> expected = frequencies.rows().get(i);
                for (int col = 0; col < frequencies.header().size(); col++) {
                    Cell cell = rows.get(i).get(frequencies.header().get(col));
                    Object actual = cell.getCellType() == CellType.NUMERIC
                            ? (Object) (int) cell.getNumericCellValue()
                            : cell.getStringCellValue();
                    assertThat(actual).as(frequencies.header().get(col)).isEqualTo(expected.get(col));
                }
            }
            Map<String, Cell> total = rows.get(rows.size() - 1);
            assertThat(total.get("codings").getNumericCellValue()).isEqualTo(90);

            List<Map<String, Cell>> book = Workbooks.rows(wb.getSheet("Codebook"));
            assertThat(book).hasSameSizeAs(tree);
            for (int i = 0; i < tree.size(); i++) {
                CodeNode n = tree.get(i);
                Map<String, Cell> row = book.get(i);
                assertThat(text(row, "code path")).isEqualTo(n.path());
                assertThat((int) row.get("codings").getNumericCellValue()).isEqualTo(n.codings());
                assertThat((int) row.get("codings with sub-codes").getNumericCellValue())
                        .isEqualTo(n.codingsWithDescendants());
                if (n.code().color() != null) {
                    XSSFCellStyle style = (XSSFCellStyle) row.get("colour").getCellStyle();
                    assertThat("#"
                                    + style.getFillForegroundXSSFColor()
                                            .getARGBHex()
                                            .substring(2))
                            .isEqualToIgnoringCase(n.code().color());
                }
            }

            Sheet presence = wb.getSheet("Code presence");
            assertThat(presence.getLastRowNum()).isEqualTo(9);
            List<Map<String, Cell>> about = Workbooks.rows(wb.getSheet("About"));
            Map<String, String> items = about.stream()
                    .collect(Collectors.toMap(
                            r -> text(r, "item"),
                            r -> new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.get("value")),
                            (a, b) -> a + "\n" + b));
            assertThat(items.get("project")).contains("demo");
            assertThat(items.get("segments (codings)")).isEqualTo("90");
            assertThat(items.get("documents")).isEqualTo("9");
            assertThat(items).containsKeys("exported at (UTC)", "Caravan version", "filters", "cells cut");
            assertThat(items.get("cells cut")).isEqualTo("none");
        }
    }

    private static String text(Map<String, Cell> row, String column) {
        Cell c = row.get(column);
        return c == null ? null : c.getStringCellValue();
    }
}
