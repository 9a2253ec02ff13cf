package org.caravanqda.gui.media;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.caravanqda.gui.transcript.Transcript;
import org.caravanqda.gui.transcript.TranscriptViewModel;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The player bar above the transcript (play/pause, ±5 s, speed, the clock and one line of state),
 * the follow-along highlight of the unit being heard, Ctrl+click and a context menu to play from a
 * unit, and the Documents menu's playback items (F5 play/pause, F6 back 5 s, F7 forward 5 s).
 */
public final class PlaybackView {
    /** Added to the paragraph style of the unit being heard (a bar in the left edge). */
    static final String HEARD = "-fx-border-color: transparent transparent transparent #d9822b;"
            + " -fx-border-width: 0 0 0 5; -fx-border-insets: 0 0 0 -2;";

    private final PlaybackViewModel vm;
    /** the transcript's text area, attached once it is built (ADR 0042); null before */
    private InlineCssTextArea area;

    private final HBox bar;
    /** paragraphs styled as heard, and their styles before */
    private final List<Integer> heard = new ArrayList<>();

    private final List<String> heardBefore = new ArrayList<>();

    /**
     * {@code documentName} gives the open document's stored name (the transcript shown may carry a
     * pseudonym for it).
     */
    public PlaybackView(PlaybackViewModel vm, TranscriptViewModel transcript, Supplier<String> documentName) {
        this.vm = vm;
        transcript.transcriptProperty().addListener((o, a, t) -> {
            heard.clear();
            heardBefore.clear();
            vm.show(t == null ? null : name(documentName, t), t == null ? List.of() : t.units());
        });
        Transcript open = transcript.transcriptProperty().get();
        if (open != null) {
            vm.show(name(documentName, open), open.units());
        }
        this.bar = bar();
        vm.currentUnitProperty().addListener((o, a, u) -> highlight(u.intValue()));
        bar.sceneProperty().addListener((o, a, s) -> {
            if (s == null && a != null) {
                vm.close();
            }
        });
    }

