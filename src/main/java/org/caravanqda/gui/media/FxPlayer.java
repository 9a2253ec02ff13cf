package org.caravanqda.gui.media;

import java.nio.file.Path;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/** {@link Player} over JavaFX media (GStreamer inside the JavaFX jars; ALSA, and libavcodec for MP3/AAC/H.264, on Linux). */
public final class FxPlayer implements Player {
    /** Why playback can fail on a machine, said once after the reason. */
    static final String NEEDS = "on Linux, JavaFX media needs a sound device (ALSA) and, for MP3, AAC and H.264,"
            + " the libavcodec libraries (Debian, Ubuntu: apt install libavcodec59 or newer)";

    private final MediaPlayer player;

    private FxPlayer(MediaPlayer player) {
        this.player = player;
    }

    /** A player for the file, reporting to {@code listener}; call on the FX thread. */
    public static Player open(Path file, Listener listener) throws Unavailable {
        MediaPlayer p;
        try {
            p = new MediaPlayer(new Media(file.toUri().toString()));
        } catch (MediaException e) {
            throw new Unavailable(
                    "this machine cannot play " + file.getFileName() + " (" + reason(e) + "); " + NEEDS, e);
        } catch (LinkageError | IllegalStateException | UnsupportedOperationException e) {
            throw new Unavailable(
                    "this machine cannot play recordings: JavaFX media is not available here; " + NEEDS, e);
        }
        p.setOnReady(() -> {
            Duration d = p.getMedia().getDuration();
            listener.ready(d == null || d.isUnknown() || d.isIndefinite() ? 0 : (long) d.toMillis());
        });
        p.currentTimeProperty().addListener((o, a, t) -> listener.position((long) t.toMillis()));
        p.statusProperty().addListener((o, a, s) -> listener.playing(s == MediaPlayer.Status.PLAYING));
        p.setOnEndOfMedia(() -> {
            p.pause();
            listener.playing(false);
        });
        p.setOnError(() -> listener.failed(
                "the recording stopped: " + (p.getError() == null ? "unknown error" : reason(p.getError()))));
        return new FxPlayer(p);
    }

    private static String reason(MediaException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int colon = m.lastIndexOf(": ");
        String tail = colon < 0 ? m : m.substring(colon + 2);
        return e.getType() + (tail.isBlank() ? "" : ": " + tail.strip());
    }

    @Override
    public void play() {
        player.play();
    }

    @Override
    public void pause() {
        player.pause();
    }

    @Override
    public void seek(long ms) {
        player.seek(Duration.millis(Math.max(0, ms)));
    }

    @Override
    public void rate(double rate) {
        player.setRate(rate);
    }

    @Override
    public void dispose() {
        player.dispose();
    }
}
