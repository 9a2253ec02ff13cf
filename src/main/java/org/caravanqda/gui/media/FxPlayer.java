package org.caravanqda.gui.media;

import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
    /**
     * Asks the player its time ten times a second while it plays: its currentTime property is not
     * always updated where no frames are drawn (audio only, a headless machine).
     */
    private final Timeline clock;

    private FxPlayer(MediaPlayer player, Listener listener) {
        this.player = player;
        this.clock = new Timeline(new KeyFrame(
                Duration.millis(100),
                e -> listener.position((long) player.getCurrentTime().toMillis())));
        clock.setCycleCount(Animation.INDEFINITE);
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
        FxPlayer player = new FxPlayer(p, listener);
        p.statusProperty().addListener((o, was, now) -> {
            boolean playing = now == MediaPlayer.Status.PLAYING;
            if (playing) {
                player.clock.play();
            } else {
                player.clock.stop(); // no report here: it would undo a seek made since the player paused
            }
            listener.playing(playing);
        });
        p.setOnEndOfMedia(() -> {
            if (player.clock.getStatus() == Animation.Status.RUNNING) { // played to the end, not a seek past it
                player.clock.stop();
                listener.position((long) p.getCurrentTime().toMillis());
            }
            p.pause();
            listener.playing(false);
        });
        p.setOnError(() -> listener.failed(
                "the recording stopped: " + (p.getError() == null ? "unknown error" : reason(p.getError()))));
        return player;
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
        clock.stop(); // at once: a tick after a seek made before the player has paused would undo it
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
        clock.stop();
        player.dispose();
    }
}
