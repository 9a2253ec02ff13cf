package org.caravanqda.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.bench.port.BaselineSheetWriter;
import org.caravanqda.bench.port.LikeBaselines;

/**
 * {@code caravan bench}: generates a synthetic corpus, imports it into a fresh project and
 * reports throughput and peak heap. Later capabilities add their own figures here ({@link ExportBench}).
 */
public final class BenchService {
    private final Caravan app;
    private final LikeBaselines likeBaselines;
    private final BaselineSheetWriter bareSheets;

    /** With the bench's own adapters: the SQL LIKE baseline and the bare spreadsheet loop it compares against. */
    public BenchService(Caravan app, LikeBaselines likeBaselines, BaselineSheetWriter bareSheets) {
        this.app = app;
        this.likeBaselines = likeBaselines;
        this.bareSheets = bareSheets;
    }

    public BenchResult run(BenchConfig config, Progress progress) {
        Path work = null;
        try {
            work = Files.createTempDirectory("caravan-bench");
            Path corpusDir = Files.createDirectories(work.resolve("corpus"));
            List<String> sentences = SentenceSource.load(config.corpus());
            progress.update("writing " + config.documents() + " synthetic transcripts", 0, -1);
            List<Path> files = SyntheticCorpus.write(corpusDir, config, sentences);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            double mb = bytes / (1024.0 * 1024.0);
            metrics.put("corpus.mb", round(mb));
            try (Project p = app.create(work.resolve("project"), "bench", "ru", null, true)) {
                TimedImport cold = TimedImport.run(p, corpusDir, progress);
                metrics.put("corpus.words", (double) cold.report().words());
                cold.put(metrics, "import.", mb);
                metrics.put("store.mb", round(Files.size(p.directory().resolve("caravan.mv.db")) / (1024.0 * 1024.0)));
                if (config.segments() > 0) {
                    metrics.putAll(
                            new ExportBench(bareSheets).run(p, config.segments(), config.seed(), work, progress));
                }
                if (config.retrievalSegments() > 0) {
                    metrics.putAll(RetrievalBench.run(
                            p, config.retrievalSegments(), config.segments() > 0, config.seed(), progress));
                }
                if (config.searchSegments() > 0) {
                    new SearchBench(p, likeBaselines.on(StoreAccess.of(p)), metrics)
                            .run(config.searchSegments(), config.seed(), progress);
                }
            }
            // the same import again in this JVM: the first one also paid for compiling the code it ran
            try (Project p = app.create(work.resolve("project-warm"), "bench", "ru", null, true)) {
                TimedImport.run(p, corpusDir, progress).put(metrics, "import.warm.", mb);
            }
            progress.update("timing character-level agreement on synthetic codings", 0, -1);
            metrics.putAll(AgreementBench.run(config.seed()));
            Map<String, Object> cfg = new LinkedHashMap<>();
            cfg.put("documents", config.documents());
            cfg.put("words", config.words());
            cfg.put(
                    "corpus",
                    config.corpus() == null
                            ? "built-in"
                            : config.corpus().getFileName().toString());
            cfg.put("sentences", sentences.size());
            cfg.put("seed", config.seed());
            cfg.put("segments", config.segments());
            cfg.put("searchSegments", config.searchSegments());
            cfg.put("retrievalSegments", config.retrievalSegments());
            cfg.put(
                    "agreement",
                    AgreementBench.DOCUMENTS + " documents x " + AgreementBench.CHARACTERS + " characters x "
                            + AgreementBench.CODES + " codes, 2 coders");
            cfg.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return new BenchResult(cfg, metrics);
        } catch (IOException e) {
            throw new CaravanException("bench failed: " + e.getMessage(), e);
        } finally {
            if (work != null) {
                org.caravanqda.app.common.TempFolders.deleteTree(work);
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
