package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet formula injection through every way text reaches an export: transcript lines,
 * a document name, an attribute name and values, a code name and a memo, each starting with
 * = + - or @. In xlsx they stay string cells with the literal text (POI and LibreOffice agree);
 * in CSV they get a leading apostrophe.
 */
class FormulaInjectionTest {
    static final List<String> LINES = List.of(
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+7 701 000 00 00",
            "-2+3",
            "@SUM(A1:A2)",
            "=cmd|' /C calc'!A0");
    static final String DOCUMENT = "=1+2.txt";
    static final String ATTRIBUTE = "@origin";
    static final String VALUE = "=IMPORTXML(\"http://evil.example\",\"//a\")";
    static final String CODE = "+SUM(9)";
    static final String MEMO = "-1-1";

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void project() throws Exception {
        Caravan app = TestApp.app();
        dir = tmp.resolve("p");
        Path transcript =
                Files.writeString(tmp.resolve(DOCUMENT), String.join("\n\n", LINES) + "\n", StandardCharsets.UTF_8);
        Path attributes = Files.writeString(
                tmp.resolve("attributes.csv"),
                "document," + ATTRIBUTE + "\n" + DOCUMENT + ",\"" + VALUE.replace("\"", "\"\"") + "\"\n",
                StandardCharsets.UTF_8);
        try (Project p = app.create(dir, "injection", "en", null, true)) {
            p.imports()
                    .importFiles(
                            List.of(transcript),
                            new ImportOptions("en", attributes, null),
                            Progress.NONE,
                            Cancellation.none());
            p.codebook().add(null, CODE, "#FF0000", "eve");
            for (String line : LINES) {
                p.codings().code(new CodeRequest(DOCUMENT, null, null, line, null, CODE, "eve", MEMO));
            }
        }
    }

    private Path export(String name) {
        try (Project p = TestApp.app().open(dir)) {
            Path out = tmp.resolve(name);
            p.exports().export(new ExportRequest(out, Selection.all(), 0, false), Progress.NONE, Cancellation.none());
            return out;
        }
    }

    private static List<String> hostile() {
        List<String> all = new ArrayList<>(LINES);
        all.addAll(List.of(DOCUMENT, ATTRIBUTE, VALUE, CODE, MEMO));
        return all;
    }

    @Test
    void xlsxCellsAreStringsWithTheLiteralTextNeverFormulas() {
        Path xlsx = export("segments.xlsx");
        List<String> strings = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType())
                                .as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            strings.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(strings).containsAll(hostile());
    }

    @Test
    void csvCellsStartingLikeAFormulaGetAnApostrophe() throws Exception {
        Path csv = export("segments.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(LINES.size());
        assertThat(rows)
                .extracting(r -> r.get("coded text"))
                .containsExactlyInAnyOrderElementsOf(
                        LINES.stream().map(l -> "'" + l).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("document")).isEqualTo("'" + DOCUMENT);
            assertThat(r.get("code")).isEqualTo("'" + CODE);
            assertThat(r.get("memo")).isEqualTo("'" + MEMO);
            assertThat(r.get("'" + ATTRIBUTE)).isEqualTo("'" + VALUE);
        });
    }

    @Test
    void libreOfficeShowsTheLiteralTextNotAComputedValue() throws Exception {
        String soffice = LibreOfficeOpensExportTest.soffice();
        Assumptions.assumeTrue(
                soffice != null, "soffice (LibreOffice) is not installed: skipping the LibreOffice check");
        Path xlsx = export("segments.xlsx");
        Path out = Files.createDirectories(tmp.resolve("csv"));
        Process p = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1",
                        "--outdir",
                        out.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path csv = out.resolve("segments.csv");
        assertThat(csv).as(Files.readString(tmp.resolve("soffice.log"))).isRegularFile();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).extracting(r -> r.get("coded text")).containsExactlyInAnyOrderElementsOf(LINES);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("document")).isEqualTo(DOCUMENT);
            assertThat(r.get(ATTRIBUTE)).isEqualTo(VALUE);
            assertThat(r.get("code")).isEqualTo(CODE);
            assertThat(r.get("memo")).isEqualTo(MEMO);
        });
    }
}
