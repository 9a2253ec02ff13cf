package org.caravanqda.gui.workbench;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The status bar's "working" mark: a small progress indicator and what runs ("Saving the
 * coding…", "Auto-coding…"), shown once work has taken longer than a glance ({@link #DELAY}), so
 * quick jobs do not flicker and slow ones (a loaded machine, the first search) never look frozen.
 */
final class WorkingIndicator {
    static final Duration DELAY = Duration.millis(250);
    private final HBox box;

    WorkingIndicator(ObservableBooleanValue busy, ObservableStringValue what) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        Label text = new Label();
        text.setId("working-text");
        text.textProperty().bind(what);
        box = new HBox(6, text, spinner);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setVisible(false);
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> box.setVisible(busy.get()));
        busy.addListener((o, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                box.setVisible(false);
            }
        });
    }

    Node node() {
        return box;
    }
}
