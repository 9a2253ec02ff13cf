package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementReport;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --agreement writes the comparison and the disagreements for the consensus meeting. */
class AgreementSheetsTest {
    @TempDir
    Path tmp;

    @Test
    void agreementAndDisagreementsSheetsMatchTheReport() throws Exception {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        try (Project p = TestApp.app().open(tmp.resolve("demo"))) {
            AgreementRequest request = new AgreementRequest(
                    List.of("anna", "timur"), AgreementUnit.SENTENCE, List.of(), List.of(), null, true);
            AgreementReport report = p.agreement().compare(request);
            ExportSummary s = p.exports()
                    .export(
                            new ExportRequest(Path.of("agree.xlsx"), Selection.all(), 0, false, request),
                            Progress.NONE,
                            Cancellation.none());
            try (XSSFWorkbook wb = Workbooks.open(s.file())) {
                List<Map<String, Cell>> stats = Workbooks.rows(wb.getSheet("Agreement"));
                assertThat(stats).hasSize(report.codes().size() + 1);
                Map<String, Cell> overall = stats.get(stats.size() - 1);
                assertThat(overall.get("code").getStringCellValue()).isEqualTo("(overall)");
                assertThat(overall.get("percent agreement").getNumericCellValue())
                        .isCloseTo(report.overall().agreement() * 100, org.assertj.core.data.Offset.offset(1e-9));
                List<Map<String, Cell>> diffs = Workbooks.rows(wb.getSheet("Disagreements"));
                assertThat(diffs).hasSize(report.disagreements().size()).isNotEmpty();
                AgreementReport.Disagreement first = report.disagreements().get(0);
                assertThat(diffs.get(0).get("text").getStringCellValue()).isEqualTo(first.text());
                assertThat(diffs.get(0).get("codes of anna").getStringCellValue())
                        .isEqualTo(
                                first.codes().containsKey("anna")
                                        ? String.join("; ", first.codes().get("anna"))
                                        : "(did not code)");
            }
        }
    }
}
