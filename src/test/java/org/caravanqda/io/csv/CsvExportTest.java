package org.caravanqda.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path tmp;

    @Test
    void tidySegmentsWithABomOnRequestAndTheFiltersApplied() throws Exception {
        Caravan app = TestApp.app();
        Path demo =
                new DemoService(app).build(tmp.resolve("demo"), Progress.NONE).project();
        try (Project p = app.open(demo)) {
            Path out = tmp.resolve("out/anna.csv");
            ExportSummary s = p.exports()
                    .export(
                            new ExportRequest(
                                    out,
                                    Selection.of(
                                            Set.of("anna"), List.of("ru-01-almaty-marina", "ru-03-bishkek-olga.txt")),
                                    0,
                                    true),
                            Progress.NONE,
                            Cancellation.none());
            assertThat(s.file()).isEqualTo(out.toAbsolutePath());
            byte[] bytes = Files.readAllBytes(out);
            assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
            assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
            String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(new StringReader(text))
                    .getRecords();
            List<CodingView> expected = p.codings().codings(null, null, "anna").stream()
                    .filter(c ->
                            c.document().startsWith("ru-01") || c.document().startsWith("ru-03"))
                    .toList();
            assertThat(rows).hasSize(expected.size()).isNotEmpty();
            assertThat(s.segments()).isEqualTo(expected.size());
            Map<Long, CodingView> byId =
                    expected.stream().collect(Collectors.toMap(CodingView::id, Function.identity()));
            for (CSVRecord r : rows) {
                CodingView c = byId.get(Long.parseLong(r.get("coding id")));
                assertThat(r.get("coded text")).isEqualTo(c.text());
                assertThat(r.get("code path")).isEqualTo(c.code());
                assertThat(r.get("coder")).isEqualTo("anna");
                assertThat(r.get("memo")).isEqualTo(c.memo() == null ? "" : c.memo());
                assertThat(r.get("created (UTC)")).isEqualTo(c.created().toString());
                assertThat(r.get("age")).matches("\\d+");
                assertThat(r.get("departure_date")).matches("2022-\\d\\d-\\d\\d");
                assertThat(r.get("pseudonym")).isIn("Марина", "Ольга");
            }
            p.exports()
                    .export(
                            new ExportRequest(Path.of("plain.csv"), Selection.all(), 0, false),
                            Progress.NONE,
                            Cancellation.none());
            assertThat(Files.readAllBytes(demo.resolve("exports/plain.csv"))[0]).isEqualTo((byte) 'd');
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaNeverBecomesOne() throws Exception {
        Caravan app = TestApp.app();
        Path demo =
                new DemoService(app).build(tmp.resolve("demo"), Progress.NONE).project();
        try (Project p = app.open(demo)) {
            Path file = Files.writeString(
                    tmp.resolve("inject.txt"),
                    "Р: =HYPERLINK(\"http://x\")\n\nР: +7 701 000\n\nР: обычный текст\n",
                    StandardCharsets.UTF_8);
            p.imports()
                    .importFiles(
                            List.of(file),
                            new org.caravanqda.app.imports.ImportOptions("ru", null, null),
                            Progress.NONE,
                            Cancellation.none());
            p.codings()
                    .code(new org.caravanqda.app.coding.CodeRequest(
                            "inject",
                            null,
                            null,
                            "=HYPERLINK(\"http://x\")",
                            null,
                            "Economic push",
                            "eve",
                            "@SUM(1+1)"));
            p.codings()
                    .code(new org.caravanqda.app.coding.CodeRequest(
                            "inject", null, null, "+7 701 000", null, "Economic push", "eve", null));
            p.codings()
                    .code(new org.caravanqda.app.coding.CodeRequest(
                            "inject", null, null, "обычный текст", null, "Economic push", "eve", null));
            Path out = tmp.resolve("inject.csv");
            p.exports()
                    .export(
                            new ExportRequest(out, Selection.of(Set.of("eve"), List.of()), 0, false),
                            Progress.NONE,
                            Cancellation.none());
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(new StringReader(Files.readString(out, StandardCharsets.UTF_8)))
                    .getRecords();
            assertThat(rows)
                    .extracting(r -> r.get("coded text"))
                    .containsExactlyInAnyOrder("'=HYPERLINK(\"http://x\")", "'+7 701 000", "обычный текст");
            assertThat(rows).extracting(r -> r.get("memo")).contains("'@SUM(1+1)");
        }
    }
}
