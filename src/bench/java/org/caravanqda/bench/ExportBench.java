package org.caravanqda.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.bench.port.BaselineSheetWriter;

/**
 * Export figures for {@code bench --segments N}: N synthetic codings on the imported corpus,
 * then a pass that only reads the segment rows, POI's bare SXSSF loop writing those same rows
 * and the real .xlsx export (all sheets) in alternation, and the .csv export, each with its
 * peak heap. Both xlsx figures include reading the rows from the store ({@code export.readSeconds}).
 */
final class ExportBench {
    static final int ROUNDS = 2;
    private final BaselineSheetWriter baseline;

    ExportBench(BaselineSheetWriter baseline) {
        this.baseline = baseline;
    }

    Map<String, Double> run(Project p, int segments, long seed, Path work, Progress progress) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        SyntheticCodings.add(p, segments, seed, progress);
        m.put("export.segments", (double) segments);
        m.put("export.setupSeconds", seconds(t0));
        ExportRequest xlsx = new ExportRequest(work.resolve("bench.xlsx"), Selection.all(), 0, false);

        progress.update("reading " + segments + " segment rows", 0, -1);
        HeapSampler.reset();
        t0 = System.nanoTime();
        long rows = p.exports().segmentRows(xlsx, row -> {});
        double read = seconds(t0);
        check(rows, segments);
        m.put("export.readSeconds", read);

        // bare loop and export alternate twice and the faster run of each counts: the first
        // run of either pays for JIT warm-up and a cold page cache, which would favour the second
        double bare = Double.MAX_VALUE;
        double full = Double.MAX_VALUE;
        for (int round = 1; round <= ROUNDS; round++) {
            progress.update("bare POI SXSSF loop, round " + round, 0, -1);
            Path bareFile = work.resolve("bare.xlsx");
            HeapSampler.reset();
            t0 = System.nanoTime();
            List<String> header = p.exports().segmentHeader(xlsx);
            try (BaselineSheetWriter.RowSink sink = baseline.open(bareFile, header)) {
                p.exports().segmentRows(xlsx, sink::row);
            }
            bare = Math.min(bare, seconds(t0));
            m.put(
                    "export.xlsx.barePeakHeapMb",
                    Math.max(m.getOrDefault("export.xlsx.barePeakHeapMb", 0.0), round(HeapSampler.peakMb())));
            m.put("export.xlsx.bareMb", round(Files.size(bareFile) / (1024.0 * 1024.0)));
            Files.delete(bareFile);

            progress.update("xlsx export, round " + round, 0, -1);
            HeapSampler.reset();
            t0 = System.nanoTime();
            var s = p.exports().export(xlsx, Progress.NONE, Cancellation.none());
            full = Math.min(full, seconds(t0));
            check(s.segments(), segments);
            m.put(
                    "export.xlsx.peakHeapMb",
                    Math.max(m.getOrDefault("export.xlsx.peakHeapMb", 0.0), round(HeapSampler.peakMb())));
            m.put("export.xlsx.mb", round(Files.size(s.file()) / (1024.0 * 1024.0)));
            m.put("export.xlsx.sheets", (double) s.segmentSheets().size());
            Files.delete(s.file());
        }
        m.put("export.xlsx.bareSeconds", bare);
        m.put("export.xlsx.bareRowsPerSecond", round(segments / bare));
        m.put("export.xlsx.seconds", full);
        m.put("export.xlsx.rowsPerSecond", round(segments / full));
        m.put("export.xlsx.vsBare", round(full / bare));

        progress.update("csv export", 0, -1);
        HeapSampler.reset();
        t0 = System.nanoTime();
        var c = p.exports()
                .export(
                        new ExportRequest(work.resolve("bench.csv"), Selection.all(), 0, false),
                        Progress.NONE,
                        Cancellation.none());
        double csv = seconds(t0);
        m.put("export.csv.seconds", csv);
        m.put("export.csv.rowsPerSecond", round(segments / csv));
        m.put("export.csv.peakHeapMb", round(HeapSampler.peakMb()));
        Files.delete(c.file());
        return m;
    }

    private static void check(long rows, int segments) {
        if (rows != segments) {
            throw new CaravanException("bench: expected " + segments + " segment rows, got " + rows);
        }
    }

    private static double seconds(long t0) {
        return round((System.nanoTime() - t0) / 1e9);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
