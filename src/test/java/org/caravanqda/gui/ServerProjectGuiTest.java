package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.port.TeamMembers.Role;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.store.pg.EmbeddedServer;
import org.caravanqda.store.pg.PasswordLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real start screen opens a server project (issue 20): "Open server project…", the address
 * typed, the password typed in the window's dialog (the login must give one), and the workbench
 * shows the project's documents. With {@code -Dcaravan.screenshot.dir=DIR} (and optionally
 * {@code -Dcaravan.screenshot.size=1280x720}) it also writes the start screen and both dialogs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ServerProjectGuiTest extends HeadlessFx {
    private static final String SHOTS = System.getProperty("caravan.screenshot.dir");

    @TempDir
    static Path tmp;

    private static String oldCache;
    private static String database;

    private final Caravan app = TestApp.app();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final GuiPreferences prefs = new GuiPreferences(node);
    private Shell shell;

    @BeforeAll
    static void serverProject() throws Exception {
        oldCache = System.getProperty("caravan.cache");
        System.setProperty("caravan.cache", tmp.resolve("cache").toString());
        EmbeddedServer server = EmbeddedServer.get();
        database = server.freshDatabase();
        Caravan app = TestApp.app();
        // the demo's nine interviews, published to the server as caravan team publish does
        try (Project demo = app.open(GuiHarness.demo(tmp))) {
            app.copyProject(demo, app.serverFolder(url("postgres")));
        }
        PasswordLogins.member(database, "pw_anna", Role.CODER, "steppe wind 2022");
    }

    @AfterAll
    static void restore() {
        if (oldCache == null) {
            System.clearProperty("caravan.cache");
        } else {
            System.setProperty("caravan.cache", oldCache);
        }
    }

    private static String url(String login) {
        return "postgresql://" + login + "@localhost:" + PasswordLogins.port() + "/" + database + "?sslrootcert="
                + PasswordLogins.ca();
    }

    @Start
    void start(Stage stage) {
        GuiHarness.applicationLook();
        prefs.coder("anna");
        prefs.rememberProject(tmp.resolve("demo"));
        prefs.remember("postgresql://olga@db.example.org/exiles");
        shell = new Shell(stage, app, new Jobs(worker, Platform::runLater), (what, e) -> errors.add(e), prefs);
        shell.start(null);
        GuiHarness.screenshotSize(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::closeProject).get(20, TimeUnit.SECONDS);
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
        node.removeNode();
        // the look is the JVM's: later tests in this JVM measure layouts with JavaFX's own
        WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(null))
                .get();
    }

    @Test
    void typingTheAddressAndThePasswordOpensTheServerProjectsDocuments(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#recent-server").queryAll()).isNotEmpty();
        shot(robot, robot.window(0), "start-screen");

        robot.clickOn("#open-server-project");
        shown(robot, "#server-address");
        robot.clickOn("#server-address").write("db.example.org/team");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#server-address-problem").queryLabeled().getText())
                .startsWith("Not a server address");
        robot.interact(
                () -> robot.lookup("#server-address").queryTextInputControl().setText(url("pw_anna")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#server-address-problem").queryLabeled().getText())
                .isEmpty();
        shot(robot, window(robot, "#server-address"), "server-open-dialog");
        robot.type(KeyCode.ENTER);

        shown(robot, "#project-password");
        shot(robot, window(robot, "#project-password"), "server-password-dialog");
        robot.clickOn("#project-password").write("steppe wind 2022").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> shell.workbench() != null
                        && shell.workbench().viewModel().documents().shown().size() == 9);
        assertThat(robot.window(0) instanceof Stage s ? s.getTitle() : "").startsWith("Caravan — ");
        assertThat(prefs.recent()).first().isEqualTo(url("pw_anna"));
        assertThat(errors).isEmpty();
    }

    private static void shown(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup(id)
                        .tryQuery()
                        .filter(n -> n.getScene() != null
                                && n.getScene().getWindow() != null
                                && n.getScene().getWindow().isShowing()
                                && n.localToScreen(n.getBoundsInLocal()) != null)
                        .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Window window(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.getScene().getWindow();
    }

    /** The window as it is on screen, to DIR/NAME-WIDTHxHEIGHT.png, when screenshots are asked for. */
    private static void shot(FxRobot robot, Window w, String name) throws Exception {
        if (SHOTS == null) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = w.getScene().snapshot(null));
        String size = System.getProperty("caravan.screenshot.size", "1600x1000");
        Path out = Path.of(SHOTS).toAbsolutePath().resolve(name + "-" + size + ".png");
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }
}
