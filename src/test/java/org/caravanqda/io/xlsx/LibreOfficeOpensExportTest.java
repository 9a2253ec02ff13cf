package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo workbook opened by LibreOffice (headless, converted to CSV): it must open and show
 * the same values, Cyrillic included. Skips where soffice is not installed (CI has Java and Maven only).
 */
class LibreOfficeOpensExportTest {
    @TempDir
    Path tmp;

    @Test
    void libreOfficeReadsEverySegmentAsStored() throws Exception {
        String soffice = soffice();
        Assumptions.assumeTrue(
                soffice != null, "soffice (LibreOffice) is not installed: skipping the LibreOffice check");
        Caravan app = TestApp.app();
        Path demo =
                new DemoService(app).build(tmp.resolve("demo"), Progress.NONE).project();
        Path xlsx = demo.resolve("exports").resolve(DemoService.EXPORT);
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
        Path csv = out.resolve(DemoService.EXPORT.replace(".xlsx", ".csv"));
        assertThat(csv).as(Files.readString(tmp.resolve("soffice.log"))).isRegularFile();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
                .getRecords();
        try (Project project = app.open(demo)) {
            Map<Long, CodingView> byId = project.codings().codings(null, null, null).stream()
                    .collect(Collectors.toMap(CodingView::id, Function.identity()));
            assertThat(rows).hasSize(byId.size());
            for (CSVRecord r : rows) {
                CodingView c = byId.get(Long.parseLong(r.get("coding id")));
                // LibreOffice's CSV export ends lines inside a cell with LF, as stored
                assertThat(r.get("coded text")).isEqualTo(c.text());
                assertThat(r.get("document")).isEqualTo(c.document());
                assertThat(r.get("code path")).isEqualTo(c.code());
                assertThat(r.get("coder")).isEqualTo(c.coder());
                assertThat(Integer.parseInt(r.get("start"))).isEqualTo(c.start());
                assertThat(r.get("memo")).isEqualTo(c.memo() == null ? "" : c.memo());
            }
            assertThat(rows).extracting(r -> r.get("pseudonym")).contains("Марина", "Ольга", "Daniel");
        }
    }

    /** The LibreOffice binary on PATH, or null. */
    static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }
}
