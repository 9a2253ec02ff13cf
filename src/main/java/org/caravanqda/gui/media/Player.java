package org.caravanqda.gui.media;

import java.nio.file.Path;

/** A recording being played: what the playback view model asks of JavaFX media ({@link FxPlayer}). */
public interface Player {
    void play();

    void pause();

    /** Moves to {@code ms} from the start (clamped to the recording). */
    void seek(long ms);

    /** Playback speed, 1 = normal. */
    void rate(double rate);

    void dispose();

    /** What a player reports: all on the FX thread. */
    interface Listener {
        /** The player is ready; the recording lasts {@code durationMs} (0 when unknown). */
        void ready(long durationMs);

        /** The current time moved (while playing, after a seek). */
        void position(long ms);

        /** Playing stopped or started (also at the end of the recording). */
        void playing(boolean playing);

        /** The player failed; one line, no stack trace. */
        void failed(String message);
    }

    /** Opens recordings; throws {@link Unavailable} when this machine cannot play them. */
    @FunctionalInterface
    interface Factory {
        Player open(Path file, Listener listener) throws Unavailable;
    }

    /** This machine cannot play the recording; the message is one line for the user. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
