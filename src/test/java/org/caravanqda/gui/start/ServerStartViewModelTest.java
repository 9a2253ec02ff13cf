package org.caravanqda.gui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.port.ServerPasswordPrompt;
import org.caravanqda.app.port.TeamMembers.Role;
import org.caravanqda.cli.CaravanCli;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.caravanqda.store.pg.EmbeddedServer;
import org.caravanqda.store.pg.PasswordLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start screen's server projects (issue 20) on the embedded PostgreSQL (TLS, verify-full): open
 * by address with the password typed in the window's dialog, a new server project as {@code init
 * --server} makes it, the recent list, and each failure as one line in the status.
 */
class ServerStartViewModelTest {
    @TempDir
    static Path tmp;

    private static String oldCache;
    private static final EmbeddedServer SERVER = EmbeddedServer.get();

    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final GuiPreferences prefs = new GuiPreferences(node);
    private final List<Project> opened = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final Deque<String> typed = new ArrayDeque<>();

    @BeforeAll
    static void localFolders() {
        oldCache = System.getProperty("caravan.cache");
        System.setProperty("caravan.cache", tmp.resolve("cache").toString());
    }

    @AfterAll
    static void restore() {
        if (oldCache == null) {
            System.clearProperty("caravan.cache");
        } else {
            System.setProperty("caravan.cache", oldCache);
        }
    }

    @AfterEach
    void close() throws Exception {
        opened.forEach(Project::close);
        node.removeNode();
    }

    /** The window's password dialog, scripted: answers with what is left in {@link #typed}, then cancels. */
    private final ServerPasswordPrompt dialog = (server, login, problem) -> {
        asked.add(login + " at " + server + ": " + problem);
        return typed.isEmpty() ? null : typed.pop().toCharArray();
    };

    private StartViewModel vm() {
        return new StartViewModel(
                TestApp.app(),
                new Jobs(Runnable::run, Runnable::run),
                (w, e) -> errors.add(e),
                new ScriptedDialogs(),
                prefs,
                opened::add,
                PasswordAsker.NONE,
                dialog);
    }

    /** The address of {@code database} as {@code login} types it, the test CA named in it. */
    private static String url(String database, String login) {
        return "postgresql://" + login + "@localhost:" + PasswordLogins.port() + "/" + database + "?sslrootcert="
                + PasswordLogins.ca();
    }

    /** A server project made from the window as the superuser, then closed: its database's name. */
    private String project(String name) {
        String db = SERVER.freshDatabase();
        StartViewModel vm = vm();
        vm.createServer(new NewServerProject(url(db, "postgres"), name, "ru", null, false));
        assertThat(vm.statusProperty().get()).isEmpty();
        opened.remove(0).close();
        return db;
    }

    @Test
    void opensByAddressWithThePasswordTypedInTheWindowWrongOnceThenRight() throws Exception {
        String db = project("Exiles");
        PasswordLogins.member(db, "pw_olga", Role.OWNER, "a long pass phrase");
        StartViewModel vm = vm();
        typed.addAll(List.of("not it", "a long pass phrase"));

        vm.openServer(url(db, "pw_olga"));

        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(opened).singleElement().satisfies(p -> {
            assertThat(p.documents().projectName()).isEqualTo("Exiles");
            assertThat(p.codebook().tree()).isNotEmpty();
        });
        String server = "postgresql://localhost:" + PasswordLogins.port() + "/" + db;
        assertThat(asked)
                .containsExactly(
                        "pw_olga at " + server + ": null",
                        "pw_olga at " + server + ": The server refused that password for pw_olga (try 2 of 3)");
        assertThat(errors).isEmpty();
    }

    @Test
    void threeRefusedPasswordsAreOneLineAndCancelLeavesTheScreenAsItWas() throws Exception {
        String db = project("Exiles");
        PasswordLogins.member(db, "pw_timur", Role.CODER, "the right phrase");
        StartViewModel vm = vm();
        typed.addAll(List.of("one", "two", "three"));
        vm.openServer(url(db, "pw_timur"));
        assertThat(asked).hasSize(3);
        assertThat(vm.statusProperty().get())
                .isEqualTo("Opening server · localhost:" + PasswordLogins.port() + "/" + db
                        + " failed: cannot connect to postgresql://localhost:" + PasswordLogins.port() + "/" + db
                        + ": the server refused the password for pw_timur 3 times (nothing was opened)");
        assertThat(vm.statusProperty().get()).doesNotContain("one").doesNotContain("three");

        asked.clear();
        vm.statusProperty().set("");
        List<RecentProject> before = List.copyOf(vm.recent());
        vm.openServer(url(db, "pw_timur")); // the dialog cancelled at once
        assertThat(asked).hasSize(1);
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.recent()).isEqualTo(before);
        assertThat(opened).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewServerProjectFromTheWindowEqualsInitServer() {
        String fromWindow = SERVER.freshDatabase();
        String fromCli = SERVER.freshDatabase();
        StartViewModel vm = vm();
        vm.createServer(new NewServerProject(url(fromWindow, "postgres"), "Steppe", "kk", null, false));
        assertThat(vm.statusProperty().get()).isEmpty();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CaravanCli(TestApp.app(), new PrintWriter(out, true), new PrintWriter(err, true))
                .run("init", "--server", url(fromCli, "postgres"), "--name", "Steppe", "--language", "kk");
        assertThat(exit).as(err.toString()).isZero();

        Caravan app = TestApp.app();
        try (Project cli = app.open(app.serverFolder(url(fromCli, "postgres")))) {
            Project window = opened.get(0);
            assertThat(window.documents().projectName())
                    .isEqualTo(cli.documents().projectName());
            assertThat(window.documents().list())
                    .isEqualTo(cli.documents().list())
                    .isEmpty();
            assertThat(codebook(window)).isEqualTo(codebook(cli)).hasSizeGreaterThan(10);
        }
        assertThat(errors).isEmpty();
    }

