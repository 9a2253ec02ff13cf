package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.TempFolders;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;

/**
 * The launcher's training run for the window's class-data archive (ADR 0036): the window's own start screen and
 * workbench, built over a demo project in a temporary folder and drawn off screen (snapshots of a stage never
 * shown), so the archive the JVM writes at exit holds what opening a project loads. Before, the archive held what
 * the first window session loaded: after a session that only showed the start screen, opening a project loaded
 * 2,440 classes from the jars, and the demo opened in 1.80 s instead of 1.55 s.
 */
public final class WindowTraining {
    /** The launcher's hidden first argument; not a command, never in help. */
    public static final String ARGUMENT = "--train-window-archive";

    private static final String SEARCH = "уехать";
    private static final long STEP_TIMEOUT_MILLIS = 60_000;

    private final Caravan app;
    private final Path demo;
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ExecutorService worker = Jobs.newWorker();
    private Shell shell;

    private WindowTraining(Caravan app, Path demo) {
        this.app = app;
        this.demo = demo;
    }

    /**
     * Builds a demo project in a new folder under {@code parent}, runs the window over it off screen, closes it and
     * deletes the folder; returns what failed (nothing when all ran). The launcher keeps the archive only when nothing
     * failed, and otherwise trains again after the next window.
     */
    public static List<String> run(Supplier<Caravan> application, Path parent) {
        return TempFolders.withFolder(parent, "caravan-window-training", dir -> {
            try {
                Caravan app = application.get();
                Path demo = dir.resolve("demo");
                new DemoService(app).build(demo, Progress.NONE);
                return new WindowTraining(app, demo).train();
            } catch (RuntimeException e) {
                return List.of("the demo project: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    /** Whether this process has a display to start the toolkit on (the launcher's training asks before the demo). */
    public static boolean hasDisplay() {
        return !FxDesktop.noDisplay();
    }

    private List<String> train() {
        boolean ownToolkit = true;
        try {
            Platform.startup(() -> {
                // this process is the training alone: its toolkit stays up between steps and has the window's look
                Platform.setImplicitExit(false);
                CaravanFxApp.useApplicationLook();
                guarded("the start screen", this::startScreen);
            });
        } catch (IllegalStateException running) {
            // the toolkit is up already (a test's): train in it, and leave it up
            ownToolkit = false;
            Platform.runLater(() -> guarded("the start screen", this::startScreen));
        } catch (RuntimeException e) {
            // no display, no GTK: nothing to train
            return List.of("the window's toolkit: " + e.getMessage());
        }
        try {
            if (!finished.await(5 * STEP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                failed.add("the window's steps did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add("interrupted");
        }
        worker.shutdown();
        try {
            // the project's close was queued on the job thread: let it release the folder before it is deleted
            worker.awaitTermination(STEP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownToolkit) {
            Platform.exit();
        }
        return List.copyOf(failed);
    }

    private void startScreen() {
        Stage stage = new Stage();
        GuiPreferences prefs = new GuiPreferences(new MemoryPreferences());
        prefs.coder("training"); // never the "Who is coding?" dialog
        shell = new Shell(stage, app, new Jobs(worker, Platform::runLater), (what, e) -> failed.add(what), prefs);
        shell.showStart();
        draw(stage.getScene());
        worker.submit(() -> {
            try {
                Project opened = app.open(demo);
                Platform.runLater(() -> guarded("the workbench", () -> workbench(stage, opened)));
            } catch (RuntimeException e) {
                failed.add("opening the demo project: " + e.getMessage());
                finished.countDown();
            }
        });
    }

    private void workbench(Stage stage, Project opened) {
        shell.showProject(opened);
        var vm = shell.workbench().viewModel();
        when(
                () -> !vm.documents().shown().isEmpty()
                        && !vm.codebook().nodes().isEmpty(),
                "the workbench's lists",
                () -> {
                    draw(stage.getScene());
                    vm.openDocument(vm.documents().shown().get(0).name());
                    when(() -> vm.transcript().transcriptProperty().get() != null, "a transcript", () -> {
                        draw(stage.getScene());
                        shell.workbench().showSearch();
                        vm.search().queryProperty().set(SEARCH);
                        vm.search().search();
                        when(() -> !vm.search().workingProperty().get(), "a search", () -> {
                            draw(stage.getScene());
                            shell.workbench().showMemos();
                            draw(stage.getScene());
                            shell.closeProject();
                            finished.countDown();
                        });
                    });
                });
    }

    /** Runs {@code then} on the JavaFX thread once {@code ready} holds, checking every 50 ms. */
    private void when(BooleanSupplier ready, String what, Runnable then) {
        long deadline = System.currentTimeMillis() + STEP_TIMEOUT_MILLIS;
        PauseTransition tick = new PauseTransition(Duration.millis(50));
        tick.setOnFinished(e -> {
            if (ready.getAsBoolean()) {
                guarded(what, then);
            } else if (System.currentTimeMillis() > deadline) {
                failed.add(what + " did not show in time");
                finished.countDown();
            } else {
                tick.playFromStart();
            }
        });
        tick.play();
    }

    /** Runs a step on the JavaFX thread; one that throws ends the training at once, named, instead of at the timeout. */
    private void guarded(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failed.add(what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            finished.countDown();
        }
    }

    /** Lays out and renders the scene into an image: the drawing classes load without a window on screen. */
    private static void draw(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.snapshot(null);
    }
}
