package org.caravanqda.gui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.caravanqda.app.Caravan;
import org.caravanqda.gui.common.FxDialogs;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.start.OpeningAhead;

/** The JavaFX application: one window that shows the start screen or an open project. */
public final class CaravanFxApp extends Application {
    // Application.launch builds the instance itself, so the composition root hands over through these
    private static Caravan app;
    private static Path initialProject;
    private static OpeningAhead openingAhead;
    private static java.util.function.Consumer<String> terminal;
    private ExecutorService worker;
    private Shell shell;

    /** {@code ahead}: the project being opened already (null when none is, or it needs a password first). */
    static void prepare(Caravan caravan, Path project, OpeningAhead ahead, java.util.function.Consumer<String> stderr) {
        app = caravan;
        initialProject = project;
        openingAhead = ahead;
        terminal = stderr;
    }

    /** The theme every window of Caravan is drawn with (the training's off-screen one too). */
    static void useApplicationLook() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        useApplicationLook();
        worker = Jobs.newWorker();
        Jobs jobs = new Jobs(worker, Platform::runLater);
        shell = new Shell(stage, app, jobs, new FxDialogs(stage)::showError, GuiPreferences.user());
        shell.folders(folder -> getHostServices().showDocument(folder.toUri().toString()));
        UncaughtFailures failures = new UncaughtFailures(Platform::runLater, shell::showFailure);
        failures.install();
        try {
            shell.start(initialProject, openingAhead);
        } catch (RuntimeException | Error e) {
            // the start screen stays, with the line, rather than no window at all
            failures.uncaughtException(Thread.currentThread(), e);
            if (!stage.isShowing()) {
                stage.show();
            }
        }
        if (StartupProbe.wanted()) {
            StartupProbe.watch(stage, shell, initialProject != null, terminal);
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.closeProject();
        }
        if (worker != null) {
            worker.shutdown();
            try {
                // let the queued writes and the project's close finish before the JVM exits
                worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
