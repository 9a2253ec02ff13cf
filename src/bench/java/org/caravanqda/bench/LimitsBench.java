package org.caravanqda.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.model.CodeDraft;

/**
 * The large inputs of issue #22, each in a fresh project: a codebook of N codes imported from a
 * .qdc, one transcript of N tiny turns, and an auto-coding dry run over N hits. Run it under the
 * heap a user has (java -Xmx512m -jar target/caravan-bench.jar bench --turns 1000000) to see
 * whether it fits; a refusal is reported as a metric, not a failure.
 */
public final class LimitsBench {
    private LimitsBench() {}

    public static Map<String, Object> run(Caravan app, int codes, int turns, int hits, Progress progress) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            Path work = Files.createTempDirectory("caravan-bench-limits");
            if (codes > 0) {
                codebook(app, work.resolve("codebook"), codes, m, progress);
            }
            if (turns > 0) {
                turns(app, work.resolve("turns"), turns, m, progress);
            }
            if (hits > 0) {
                autocode(app, work.resolve("autocode"), hits, m, progress);
            }
            return m;
        } catch (IOException e) {
            throw new CaravanException("bench: cannot write its files: " + e.getMessage(), e);
        }
    }

    /** 100 codes a group: a parent and 99 children, as wide and shallow as real codebooks are. */
    static List<CodeDraft> drafts(int codes) {
        List<CodeDraft> roots = new ArrayList<>();
        for (int done = 0, g = 0; done < codes; g++) {
            List<CodeDraft> children = new ArrayList<>();
            for (int c = 0; c < 99 && done + 1 + c < codes; c++) {
                children.add(new CodeDraft(
                        null, "code " + g + "." + c, null, "definition " + c, null, null, null, true, List.of()));
            }
            roots.add(new CodeDraft(null, "group " + g, null, null, null, null, null, false, children));
            done += 1 + children.size();
        }
        return roots;
    }

    private static void codebook(Caravan app, Path dir, int codes, Map<String, Object> m, Progress progress)
            throws IOException {
        Files.createDirectories(dir);
        Path qdc = dir.resolve("big.qdc");
        progress.update("writing a codebook of " + codes + " codes", 0, -1);
        try (Project p = app.create(dir.resolve("source"), "bench", "ru", null, true)) {
            long t0 = System.nanoTime();
            p.codebook().importDrafts(drafts(codes), "bench", "bench");
            m.put("codebook.merge.seconds", seconds(t0));
            p.codebook().exportFile(qdc);
        }
        m.put("codebook.codes", codes);
        m.put("codebook.qdc.mb", Math.round(Files.size(qdc) / 1024.0 / 1024.0 * 10) / 10.0);
        progress.update("importing the codebook of " + codes + " codes", 0, -1);
        HeapSampler.reset();
        long t0 = System.nanoTime();
        try (Project p = app.create(dir.resolve("target"), "bench", "ru", null, true)) {
            p.codebook().importFile(qdc, "bench");
            m.put("codebook.import.seconds", seconds(t0));
            m.put("codebook.import.peakHeapMb", Math.round(HeapSampler.peakMb()));
            long t1 = System.nanoTime();
            int listed = p.codebook().tree().size();
            m.put("codebook.tree.seconds", seconds(t1));
            m.put("codebook.tree.codes", listed);
        }
    }

    private static void turns(Caravan app, Path dir, int turns, Map<String, Object> m, Progress progress)
            throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("turns.txt");
        progress.update("writing " + turns + " tiny turns", 0, -1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < turns; i++) {
                w.write(i % 2 == 0 ? "И: Да?\n" : "Р: Да.\n");
            }
        }
        m.put("turns.count", turns);
        m.put("turns.file.mb", Math.round(Files.size(file) / 1024.0 / 1024.0 * 10) / 10.0);
        m.put("turns.maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        HeapSampler.reset();
        long t0 = System.nanoTime();
        try (Project p = app.create(dir.resolve("project"), "bench", "ru", null, true)) {
            try {
                var r = p.imports()
                        .importFiles(
                                List.of(file), new ImportOptions("ru", null, "bench"), progress, Cancellation.none());
                m.put("turns.import.seconds", seconds(t0));
                m.put("turns.import.units", r.documents().get(0).units());
            } catch (CaravanException e) {
                m.put("turns.import.seconds", seconds(t0));
                m.put("turns.import.refused", e.getMessage());
            }
            m.put("turns.import.peakHeapMb", Math.round(HeapSampler.peakMb()));
        }
    }

    private static void autocode(Caravan app, Path dir, int hits, Map<String, Object> m, Progress progress)
            throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        int perTurn = 10;
        int turnsPerDoc = 1000;
        int docs = Math.max(1, hits / (perTurn * turnsPerDoc));
        progress.update("writing " + docs + " transcripts with " + hits + " hits", 0, -1);
        String turn = String.join(" ", java.util.Collections.nCopies(perTurn, "граница"));
        for (int d = 0; d < docs; d++) {
            try (BufferedWriter w =
                    Files.newBufferedWriter(corpus.resolve("doc" + d + ".txt"), StandardCharsets.UTF_8)) {
                for (int t = 0; t < turnsPerDoc; t++) {
                    w.write((t % 2 == 0 ? "И: " : "Р: ") + turn + ".\n\n");
                }
            }
        }
        try (Project p = app.create(dir.resolve("project"), "bench", "ru", null, false)) {
            p.imports()
                    .importFiles(
                            List.of(corpus), new ImportOptions("ru", null, "bench"), progress, Cancellation.none());
            for (AutocodeUnit unit : List.of(AutocodeUnit.HIT, AutocodeUnit.SENTENCE)) {
                HeapSampler.reset();
                long t0 = System.nanoTime();
                AutocodeReport r =
                        p.autocode().run(new AutocodeRequest("граница", "Departure", unit, null, "bench", true));
                String key = "autocode.dryRun." + unit.name().toLowerCase(java.util.Locale.ROOT);
                m.put(key + ".seconds", seconds(t0));
                m.put(key + ".hits", r.hits());
                m.put(key + ".spans", r.spans().size());
                m.put(key + ".peakHeapMb", Math.round(HeapSampler.peakMb()));
            }
        }
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }
}
