package org.caravanqda.gui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.app.Project;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbench view model over a new project with one Russian interview open, without a screen:
 * jobs run inline (or are held until {@link #runJobs}), so each call has finished when it returns.
 */
abstract class OpenWorkbench {
    static final String TEXT = "Интервьюер: Почему Алматы?\n\nМарина: Там уже были друзья. И работа — удалённо.\n";

    @TempDir
    Path tmp;

    final List<Throwable> errors = new ArrayList<>();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    Project project;
    WorkbenchViewModel vm;
    /** While true the job thread holds its jobs (in {@link #held}) until {@link #runJobs} runs them. */
    boolean holding;

    final java.util.Queue<Runnable> held = new java.util.ArrayDeque<>();

    void runJobs() {
        holding = false;
        for (Runnable job = held.poll(); job != null; job = held.poll()) {
            job.run();
        }
    }

    @BeforeEach
    void open() throws Exception {
        project = InlineWorkbench.projectWith(tmp, "ru-01.txt", TEXT);
        vm = new WorkbenchViewModel(
                project,
                new Jobs(
                        job -> {
                            if (holding) {
                                held.add(job);
                            } else {
                                job.run();
                            }
                        },
                        Runnable::run),
                (w, e) -> errors.add(e),
                dialogs,
                new GuiPreferences(node),
                "anna");
        vm.reload();
        vm.openDocument("ru-01.txt");
    }

    @AfterEach
    void close() throws Exception {
        project.close();
        node.removeNode();
    }
}
