package org.caravanqda.gui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;

/** The workbench's view model without a screen: its jobs run inline, so each call has finished when it returns. */
final class InlineWorkbench {
    private InlineWorkbench() {}

    /** A new project in {@code tmp} holding one interview, {@code name} with {@code text}. */
    static Project projectWith(Path tmp, String name, String text) throws IOException {
        Project project = TestApp.newProject(tmp);
        imported(project, tmp, name, text);
        return project;
    }

    /** Imports {@code text} as the document {@code name} (written to {@code tmp} first). */
    static void imported(Project project, Path tmp, String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        project.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
    }

    /** A view model over {@code project} for {@code coder}; failures go to {@code errors}, preferences to {@code node}. */
    static WorkbenchViewModel viewModel(Project project, List<Throwable> errors, Preferences node, String coder) {
        return new WorkbenchViewModel(
                project,
                new Jobs(Runnable::run, Runnable::run),
                (w, e) -> errors.add(e),
                new ScriptedDialogs(),
                new GuiPreferences(node),
                coder);
    }
}
