package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.workbench.WorkbenchView;

/** The real window over a demo project, wired as CaravanFxApp wires it, with its own preferences node. */
final class GuiHarness {
    final Caravan app = TestApp.app();
    final ExecutorService worker = Executors.newSingleThreadExecutor();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    final GuiPreferences prefs = new GuiPreferences(node);
    Project project;
    Shell shell;

    static Path demo(Path dir) {
        Path project = dir.resolve("demo");
        new DemoService(TestApp.app()).build(project, Progress.NONE);
        return project;
    }

    void show(Stage stage, Path projectDir, String coder) {
        prefs.coder(coder);
        project = app.open(projectDir);
        shell = new Shell(stage, app, new Jobs(worker, Platform::runLater), (what, e) -> errors.add(e), prefs);
        shell.start(null);
        shell.showProject(project);
    }

    /** Waits until the window shows the project's documents and codebook. */
    void awaitLoaded() throws java.util.concurrent.TimeoutException {
        var vm = workbench().viewModel();
        org.testfx.util.WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !vm.documents().shown().isEmpty()
                        && !vm.codebook().nodes().isEmpty());
    }

    /** The stylesheet the application runs with (CaravanFxApp), for screenshots that look as users see the window. */
    static void applicationLook() {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    /** Puts the window at 0,0 in the size {@code -Dcaravan.screenshot.size} asks (default 1600x1000). */
    static void screenshotSize(Stage stage) {
        String[] size =
                System.getProperty("caravan.screenshot.size", "1600x1000").split("x");
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
    }

    /** Writes the window as it is on screen to a PNG file (docs' screenshots). */
    static void screenshot(org.testfx.api.FxRobot robot, Path target) throws java.io.IOException {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        Path out = target.toAbsolutePath();
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }

    /**
     * The codebook's row for {@code path} (null: the first row), looked for once the tree has settled:
     * it is built again after each read of the project.
     */
    static javafx.scene.Node codebookCell(org.testfx.api.FxRobot robot, String path) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#codebook .tree-cell").queryAll().stream()
                        .filter(c -> c instanceof javafx.scene.control.TreeCell<?> t
                                && t.isVisible()
                                && t.getItem() instanceof org.caravanqda.app.codebook.CodeNode n
                                && (path == null || n.path().equals(path)))
                        .findFirst()
                        .orElseThrow())
                .get();
    }

    WorkbenchView workbench() {
        return shell.workbench();
    }

    void close() throws Exception {
        if (shell != null) {
            // closing submits the project's close as the last job: it must reach the worker before it shuts down
            // (a fixed wait lost that race on a loaded machine)
            org.testfx.util.WaitForAsyncUtils.asyncFx(shell::closeProject).get(20, TimeUnit.SECONDS);
        }
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
        node.removeNode();
    }
}
