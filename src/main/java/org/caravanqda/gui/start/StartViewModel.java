package org.caravanqda.gui.start;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.WrongPasswordException;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.Notifier;
import org.caravanqda.gui.common.Work;

/** The start screen: create a project, open one (recent ones remembered), or open the demo project. */
public final class StartViewModel {
    private final Caravan app;
    private final Jobs jobs;
    private final Notifier notifier;
    private final GuiPreferences prefs;
    private final Consumer<Project> opened;
    private final PasswordAsker passwords;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public StartViewModel(Caravan app, Jobs jobs, Notifier notifier, GuiPreferences prefs, Consumer<Project> opened) {
        this(app, jobs, notifier, prefs, opened, PasswordAsker.NONE);
    }

    public StartViewModel(Caravan app, Jobs jobs, Notifier notifier, GuiPreferences prefs, Consumer<Project> opened,
                          PasswordAsker passwords) {
        this.app = app;
        this.passwords = passwords;
        this.jobs = jobs;
        this.notifier = notifier;
        this.prefs = prefs;
        this.opened = opened;
        recent.setAll(prefs.recentProjects());
    }

    /** Opens a project; an encrypted one asks for its password, again after a wrong one, until cancelled. */
    public void open(Path dir) {
        if (app.isEncrypted(dir)) {
            openEncrypted(dir, null);
        } else {
            run("Opening " + dir.getFileName(), (p, c) -> app.open(dir), e -> notifier.error("Opening " + dir.getFileName(), e));
        }
    }

    private void openEncrypted(Path dir, String problem) {
        Optional<char[]> password = passwords.ask(dir, problem);
        if (password.isEmpty()) {
            return;
        }
        char[] pw = password.get();
        run("Opening " + dir.getFileName(), (p, c) -> {
            try {
                return app.open(dir, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, e -> {
            if (e instanceof WrongPasswordException) {
                openEncrypted(dir, e.getMessage());
            } else {
                notifier.error("Opening " + dir.getFileName(), e);
            }
        });
    }

    public void create(Path dir, String name, String language) {
        create(dir, name, language, null);
    }

    /** Creates a project, encrypted with {@code password} unless it is null (the array is cleared). */
    public void create(Path dir, String name, String language, char[] password) {
        run("Creating " + dir.getFileName(), (p, c) -> {
            try {
                return app.create(dir, name, language, null, false, password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, e -> notifier.error("Creating " + dir.getFileName(), e));
    }

    /** Builds the demo project in {@code dir} the first time, then opens it. */
    public void openDemo(Path dir) {
        run("Building the demo project", (p, c) -> {
            if (!app.isProject(dir)) {
                new DemoService(app).build(dir, p);
            }
            return app.open(dir);
        }, e -> notifier.error("Building the demo project", e));
    }

    public void forget(Path dir) {
        prefs.forgetProject(dir);
        recent.setAll(prefs.recentProjects());
    }

    private void run(String what, Work<Project> work, Consumer<Throwable> failed) {
        busy.set(true);
        status.set(what + "…");
        jobs.submit(work, project -> {
            busy.set(false);
            status.set("");
            prefs.rememberProject(project.directory());
            recent.setAll(prefs.recentProjects());
            opened.accept(project);
        }, e -> {
            busy.set(false);
            status.set("");
            failed.accept(e);
        }, r -> status.set(r.message()));
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
