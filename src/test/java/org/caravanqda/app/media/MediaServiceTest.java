package org.caravanqda.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.model.MediaLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths a project (which may be someone else's) stores for its recordings are never followed out of it. */
class MediaServiceTest {
    @TempDir
    Path tmp;

    @Test
    void aStoredPathLeadingOutOfTheProjectIsNeverOpened() throws Exception {
        Path dir = tmp.resolve("study");
        Path secret = Files.writeString(tmp.resolve("secret.wav"), "RIFF....WAVE");
        Path vtt =
                Files.writeString(tmp.resolve("talk.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n");
        try (Project p = TestApp.app().create(dir, "study", "en", null, false)) {
            p.imports().importFiles(List.of(vtt), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            for (String planted : List.of("../secret.wav", "media/../../secret.wav", "..", ".")) {
                StoreAccess.of(p).write(s -> {
                    long id = s.documents().byName("talk.vtt").orElseThrow().id();
                    s.media().put(new MediaLink(id, planted, MediaLink.Kind.AUDIO, true, Instant.now()));
                    return null;
                });
                MediaEntry e = p.media().of("talk").orElseThrow();
                assertThat(e.status()).as(planted).isEqualTo(MediaEntry.Status.OUTSIDE);
                assertThat(e.file()).isNull();
                assertThat(e.playable()).isFalse();
                assertThat(e.problem())
                        .contains("leads out of the project folder")
                        .doesNotContain("\n");
            }
            assertThat(Files.readString(secret)).isEqualTo("RIFF....WAVE");
        }
    }

    @Test
    void copiedNamesCannotHideOrClimb() {
        assertThat(MediaService.safeName("..")).isEqualTo("recording");
        assertThat(MediaService.safeName(".hidden.mp3")).isEqualTo("hidden.mp3");
        assertThat(MediaService.safeName("a/b\\c:d.mp3")).isEqualTo("a_b_c_d.mp3");
        assertThat(MediaService.safeName("line\nbreak.wav")).isEqualTo("line_break.wav");
    }
}
