package org.caravanqda.gui.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caravanqda.app.media.MediaEntry;
import org.caravanqda.app.media.MediaFormat;
import org.caravanqda.app.media.MediaService;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Work;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.Timecode;

/**
 * The open document's recording (issue #21): loads it when a document opens, plays and pauses it,
 * skips 5 s, sets the speed (0.5x-2x), follows along (the unit whose time range holds the current
 * time) and plays from a unit's start. Everything that can go wrong (no recording, a moved file, a
 * machine without media support) is one line in {@link #messageProperty()}; the transcript works
 * on without the recording.
 */
public final class PlaybackViewModel {
    /** The step of back and forward (F6, F7). */
    public static final long SKIP_MS = 5_000;

    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 2.0;

    /** Runs work off the FX thread ({@code WorkbenchViewModel::run}). */
    @FunctionalInterface
    public interface Runner {
        <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
    }

    private final Supplier<MediaService> media;
    private final Player.Factory players;
    private final Dialogs dialogs;
    private final Runner runner;
    private final Supplier<String> coder;
    private final Consumer<String> status;

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty attached = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final LongProperty position = new SimpleLongProperty();
    private final LongProperty duration = new SimpleLongProperty();
    private final DoubleProperty rate = new SimpleDoubleProperty(1.0);
    private final IntegerProperty currentUnit = new SimpleIntegerProperty(-1);
    private final StringProperty document = new SimpleStringProperty();

    private TimedUnits units = TimedUnits.of(List.of());
    private Player player;
    private Path file;

    public PlaybackViewModel(
            Supplier<MediaService> media,
            Player.Factory players,
            Dialogs dialogs,
            Runner runner,
            Supplier<String> coder,
            Consumer<String> status) {
        this.media = media;
        this.players = players;
        this.dialogs = dialogs;
        this.runner = runner;
        this.coder = coder;
        this.status = status;
        rate.addListener((o, a, r) -> {
            if (player != null) {
                player.rate(r.doubleValue());
            }
        });
    }

    /**
     * The document shown changed (another document, or the same with other text): its units give
     * the times; its recording is (re)loaded when the document or its file changed.
     */
    public void show(String name, List<TextUnit> documentUnits) {
        units = TimedUnits.of(documentUnits == null ? List.of() : documentUnits);
        currentUnit.set(units.at(position.get()));
        if (name == null) {
            close();
            document.set(null);
            return;
        }
        if (!name.equals(document.get())) {
            document.set(name);
            reload();
        }
    }

    /** Looks up the open document's recording again (after attaching or detaching) and opens it. */
    public void reload() {
        close();
        String name = document.get();
        Optional<MediaEntry> entry;
        try {
            entry = name == null ? Optional.empty() : media.get().of(name);
        } catch (RuntimeException e) { // the document went away meanwhile: nothing to play
            entry = Optional.empty();
        }
        attached.set(entry.isPresent());
        if (entry.isEmpty()) {
            message.set(name == null || !units.any() ? "" : "No recording attached (Documents > Attach recording…)");
            return;
        }
        MediaEntry e = entry.get();
        if (!e.playable()) {
            message.set(e.problem());
            return;
        }
        try {
            file = e.file();
            player = players.open(file, new Player.Listener() {
                @Override
                public void ready(long ms) {
                    duration.set(ms);
                    ready.set(true);
                    message.set(e.link().path());
                    if (player != null) {
                        player.rate(rate.get());
                    }
                }

                @Override
                public void position(long ms) {
                    positionChanged(ms);
                }

                @Override
                public void playing(boolean now) {
                    playing.set(now);
                }

                @Override
                public void failed(String line) {
                    ready.set(false);
                    playing.set(false);
                    message.set(line);
                }
            });
            message.set("Loading " + e.link().path() + "…");
        } catch (Player.Unavailable u) {
            player = null;
            message.set(u.getMessage());
        }
    }

    /** The player's time moved: the unit that holds it is the current one. */
    public void positionChanged(long ms) {
        position.set(ms);
        currentUnit.set(units.at(ms));
    }

