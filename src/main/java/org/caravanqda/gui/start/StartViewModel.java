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
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.Notifier;
import org.caravanqda.gui.common.Work;

/**
 * The start screen: create a project, open one (recent ones remembered), or open the demo project.
 * Folders are asked through {@link Dialogs}, passwords through a {@link PasswordAsker}.
 */
public final class StartViewModel {
    /** Where the demo project is built and opened from. */
    static final Path DEMO = Path.of(System.getProperty("user.home"), "caravan-demo");
    /** Language of a project created from the start screen. */
    static final String NEW_PROJECT_LANGUAGE = "ru";

    private final Caravan app;
    private final Jobs jobs;
    private final Notifier notifier;
    private final Dialogs dialogs;
    private final GuiPreferences prefs;
    private final Consumer<Project> opened;
    private final PasswordAsker passwords;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public StartViewModel(
            Caravan app,
            Jobs jobs,
            Notifier notifier,
            Dialogs dialogs,
            GuiPreferences prefs,
            Consumer<Project> opened) {
        this(app, jobs, notifier, dialogs, prefs, opened, PasswordAsker.NONE);
    }

    public StartViewModel(
            Caravan app,
            Jobs jobs,
            Notifier notifier,
            Dialogs dialogs,
            GuiPreferences prefs,
            Consumer<Project> opened,
            PasswordAsker passwords) {
        this.app = app;
        this.passwords = passwords;
        this.jobs = jobs;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.opened = opened;
        recent.setAll(prefs.recentProjects());
    }

    /** "Open project…": asks for the project's folder, then opens it; cancelled, nothing happens. */
    public void chooseAndOpen() {
        dialogs.chooseFolder("Open a Caravan project").ifPresent(this::open);
    }

    /** Opens a project; an encrypted one asks for its password, again after a wrong one, until cancelled. */
    public void open(Path dir) {
        if (app.isEncrypted(dir)) {
            openEncrypted(dir, null);
        } else {
            run(
                    "Opening " + dir.getFileName(),
                    (p, c) -> app.open(dir),
                    e -> notifier.error("Opening " + dir.getFileName(), e));
        }
    }

    private void openEncrypted(Path dir, String problem) {
        Optional<char[]> password = passwords.ask(dir, problem);
        if (password.isEmpty()) {
            return;
        }
        char[] pw = password.get();
        run(
                "Opening " + dir.getFileName(),
                (p, c) -> {
                    try {
                        return app.open(dir, pw);
                    } finally {
                        Arrays.fill(pw, '\0');
                    }
                },
                e -> {
                    if (e instanceof WrongPasswordException) {
                        openEncrypted(dir, e.getMessage());
                    } else {
                        notifier.error("Opening " + dir.getFileName(), e);
                    }
                });
    }

    /**
     * "New project…" after its name (and password, or null) were given: asks for the folder to
     * create it in, then creates a folder named after the project there. Cancelled, nothing is
     * created and the password is cleared.
     */
    public void create(String name, char[] password) {
        dialogs.chooseFolder("Where to create " + name)
                .ifPresentOrElse(
                        parent -> create(parent.resolve(folderName(name)), name, NEW_PROJECT_LANGUAGE, password),
                        () -> {
                            if (password != null) {
                                Arrays.fill(password, '\0');
                            }
                        });
    }

    /** The project's name as a folder name: characters some file systems refuse in names (\\ / : * ? " < > |) become "_". */
    static String folderName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    public void create(Path dir, String name, String language) {
        create(dir, name, language, null);
    }

    /** Creates a project, encrypted with {@code password} unless it is null (the array is cleared). */
    public void create(Path dir, String name, String language, char[] password) {
        run(
                "Creating " + dir.getFileName(),
                (p, c) -> {
                    try {
                        return app.create(dir, name, language, null, false, password);
                    } finally {
                        if (password != null) {
                            Arrays.fill(password, '\0');
                        }
                    }
                },
                e -> notifier.error("Creating " + dir.getFileName(), e));
    }

    /** "Open demo project": the demo in ~/caravan-demo. */
    public void openDemo() {
        openDemo(DEMO);
    }

    /** Builds the demo project in {@code dir} the first time, then opens it. */
    public void openDemo(Path dir) {
        run(
                "Building the demo project",
                (p, c) -> {
                    if (!app.isProject(dir)) {
                        new DemoService(app).build(dir, p);
                    }
                    return app.open(dir);
                },
                e -> notifier.error("Building the demo project", e));
    }

    public void forget(Path dir) {
        prefs.forgetProject(dir);
        recent.setAll(prefs.recentProjects());
    }

    private void run(String what, Work<Project> work, Consumer<Throwable> failed) {
        busy.set(true);
        status.set(what + "…");
        jobs.submit(
                work,
                project -> {
                    busy.set(false);
                    status.set("");
                    prefs.rememberProject(project.directory());
                    recent.setAll(prefs.recentProjects());
                    opened.accept(project);
                },
                e -> {
                    busy.set(false);
                    status.set("");
                    failed.accept(e);
                },
                r -> status.set(r.message()));
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
