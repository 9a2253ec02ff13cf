package org.caravanqda.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravanqda.TestApp;
import org.caravanqda.app.job.Progress;
import org.caravanqda.cli.BenchCommand;
import org.junit.jupiter.api.Test;

/** bench --segments: export figures beside the bare POI loop; their size is for docs/performance.md. */
class ExportBenchTest {
    @Test
    void reportsExportFiguresNextToTheBareLoop() {
        BenchResult r =
                BenchCommand.service(TestApp.app()).run(new BenchConfig(3, 2_000, null, 7, 600, 0), Progress.NONE);
        assertThat(r.config()).containsEntry("segments", 600);
        assertThat(r.metrics())
                .containsKeys(
                        "import.mbPerSecond",
                        "export.readSeconds",
                        "export.xlsx.rowsPerSecond",
                        "export.xlsx.bareRowsPerSecond",
                        "export.xlsx.peakHeapMb",
                        "export.xlsx.barePeakHeapMb",
                        "export.xlsx.vsBare",
                        "export.csv.rowsPerSecond");
        assertThat(r.metrics().get("export.segments")).isEqualTo(600.0);
        assertThat(r.metrics().get("export.xlsx.rowsPerSecond")).isPositive();
        assertThat(r.metrics().get("export.xlsx.sheets")).isEqualTo(1.0);
    }
}
