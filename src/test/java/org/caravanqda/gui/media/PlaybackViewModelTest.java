package org.caravanqda.gui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.caravanqda.gui.common.Work;
import org.caravanqda.model.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents > Attach recording… and Detach recording on a real project with the recording made for
 * the tests, on a machine that cannot play it (the player factory says so, as FxPlayer does where
 * JavaFX media is missing): the recording is attached and copied all the same, the bar says why it
 * does not play in one line, and the times of the units still work.
 */
class PlaybackViewModelTest {
    @TempDir
    Path tmp;

    /** Runs the work at once on this thread, as the job thread would. */
    private static final PlaybackViewModel.Runner NOW = new PlaybackViewModel.Runner() {
        @Override
        public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.run(Progress.NONE, Cancellation.none());
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };

    private Path resource(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/media/" + name)) {
            Path p = tmp.resolve("files").resolve(name);
            Files.createDirectories(p.getParent());
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    @Test
    void attachCopiesTheRecordingAndSaysInOneLineWhyItDoesNotPlayHere() throws Exception {
        Path dir = tmp.resolve("study");
        try (Project p = TestApp.app().create(dir, "study", "en", null, false)) {
            p.imports()
                    .importFiles(
                            List.of(resource("speech.vtt")),
                            ImportOptions.defaults(),
                            Progress.NONE,
                            Cancellation.none());
            List<TextUnit> units = p.documents().transcript("speech.vtt").units();
            ScriptedDialogs dialogs =
                    new ScriptedDialogs().file(resource("speech.wav")).choice(PlaybackViewModel.COPY);
            List<String> status = new ArrayList<>();
            PlaybackViewModel vm = new PlaybackViewModel(
                    p::media,
                    (file, listener) -> {
                        throw new Player.Unavailable("this machine cannot play " + file.getFileName(), null);
                    },
                    dialogs,
                    NOW,
                    () -> "anna",
                    status::add);
            vm.show("speech.vtt", units);
            assertThat(vm.attachedProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).startsWith("No recording attached");

            vm.attach();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(status).containsExactly("Attached media/speech.wav to speech.vtt");
            assertThat(dir.resolve("media/speech.wav")).hasSameBinaryContentAs(tmp.resolve("files/speech.wav"));
            assertThat(vm.attachedProperty().get()).isTrue();
            assertThat(vm.readyProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).isEqualTo("this machine cannot play speech.wav");
            vm.togglePlay();
            assertThat(status).last().isEqualTo("this machine cannot play speech.wav");

            // the units' times work without a player: 3.69 s starts the second cue
            vm.positionChanged(3_700);
            assertThat(vm.currentUnitProperty().get()).isEqualTo(1);
            assertThat(vm.units().startAtOffset(units.get(2).start() + 3)).isEqualTo(6_180L);
            vm.setRate(3.0);
            assertThat(vm.rateProperty().get()).isEqualTo(PlaybackViewModel.MAX_RATE);

            vm.detach();
            assertThat(status).last().isEqualTo("Detached media/speech.wav from speech.vtt");
            assertThat(vm.attachedProperty().get()).isFalse();
            assertThat(p.media().list()).isEmpty();
        }
    }
}