    public void togglePlay() {
        if (!ready.get()) {
            status.accept(message.get().isEmpty() ? "No recording to play" : message.get());
            return;
        }
        if (playing.get()) {
            player.pause();
        } else {
            player.play();
        }
    }

    /** Back (negative) or forward by {@code ms}. */
    public void skip(long ms) {
        seek(position.get() + ms);
    }

    public void seek(long ms) {
        if (!ready.get()) {
            return;
        }
        long to = Math.max(0, duration.get() > 0 ? Math.min(ms, duration.get()) : ms);
        player.seek(to);
        positionChanged(to);
    }

    /**
     * Plays from the start of the timed unit at {@code offset} of the text; false (and a line in the
     * status bar) when no recording plays or the unit there has no time.
     */
    public boolean playFrom(int offset) {
        Long at = units.startAtOffset(offset);
        if (at == null) {
            status.accept("This passage has no time stamp to play from");
            return false;
        }
        if (!ready.get()) {
            status.accept(message.get().isEmpty() ? "No recording to play" : message.get());
            return false;
        }
        seek(at);
        player.play();
        return true;
    }

    /** The speed, clamped to 0.5x-2x. */
    public void setRate(double r) {
        rate.set(Math.max(MIN_RATE, Math.min(MAX_RATE, r)));
    }

    /** The current time as a transcriber types it: {@code [hh:mm:ss]}. */
    public String timestamp() {
        return Timecode.stamp(position.get());
    }

    /** The current time and the recording's length: "00:01:02 / 00:08:09". */
    public String clock() {
        return Timecode.format(position.get()) + " / " + Timecode.format(duration.get());
    }

    /** Documents > Attach recording…: a file, then where it stays; the copy runs off the FX thread. */
    public void attach() {
        String name = document.get();
        if (name == null) {
            status.accept("Open a document first");
            return;
        }
        Optional<Path> chosen = dialogs.chooseFile(
                "Recording of " + name,
                new Dialogs.FileType(
                        "Recordings",
                        MediaFormat.extensions().stream().map(e -> "*." + e).toArray(String[]::new)));
        if (chosen.isEmpty()) {
            return;
        }
        Optional<String> where = dialogs.choose(
                "Attach recording",
                "Keep the recording where it is, or copy it into the project's media folder?",
                List.of(KEEP, COPY));
        if (where.isEmpty()) {
            return;
        }
        boolean copy = COPY.equals(where.get());
        Path file = chosen.get();
        runner.run(
                (progress, cancel) -> media.get().attach(name, file, copy, coder.get()),
                e -> {
                    status.accept("Attached " + e.link().path() + " to " + e.document());
                    if (name.equals(document.get())) {
                        reload();
                    }
                },
                failure -> dialogs.showError("Attach recording", failure));
    }

    static final String KEEP = "Keep it where it is";
    static final String COPY = "Copy it into the project";

    /** Documents > Detach recording. */
    public void detach() {
        String name = document.get();
        if (name == null || !attached.get()) {
            status.accept("This document has no recording attached");
            return;
        }
        try {
            MediaEntry e = media.get().detach(name, coder.get());
            status.accept("Detached " + e.link().path() + " from " + e.document());
            reload();
        } catch (RuntimeException failure) {
            dialogs.showError("Detach recording", failure);
        }
    }

    /** Stops and lets go of the player (another document, the window closed). */
    public void close() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        file = null;
        ready.set(false);
        playing.set(false);
        position.set(0);
        duration.set(0);
        currentUnit.set(-1);
    }

    /** The file playing, or null. */
    public Path file() {
        return file;
    }

    public TimedUnits units() {
        return units;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty attachedProperty() {
        return attached;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public LongProperty positionProperty() {
        return position;
    }

    public LongProperty durationProperty() {
        return duration;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    /** The index (in the document's units) of the unit the current time lies in, or -1. */
    public IntegerProperty currentUnitProperty() {
        return currentUnit;
    }
}