    /** Ctrl+click and the context menu's "Play from here" on the transcript's text area, and the heard unit's mark in it. */
    public void attach(InlineCssTextArea area) {
        this.area = area;
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY
                    && e.isShortcutDown()
                    && vm.readyProperty().get()) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(vm::playFrom);
                e.consume();
            }
        });
        MenuItem playHere = new MenuItem("Play from here");
        playHere.setId("play-from-here");
        playHere.setOnAction(e -> vm.playFrom(area.getCaretPosition()));
        ContextMenu menu = new ContextMenu(playHere);
        area.setOnContextMenuRequested(e -> {
            if (vm.readyProperty().get()) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> {
                    if (area.getSelection().getLength() == 0) {
                        area.moveTo(i);
                    }
                });
                menu.show(area, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    private static String name(Supplier<String> documentName, Transcript t) {
        String stored = documentName.get();
        return stored != null ? stored : t.name();
    }

    private HBox bar() {
        Button play = new Button();
        play.setId("play-pause");
        play.textProperty().bind(vm.playingProperty().map(p -> p ? "❚❚ Pause" : "▶ Play"));
        play.setOnAction(e -> vm.togglePlay());
        play.setTooltip(new Tooltip("Play or pause (F5)"));
        Button back = new Button("⟲ 5 s");
        back.setOnAction(e -> vm.skip(-PlaybackViewModel.SKIP_MS));
        back.setTooltip(new Tooltip("Back 5 seconds (F6)"));
        Button forward = new Button("5 s ⟳");
        forward.setOnAction(e -> vm.skip(PlaybackViewModel.SKIP_MS));
        forward.setTooltip(new Tooltip("Forward 5 seconds (F7)"));
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("playback-speed");
        speed.getItems().setAll(0.5, 0.75, 1.0, 1.25, 1.5, 2.0);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : (d == Math.floor(d) ? String.valueOf(d.intValue()) : String.valueOf(d)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.setValue(vm.rateProperty().get());
        speed.valueProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.setRate(r);
            }
        });
        vm.rateProperty().addListener((o, a, r) -> speed.setValue(r.doubleValue()));
        speed.setTooltip(new Tooltip("Playback speed"));
        Label clock = new Label();
        clock.setId("playback-clock");
        clock.getStyleClass().add("playback-clock");
        Runnable tick = () -> clock.setText(vm.clock());
        vm.positionProperty().addListener((o, a, p) -> tick.run());
        vm.durationProperty().addListener((o, a, p) -> tick.run());
        tick.run();
        Label message = new Label();
        message.setId("playback-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        List.of(play, back, forward, speed).forEach(n -> {
            n.disableProperty().bind(vm.readyProperty().not());
            n.setFocusTraversable(false);
        });
        Region gap = new Region();
        gap.setMinWidth(4);
        HBox box = new HBox(6, play, back, forward, speed, clock, gap, message);
        box.setId("player-bar");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(2, 0, 2, 0));
        box.getStyleClass().add("player-bar");
        // shown for a document that has a recording, or times to play (then it says how to attach one)
        var shown = vm.attachedProperty().or(vm.messageProperty().isNotEmpty());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    public PlaybackViewModel viewModel() {
        return vm;
    }

    /** The bar to put above the transcript. */
    public Node node() {
        return bar;
    }

    /** Documents menu: attach, detach, play/pause (F5), back (F6), forward (F7), insert the time stamp. */
    public List<MenuItem> menuItems() {
        MenuItem attach = item("Attach recording…", null, vm::attach);
        attach.setId("attach-recording");
        MenuItem detach = item("Detach recording", null, vm::detach);
        detach.disableProperty().bind(vm.attachedProperty().not());
        MenuItem play = item("Play / pause", "F5", vm::togglePlay);
        MenuItem back = item("Back 5 s", "F6", () -> vm.skip(-PlaybackViewModel.SKIP_MS));
        MenuItem forward = item("Forward 5 s", "F7", () -> vm.skip(PlaybackViewModel.SKIP_MS));
        MenuItem stamp = item("Insert time stamp", "Shortcut+Shift+T", this::insertTimestamp);
        stamp.setId("insert-timestamp");
        List.of(play, back, forward, stamp)
                .forEach(i -> i.disableProperty().bind(vm.readyProperty().not()));
        return List.of(new SeparatorMenuItem(), attach, detach, play, back, forward, stamp);
    }

    /**
     * The player's time as {@code [hh:mm:ss]}: typed at the caret of the text being edited (the
     * transcript's edit mode, a memo: whatever editable text has the focus), else copied to the
     * clipboard.
     */
    public void insertTimestamp() {
        String stamp = vm.timestamp();
        javafx.scene.Node focus =
                area == null || area.getScene() == null ? null : area.getScene().getFocusOwner();
        if (focus instanceof javafx.scene.control.TextInputControl text && text.isEditable()) {
            text.insertText(text.getCaretPosition(), stamp + " ");
        } else {
            ClipboardContent content = new ClipboardContent();
            content.putString(stamp);
            Clipboard.getSystemClipboard().setContent(content);
            vm.messageProperty().set("Copied " + stamp + " to the clipboard");
        }
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (shortcut != null) {
            i.setAccelerator(KeyCombination.valueOf(shortcut));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** Marks the paragraphs of the unit being heard (and unmarks the last), keeping it in view while playing. */
    private void highlight(int unit) {
        if (area == null) {
            return; // nothing to mark until the transcript's area is built
        }
        for (int i = 0; i < heard.size(); i++) {
            int p = heard.get(i);
            if (p < area.getParagraphs().size()
                    && (heardBefore.get(i) + HEARD).equals(area.getParagraph(p).getParagraphStyle())) {
                area.setParagraphStyle(p, heardBefore.get(i));
            }
        }
        heard.clear();
        heardBefore.clear();
        if (unit < 0 || unit >= vm.units().size()) {
            return;
        }
        var u = vm.units().unit(unit);
        if (u.end() > area.getLength()) {
            return;
        }
        int first = area.offsetToPosition(u.start(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(Math.max(u.start(), u.end() - 1), Bias.Forward)
                .getMajor();
        for (int p = first; p <= last; p++) {
            String before = area.getParagraph(p).getParagraphStyle();
            heard.add(p);
            heardBefore.add(before);
            area.setParagraphStyle(p, before + HEARD);
        }
        if (vm.playingProperty().get()) {
            area.showParagraphInViewport(first);
        }
    }

    /** Whether paragraph {@code p} is marked as being heard (tests). */
    public boolean heard(int p) {
        return area.getParagraph(p).getParagraphStyle().endsWith(HEARD);
    }
}
