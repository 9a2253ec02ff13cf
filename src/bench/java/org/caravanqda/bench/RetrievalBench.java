package org.caravanqda.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.retrieval.RetrievalViewModel;
import org.caravanqda.gui.retrieval.RetrievalViewModel.Column;
import org.caravanqda.gui.retrieval.RetrievalViewModel.SortKey;
import org.caravanqda.gui.workbench.WorkbenchViewModel;

/**
 * Retrieval figures for {@code bench --retrieval-segments N}: N synthetic codings (unless the
 * export bench already added its own), then the retrieval view's model opened on every code of
 * the codebook with sub-codes, so it lists them all: read from the store, rows with speaker and
 * context words, into its sorted list (what the window shows at once; the table only lays out
 * the visible rows). Jobs run inline, so the time is the whole open. The first open pays for
 * JIT warm-up; the best of {@link #ROUNDS} more is the warm figure. Then one sort by coder.
 */
final class RetrievalBench {
    static final int ROUNDS = 5;

    private RetrievalBench() {}

    static Map<String, Double> run(Project p, int segments, boolean codingsPresent, long seed, Progress progress) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (!codingsPresent) {
            SyntheticCodings.add(p, segments, seed, progress);
        }
        long stored = StoreAccess.of(p).read(s -> s.codings().count());
        List<String> roots = StoreAccess.of(p)
                .read(s ->
                        s.codes().codebook().roots().stream().map(c -> c.name()).toList());
        RetrievalRequest all = new RetrievalRequest(roots, RetrievalRequest.Combine.ANY, true, Selection.all());
        Preferences node = Preferences.userRoot().node("caravan-bench-" + UUID.randomUUID());
        try {
            Throwable[] failed = {null};
            WorkbenchViewModel workbench = new WorkbenchViewModel(
                    p,
                    new Jobs(Runnable::run, Runnable::run),
                    (what, e) -> failed[0] = e,
                    new NoDialogs(),
                    new GuiPreferences(node),
                    "bench");
            progress.update("opening the retrieval view on " + stored + " segments", 0, -1);
            double first = 0;
            double best = Double.MAX_VALUE;
            int rows = 0;
            for (int round = 0; round <= ROUNDS; round++) {
                RetrievalViewModel vm = new RetrievalViewModel(workbench, () -> {});
                long t0 = System.nanoTime();
                vm.open(all);
                double s = seconds(t0);
                if (failed[0] != null) {
                    throw new CaravanException("retrieval failed: " + failed[0], failed[0]);
                }
                rows = vm.shown().size();
                if (round == 0) {
                    first = s;
                } else {
                    best = Math.min(best, s);
                }
                if (round == ROUNDS) {
                    long t1 = System.nanoTime();
                    vm.sortBy(List.of(new SortKey(Column.CODER, true), new SortKey(Column.DATE, false)));
                    m.put("retrieval.sortSeconds", seconds(t1));
                }
                vm.close();
            }
            double service = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                p.retrieval().retrieve(all);
                service = Math.min(service, seconds(t0));
            }
            m.put("retrieval.serviceSeconds", service);
            if (rows != stored) {
                throw new CaravanException("retrieval listed " + rows + " of " + stored + " segments");
            }
            m.put("retrieval.segments", (double) rows);
            m.put("retrieval.openFirstSeconds", first);
            m.put("retrieval.openSeconds", best);
            m.put("retrieval.segmentsPerSecond", Math.round(rows / best) * 1.0);
        } finally {
            try {
                node.removeNode();
            } catch (BackingStoreException e) {
                // a preferences node left behind is harmless
            }
        }
        return m;
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e6) / 1000.0;
    }

    /** The bench asks nothing: every question is cancelled. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public Optional<Path> chooseFile(String title, FileType... types) {
            return Optional.empty();
        }

        @Override
        public List<Path> chooseFiles(String title, FileType... types) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> saveFile(String title, String initialName, FileType... types) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.empty();
        }

        @Override
        public Optional<String> choose(String title, String prompt, List<String> options) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public void showError(String title, Throwable cause) {}
    }
}
