package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.media.PlaybackView;
import org.caravanqda.gui.media.PlaybackViewModel;
import org.caravanqda.gui.transcript.Transcript;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with a transcript and its recording (issue #21), the real recording made for the tests
 * (src/test/resources/media: espeak-ng speech as WAV and its .vtt): the unit being heard is
 * highlighted as the position moves (driven through the view model, not real time), a timed unit
 * plays from its start, F6 goes back 5 s, and a recording that is not there is one line while the
 * transcript works. Where JavaFX media cannot play on the machine (no sound device, no GStreamer
 * libraries) the tests that need the player are skipped, saying why.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlaybackGuiTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    static Path resource(String name, Path into) throws Exception {
        try (InputStream in = PlaybackGuiTest.class.getResourceAsStream("/media/" + name)) {
            Files.createDirectories(into);
            Path p = into.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dir = tmp.resolve("study-" + System.nanoTime());
        Path files = tmp.resolve("files-" + System.nanoTime());
        Path vtt = resource("speech.vtt", files);
        Path moved = Files.copy(vtt, files.resolve("moved.vtt"));
        Path wav = resource("speech.wav", files);
        Path gone = Files.copy(wav, files.resolve("gone.wav"));
        try (Project p = TestApp.app().create(dir, "playback", "en", null, false)) {
            p.imports().importFiles(List.of(vtt, moved), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            p.media().attach("speech", wav, true, "anna");
            p.media().attach("moved", gone, false, "anna");
        }
        Files.delete(gone);
        gui.show(stage, dir, "anna");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    private PlaybackViewModel open(FxRobot robot, String name) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        robot.interact(() -> vm.openDocument(name));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Transcript t = vm.transcript().transcriptProperty().get();
            return t != null && t.name().equals(name);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return gui.workbench().playback().viewModel();
    }

    private static int paragraphOf(Transcript t, String quote) {
        int at = t.text().indexOf(quote);
        return (int) t.text().substring(0, at).chars().filter(c -> c == '\n').count();
    }

    @Test
    void theUnitBeingHeardIsHighlightedAsThePositionMoves(FxRobot robot) throws Exception {
        PlaybackViewModel pvm = open(robot, "speech.vtt");
        PlaybackView view = gui.workbench().playback();
        Transcript t =
                gui.workbench().viewModel().transcript().transcriptProperty().get();
        int hello = paragraphOf(t, "Hello.");
        int winter = paragraphOf(t, "The first winter");
        int bakery = paragraphOf(t, "Now I work");

        robot.interact(() -> pvm.positionChanged(4_000)); // 3.69 s is where the second sentence starts
        assertThat(pvm.currentUnitProperty().get()).isEqualTo(1);
        assertThat(view.heard(winter)).isTrue();
        assertThat(view.heard(hello)).isFalse();
        assertThat(pvm.timestamp()).isEqualTo("[00:00:04]");

        robot.interact(() -> pvm.positionChanged(7_500));
        assertThat(pvm.currentUnitProperty().get()).isEqualTo(2);
        assertThat(view.heard(bakery)).isTrue();
        assertThat(view.heard(winter))
                .as("the last unit heard is no longer marked")
                .isFalse();

        robot.interact(() -> pvm.positionChanged(100));
        assertThat(view.heard(hello)).isTrue();
        assertThat(view.heard(bakery)).isFalse();
    }

    @Test
    void aTimedUnitPlaysFromItsStartAndF6GoesBack(FxRobot robot) throws Exception {
        PlaybackViewModel pvm = open(robot, "speech.vtt");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> pvm.readyProperty().get() || !pvm.messageProperty().get().startsWith("Loading"));
        Assumptions.assumeTrue(
                pvm.readyProperty().get(),
                "JavaFX media cannot play on this machine, so the player is not tested: "
                        + pvm.messageProperty().get());
        assertThat(pvm.messageProperty().get()).isEqualTo("media/speech.wav");
        assertThat(pvm.durationProperty().get()).isBetween(8_000L, 8_200L);
        assertThat(pvm.file()).hasSameBinaryContentAs(resource("speech.wav", tmp.resolve("expected")));

        Transcript t =
                gui.workbench().viewModel().transcript().transcriptProperty().get();
        int bakery = t.text().indexOf("work at a bakery");
        robot.interact(() -> assertThat(pvm.playFrom(bakery)).isTrue());
        assertThat(pvm.positionProperty().get()).isGreaterThanOrEqualTo(6_180L);
        assertThat(pvm.currentUnitProperty().get()).isEqualTo(2);
        // the player itself reports its time from there on (and the highlight follows what it reports)
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> pvm.positionProperty().get() > 6_180L);
        assertThat(pvm.currentUnitProperty().get())
                .isEqualTo(pvm.units().at(pvm.positionProperty().get()));

        robot.interact(() -> {
            if (pvm.playingProperty().get()) {
                pvm.togglePlay();
            }
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !pvm.playingProperty().get());
        robot.interact(() -> pvm.seek(7_000));
        robot.press(KeyCode.F6).release(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pvm.positionProperty().get()).isBetween(1_900L, 2_100L);
        assertThat(pvm.currentUnitProperty().get()).isZero();
    }

    @Test
    void aRecordingThatIsNotThereIsOneLineAndTheTranscriptWorks(FxRobot robot) throws Exception {
        PlaybackViewModel pvm = open(robot, "moved.vtt");
        assertThat(pvm.messageProperty().get())
                .contains("gone.wav is not there")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(pvm.readyProperty().get()).isFalse();
        assertThat(gui.workbench()
                        .viewModel()
                        .transcript()
                        .transcriptProperty()
                        .get()
                        .text())
                .contains("first winter");
        String text = gui.workbench()
                .viewModel()
                .transcript()
                .transcriptProperty()
                .get()
                .text();
        robot.interact(() -> assertThat(pvm.playFrom(text.indexOf("Hello"))).isFalse());
        assertThat(gui.workbench().viewModel().statusProperty().get()).contains("gone.wav is not there");
        assertThat(gui.errors).isEmpty();
    }
}