    /** The codebook as the researcher sees it: path, colour, definition, codable; not ids or guids. */
    private static List<String> codebook(Project p) {
        return p.codebook().tree().stream()
                .map(CodeNode::code)
                .map(c -> String.join(
                        "|",
                        c.name(),
                        String.valueOf(c.color()),
                        String.valueOf(c.definition()),
                        String.valueOf(c.codable()),
                        String.valueOf(c.sortOrder())))
                .toList();
    }

    @Test
    void theRecentListKeepsTheAddressShowsItAsAServerAndForgets() throws Exception {
        String db = project("Exiles");
        String address = url(db, "postgres");
        StartViewModel again = vm();
        assertThat(prefs.recent()).containsExactly(address);
        assertThat(again.recent()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("server · localhost:" + PasswordLogins.port() + "/" + db);
            assertThat(r.server()).isTrue();
            assertThat(r.location()).isEqualTo(address).doesNotContainIgnoringCase("password");
        });

        again.open(again.recent().get(0));
        assertThat(opened)
                .singleElement()
                .satisfies(p -> assertThat(p.documents().projectName()).isEqualTo("Exiles"));

        again.forget(again.recent().get(0));
        assertThat(again.recent()).isEmpty();
        assertThat(vm().recent()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void eachFailureIsOneLineInTheStatus() throws Exception {
        String project = project("Exiles");
        String empty = SERVER.freshDatabase();
        PasswordLogins.stranger("pw_stranger", "a stranger's phrase");
        int port = PasswordLogins.port();
        StartViewModel vm = vm();

        vm.openServer("postgresql://postgres@localhost:1/" + project + "?sslrootcert=" + PasswordLogins.ca());
        assertThat(vm.statusProperty().get())
                .isEqualTo("Opening server · localhost:1/" + project
                        + " failed: cannot connect to postgresql://localhost:1/" + project
                        + ": no server answers there");

        vm.openServer(
                "postgresql://postgres@localhost:" + port + "/" + project + "?sslrootcert=" + PasswordLogins.otherCa());
        assertThat(vm.statusProperty().get())
                .endsWith("the server's certificate is not trusted: put its CA's certificate in"
                        + " ~/.postgresql/root.crt or name it with ?sslrootcert=FILE");

        vm.openServer(url(empty, "postgres"));
        assertThat(vm.statusProperty().get())
                .contains("holds no Caravan project (make one with: caravan init --server");

        vm.openServer(url(project, "nobody_here"));
        assertThat(vm.statusProperty().get())
                .endsWith("the server has no login nobody_here (the project's owner makes you a member: caravan team"
                        + " members add nobody_here -p postgresql://localhost:" + port + "/" + project + ")");

        typed.add("a stranger's phrase");
        vm.openServer(url(project, "pw_stranger"));
        assertThat(vm.statusProperty().get())
                .endsWith("the login pw_stranger may not open the database " + project + " (the project's owner"
                        + " makes you a member: caravan team members add pw_stranger -p postgresql://localhost:"
                        + port + "/" + project + ")");

        assertThat(opened).isEmpty();
        assertThat(vm.recent()).extracting(RecentProject::location).doesNotContain(url(empty, "postgres"));
        assertThat(errors).isEmpty();
    }

    @Test
    void whatIsWrongWithATypedAddressIsSaidBeforeAnythingIsOpened() {
        StartViewModel vm = vm();
        assertThat(vm.addressProblem("db.example.org/team"))
                .isEqualTo("Not a server address: db.example.org/team (write postgresql://host[:port]/database)");
        assertThat(vm.addressProblem("postgresql://olga:s3cret@db.example.org/team"))
                .startsWith("A password never goes in the address")
                .doesNotContain("s3cret");
        assertThat(vm.addressProblem("postgresql://db.example.org/team?sslmode=require"))
                .startsWith("Sslmode=require is refused");
        assertThat(vm.addressProblem("postgresql://db.example.org/team")).isNull();

        vm.openServer("postgresql://olga:s3cret@db.example.org/team");
        assertThat(vm.statusProperty().get())
                .startsWith("A password never goes")
                .doesNotContain("s3cret");
        assertThat(prefs.recent()).isEmpty();
        assertThat(opened).isEmpty();
    }
}
