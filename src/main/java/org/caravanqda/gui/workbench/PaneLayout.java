package org.caravanqda.gui.workbench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import org.caravanqda.gui.common.GuiPreferences;

/**
 * The three panes' layout: the documents pane and the codebook can be hidden (Documents menu,
 * Ctrl+Shift+D and Ctrl+Shift+B) so the transcript takes the width, the dividers can be dragged,
 * and both are remembered for the next session in the user's preferences (never in a project).
 * The panes keep their share of the width when the window is resized, so on a small screen the
 * transcript keeps most of it.
 */
final class PaneLayout {
    static final double LEFT = 0.18;
    static final double RIGHT = 0.77;
    private final SplitPane split;
    private final Node left;
    private final Node center;
    private final Node right;
    private final GuiPreferences prefs;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(true);
    private double leftAt = LEFT;
    private double rightAt = RIGHT;
    private boolean applying;

    PaneLayout(SplitPane split, Node left, Node center, Node right, GuiPreferences prefs) {
        this.split = split;
        this.left = left;
        this.center = center;
        this.right = right;
        this.prefs = prefs;
        read(prefs.paneLayout());
        leftShown.addListener((o, a, b) -> apply());
        rightShown.addListener((o, a, b) -> apply());
        apply();
    }

    /** "Documents pane" and "Codebook pane" toggles, with their shortcuts, for a menu. */
    void addTo(Menu menu) {
        CheckMenuItem documents = new CheckMenuItem("Documents pane");
        documents.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        documents.selectedProperty().bindBidirectional(leftShown);
        CheckMenuItem codebook = new CheckMenuItem("Codebook pane");
        codebook.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        codebook.selectedProperty().bindBidirectional(rightShown);
        menu.getItems().addAll(documents, codebook);
    }

    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    BooleanProperty rightShownProperty() {
        return rightShown;
    }

    private void apply() {
        applying = true;
        try {
            split.getItems().setAll(center);
            if (leftShown.get()) {
                split.getItems().add(0, left);
            }
            if (rightShown.get()) {
                split.getItems().add(right);
            }
            if (leftShown.get() && rightShown.get()) {
                split.setDividerPositions(leftAt, rightAt);
            } else if (leftShown.get()) {
                split.setDividerPositions(leftAt);
            } else if (rightShown.get()) {
                split.setDividerPositions(rightAt);
            }
            split.getDividers().forEach(d -> d.positionProperty().addListener((o, a, b) -> dragged()));
        } finally {
            applying = false;
        }
        save();
    }

    /** A divider moved: remember where, for this session and the next. */
    private void dragged() {
        if (applying) {
            return;
        }
        double[] at = split.getDividerPositions();
        if (leftShown.get() && at.length > 0) {
            leftAt = at[0];
        }
        if (rightShown.get() && at.length > 0) {
            rightAt = at[at.length - 1];
        }
        save();
    }

    private void save() {
        prefs.paneLayout(String.format(
                Locale.ROOT,
                "left=%.3f;right=%.3f;documents=%b;codebook=%b",
                leftAt,
                rightAt,
                leftShown.get(),
                rightShown.get()));
    }

    private void read(String layout) {
        Map<String, String> values = new HashMap<>();
        for (String part : layout.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        leftAt = fraction(values.get("left"), LEFT, 0.05, 0.45);
        rightAt = fraction(values.get("right"), RIGHT, 0.5, 0.95);
        leftShown.set(!"false".equals(values.get("documents")));
        rightShown.set(!"false".equals(values.get("codebook")));
    }

    private static double fraction(String value, double otherwise, double min, double max) {
        try {
            double d = Double.parseDouble(value);
            return d >= min && d <= max ? d : otherwise;
        } catch (NumberFormatException | NullPointerException e) {
            return otherwise;
        }
    }
}
