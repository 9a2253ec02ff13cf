package org.caravanqda.gui.start;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CancelledByUserException;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.WrongPasswordException;
import org.caravanqda.app.port.ServerPasswordPrompt;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.FailureLine;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.Notifier;
import org.caravanqda.gui.common.Work;

/**
 * The start screen: create a project, open one (recent ones remembered), or open the demo project;
 * a project on a database server is opened or created by its address (issue 20). Folders are asked
 * through {@link Dialogs}, an encrypted project's password through a {@link PasswordAsker}, a
 * server's password through a {@link ServerPasswordPrompt} given to that one opening. A server
 * project's failure is one line in the status; a cancelled password leaves the screen as it was.
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
    private final ServerPasswordPrompt serverPasswords;
    private final ObservableList<RecentProject> recent = FXCollections.observableArrayList();
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
        this(app, jobs, notifier, dialogs, prefs, opened, passwords, (server, login, problem) -> null);
    }

    /** {@code serverPasswords}: asked (off the FX thread, from the opening's job) when a server wants a password. */
    public StartViewModel(
            Caravan app,
            Jobs jobs,
            Notifier notifier,
            Dialogs dialogs,
            GuiPreferences prefs,
            Consumer<Project> opened,
            PasswordAsker passwords,
            ServerPasswordPrompt serverPasswords) {
        this.app = app;
        this.passwords = passwords;
        this.serverPasswords = serverPasswords;
        this.jobs = jobs;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.opened = opened;
        refreshRecent();
    }

    /** "Open project…": asks for the project's folder, then opens it; cancelled, nothing happens. */
    public void chooseAndOpen() {
        dialogs.chooseFolder("Open a Caravan project").ifPresent(this::open);
    }

    /** Opens a project; an encrypted one asks for its password, again after a wrong one, until cancelled. */
    public void open(Path dir) {
        if (isServerFolder(dir)) {
            String shown = app.shown(dir);
            runServer(
                    "Opening " + serverLabel(shown),
                    serverApp -> serverApp.open(dir),
                    p -> dir.toAbsolutePath().normalize().toString());
        } else if (app.isEncrypted(dir)) {
            openEncrypted(dir, null);
        } else {
            run(
                    "Opening " + dir.getFileName(),
                    (p, c) -> app.open(dir),
                    e -> notifier.error("Opening " + dir.getFileName(), e));
        }
    }

    /** Takes over a folder being opened since the process started ({@link OpeningAhead}), as {@link #open(Path)} would open it. */
    public void open(OpeningAhead ahead) {
        String name = String.valueOf(ahead.dir().getFileName());
        run("Opening " + name, (p, c) -> ahead.take(), e -> notifier.error("Opening " + name, e));
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
        refreshRecent();
    }

    private void run(String what, Work<Project> work, Consumer<Throwable> failed) {
        run(what, work, failed, p -> p.directory().toAbsolutePath().normalize().toString());
    }

    private void run(String what, Work<Project> work, Consumer<Throwable> failed, Function<Project, String> entry) {
        busy.set(true);
        status.set(what + "…");
        jobs.submit(
                work,
                project -> {
                    busy.set(false);
                    status.set("");
                    prefs.remember(entry.apply(project));
                    refreshRecent();
                    opened.accept(project);
                },
                e -> {
                    busy.set(false);
                    status.set("");
                    failed.accept(e);
                },
                r -> status.set(r.message()));
    }

    // ---- server projects (issue 20) ----

    /**
     * Why {@code text} is not a server project's address, as the line the dialog shows (the rules
     * of the command line's {@code -p}: postgresql://host[:port]/database, no password in it, TLS
     * with the name checked), or null when it is one.
     */
    public String addressProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return "Type the address: postgresql://host[:port]/database";
        }
        try {
            app.serverShown(t);
            return null;
        } catch (CaravanException e) {
            String m = e.getMessage();
            return Character.toUpperCase(m.charAt(0)) + m.substring(1);
        }
    }

    /** "Open server project…": opens the project at {@code address}; the server's password is asked when it wants one. */
    public void openServer(String address) {
        String a = address.strip();
        String problem = addressProblem(a);
        if (problem != null) {
            status.set(problem);
            return;
        }
        runServer("Opening " + serverLabel(a), serverApp -> serverApp.open(app.serverFolder(a)), p -> a);
    }

    /** "New server project…": makes the project in the empty database at the address, as {@code caravan init --server} does. */
    public void createServer(NewServerProject p) {
        String a = p.address().strip();
        String problem = addressProblem(a);
        if (problem != null) {
            status.set(problem);
            return;
        }
        runServer(
                "Creating " + serverLabel(a),
                serverApp -> serverApp.create(
                        app.serverFolder(a), p.name(), p.language(), p.codebook(), p.emptyCodebook(), null),
                project -> a);
    }

    /** Opens a line of the recent list: a folder as {@link #open(Path)}, a server address as {@link #openServer}. */
    public void open(RecentProject r) {
        if (r.server() && app.isServerAddress(r.location())) {
            openServer(r.location());
        } else {
            open(Path.of(r.location()));
        }
    }

    public void forget(RecentProject r) {
        prefs.forget(r.location());
        refreshRecent();
    }

    /**
     * Runs a server project's opening with this screen's password dialog; a failure is one line in
     * the status (server unreachable, certificate not trusted, password refused, no project there,
     * not a member), a cancelled password none.
     */
    private void runServer(String what, Function<Caravan, Project> work, Function<Project, String> entry) {
        Caravan serverApp = app.askingServerPasswords(serverPasswords);
        run(
                what,
                (p, c) -> work.apply(serverApp),
                e -> status.set(e instanceof CancelledByUserException ? "" : FailureLine.of(what, e)),
                entry);
    }

    private boolean isServerFolder(Path dir) {
        return app.isServerAddress(app.shown(dir));
    }

    /** "server · host/database" for an address (as typed or as shown). */
    private String serverLabel(String address) {
        String shown;
        try {
            shown = app.serverShown(address);
        } catch (CaravanException e) {
            shown = address;
        }
        return "server · " + shown.substring(shown.indexOf("://") + 3);
    }

    private RecentProject recentOf(String entry) {
        if (app.isServerAddress(entry)) {
            return new RecentProject(entry, serverLabel(entry), true);
        }
        Path dir = Path.of(entry);
        if (isServerFolder(dir)) {
            return new RecentProject(entry, serverLabel(app.shown(dir)), true);
        }
        return new RecentProject(entry, dir.getFileName() + "   —   " + dir.getParent(), false);
    }

    private void refreshRecent() {
        recent.setAll(prefs.recent().stream().map(this::recentOf).toList());
    }

    public ObservableList<RecentProject> recent() {
        return recent;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
