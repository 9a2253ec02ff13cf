package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.access.Coders;
import org.caravanqda.gui.agreement.AgreementView;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.FxDialogs;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.Notifier;
import org.caravanqda.gui.common.ShowInFolder;
import org.caravanqda.gui.common.Styles;
import org.caravanqda.gui.export.ExportDialog;
import org.caravanqda.gui.retrieval.RetrievalTab;
import org.caravanqda.gui.start.OpeningAhead;
import org.caravanqda.gui.start.PasswordDialog;
import org.caravanqda.gui.start.ServerPasswordDialog;
import org.caravanqda.gui.start.StartView;
import org.caravanqda.gui.start.StartViewModel;
import org.caravanqda.gui.workbench.WorkbenchView;
import org.caravanqda.gui.workbench.WorkbenchViewModel;

/** The window: the start screen, or the workbench of the open project (which it closes on leaving). */
public final class Shell {
    /** How long a window given a project may wait to show it before it shows what is ready. */
    static final javafx.util.Duration GRACE = javafx.util.Duration.millis(800);

    private final Stage stage;
    private final Caravan app;
    private final Jobs jobs;
    private final Notifier notifier;
    private final GuiPreferences prefs;
    private final Dialogs dialogs;
    private Project project;
    private ShowInFolder folders = folder -> {};
    private WorkbenchView workbench;
    private RetrievalTab retrieval;
    private StartViewModel start;
    private PauseTransition grace;
    /** {@link #GRACE}, longer in a test that must see the one frame on a loaded machine */
    private javafx.util.Duration graceTime = GRACE;

    public Shell(Stage stage, Caravan app, Jobs jobs, Notifier notifier, GuiPreferences prefs) {
        this.stage = stage;
        this.app = app;
        this.jobs = jobs;
        this.notifier = notifier;
        this.prefs = prefs;
        this.dialogs = new FxDialogs(stage);
    }

    public void start(Path project) {
        start(project, null);
    }

    /**
     * Shows the start screen, and opens {@code project} if one is named. With {@code ahead} (the same
     * folder, being opened since the process started) the window waits to show the workbench with its
     * lists, without the start screen's frame first; it shows whatever is ready after {@link #GRACE}
     * (ADR 0041).
     */
    public void start(Path project, OpeningAhead ahead) {
        stage.setTitle("Caravan");
        stage.setWidth(1440);
        stage.setHeight(900);
        if (ahead == null) {
            showStart();
            stage.show();
            if (project != null) {
                start.open(project); // a failure is the start screen's status line
            }
            return;
        }
        start = startViewModel();
        start.open(ahead);
        grace = new PauseTransition(graceTime);
        grace.setOnFinished(e -> showWindow());
        grace.play();
    }

    /** How long {@link #start(Path, OpeningAhead)} waits before it shows what is ready (tests). */
    void graceTime(javafx.util.Duration time) {
        graceTime = time;
    }

    /** Shows the window if it is not yet: the workbench as far as it is filled, or the start screen. */
    private void showWindow() {
        if (grace != null) {
            // shown once: a window hidden later (closed, or a test's) must not come back when the grace ends
            grace.stop();
            grace = null;
        }
        if (stage.isShowing()) {
            return;
        }
        if (stage.getScene() == null) {
            setRoot(new StartView(start, stage).root());
        }
        stage.show();
    }

    public void showStart() {
        closeProject();
        StartViewModel vm = startViewModel();
        start = vm;
        setRoot(new StartView(vm, stage).root());
        stage.setTitle("Caravan");
    }

    private StartViewModel startViewModel() {
        return new StartViewModel(
                app,
                jobs,
                (what, e) -> {
                    showWindow(); // an open that failed before the window showed: its dialog over the start screen
                    notifier.error(what, e);
                },
                dialogs,
                prefs,
                this::showProject,
                new PasswordDialog(stage),
                new ServerPasswordDialog(stage));
    }

    /** The open project's retrieval tab (where chart clicks and code double-clicks list segments); null without a project. */
    public RetrievalTab retrieval() {
        return retrieval;
    }

    public void showProject(Project opened) {
        closeProject();
        project = opened;
        serveCommandsBeside(opened);
        String coder = Optional.ofNullable(prefs.coder())
                .or(() -> Coders.fromEnvironment(System.getenv()))
                .orElseGet(() -> {
                    showWindow(); // the question over the window, not alone on the screen
                    return askCoder();
                });
        prefs.coder(coder);
        WorkbenchViewModel vm = new WorkbenchViewModel(opened, jobs, notifier, dialogs, prefs, coder);
        // the job thread reads the lists while this thread builds the views; they are applied after
        vm.reload();
        workbench = new WorkbenchView(vm, stage, this::showStart);
        AgreementView.install(workbench, opened, jobs);
        ExportDialog.install(workbench, opened, jobs, stage, folders);
        retrieval = RetrievalTab.install(workbench, stage);
        org.caravanqda.gui.documents.DocumentMenus.install(workbench);
        org.caravanqda.gui.attributes.AttributeTableView.install(workbench);
        org.caravanqda.gui.cases.CasesView.install(workbench);
        setRoot(workbench.root());
        workbench.installShortcuts(stage.getScene());
        stage.setTitle("Caravan — " + vm.projectName());
        if (!stage.isShowing()) {
            // one frame with the lists filled, not an empty workbench laid out and then filled
            onFirstChange(vm.revisionProperty(), this::showWindow);
        }
    }

    private static void onFirstChange(javafx.beans.value.ObservableValue<?> value, Runnable action) {
        value.addListener(new javafx.beans.value.ChangeListener<Object>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                value.removeListener(this);
                action.run();
            }
        });
    }

    /**
     * Read-only commands of the command line (stats, table, export...) run beside the window
     * through a local owner-only socket (ADR 0019); without it they are refused as before.
     */
    private static void serveCommandsBeside(Project opened) {
        try {
            opened.serveCommandsBeside();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Shell.class)
                    .warn(
                            "command channel beside the window not started: {}",
                            e.getClass().getSimpleName());
        }
    }

    /** Asked once; the answer is remembered and can be changed from the toolbar. */
    private String askCoder() {
        return dialogs.askText(
                        "Who is coding?",
                        "Your coder name: every coding you make carries it (asked once, remembered)",
                        Coders.defaultName())
                .filter(s -> !s.isBlank())
                .map(String::strip)
                .orElse(Coders.defaultName());
    }

    private void setRoot(Parent root) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(Styles.STYLESHEET);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }

    /** How "Show in folder" shows one (the application's host services; nothing in tests). */
    public void folders(ShowInFolder folders) {
        this.folders = folders;
    }

    /** A failure nobody caught ({@link UncaughtFailures}), in one line in the status bar of what is shown. */
    public void showFailure(String line) {
        if (workbench != null) {
            workbench.viewModel().statusProperty().set(line);
        } else if (start != null) {
            start.statusProperty().set(line);
        }
    }

    public WorkbenchView workbench() {
        return workbench;
    }

    public void closeProject() {
        if (project != null) {
            Project p = project;
            project = null;
            workbench = null;
            // closing waits for the jobs before it: the project is released after its last write
            jobs.submit(
                    (pr, c) -> {
                        p.close();
                        return null;
                    },
                    r -> {},
                    e -> notifier.error("Closing the project", e));
        }
    }
}
