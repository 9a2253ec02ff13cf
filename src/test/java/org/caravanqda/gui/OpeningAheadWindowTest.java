package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.start.OpeningAhead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code caravan gui -p DIR} (ADR 0041): the window's first frame is the workbench with the
 * project's lists already read, not the start screen and then an empty workbench; a folder that
 * fails to open shows the start screen with the failure.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OpeningAheadWindowTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        gui.close();
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
    }

    /** What the window holds at the moment it is first shown. */
    private record FirstFrame(Parent root, int revision, int documents) {}

    private AtomicReference<FirstFrame> startWith(Path dir) throws Exception {
        gui.prefs.coder("anna");
        AtomicReference<FirstFrame> first = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
                    stage = new Stage();
                    stage.showingProperty().addListener((o, was, showing) -> {
                        if (showing && first.get() == null) {
                            var workbench = gui.shell.workbench();
                            first.set(new FirstFrame(
                                    stage.getScene().getRoot(),
                                    workbench == null
                                            ? 0
                                            : workbench
                                                    .viewModel()
                                                    .revisionProperty()
                                                    .get(),
                                    workbench == null
                                            ? 0
                                            : workbench
                                                    .viewModel()
                                                    .documents()
                                                    .shown()
                                                    .size()));
                        }
                    });
                    gui.shell = new Shell(
                            stage,
                            gui.app,
                            new Jobs(gui.worker, Platform::runLater),
                            (what, e) -> failures.add(what + ": " + e.getMessage()),
                            gui.prefs);
                    // the one frame is what is tested, not whether this machine reads the demo within the grace
                    gui.shell.graceTime(javafx.util.Duration.seconds(30));
                    gui.shell.start(dir, OpeningAhead.start(gui.app, dir).orElseThrow());
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> first.get() != null);
        return first;
    }

    @Test
    void theFirstFrameIsTheWorkbenchWithTheProjectsListsRead() throws Exception {
        FirstFrame first = startWith(GuiHarness.demo(tmp.resolve("ahead-" + System.nanoTime())))
                .get();

        assertThat(first.root()).isSameAs(gui.workbench().root());
        assertThat(first.revision()).isPositive();
        assertThat(first.documents()).isEqualTo(9); // the demo's interviews
        assertThat(stage.getTitle()).startsWith("Caravan — ");
        assertThat(failures).isEmpty();
    }

    @Test
    void aFolderThatFailsToOpenShowsTheStartScreenWithTheFailure() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes-" + System.nanoTime()));
        Files.writeString(notes.resolve("interview.txt"), "Мы уехали в сентябре.");
        String direct;
        try {
            gui.app.open(notes).close();
            throw new AssertionError("a folder of notes opened as a project");
        } catch (CaravanException e) {
            direct = e.getMessage();
        }

        FirstFrame first = startWith(notes).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !failures.isEmpty());

        assertThat(gui.workbench()).isNull();
        assertThat(first.root().lookup("#recent-projects")).isNotNull();
        assertThat(failures).containsExactly("Opening " + notes.getFileName() + ": " + direct);
        assertThat(stage.getTitle()).isEqualTo("Caravan");
    }
}
