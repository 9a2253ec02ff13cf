package org.caravanqda.gui.workbench;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Gives a tab its content when it is first selected. A tab pane styles and lays out the content of
 * every tab, shown or not; the first frame of a project window spent a twentieth of a second on
 * tabs nobody had opened yet (ADR 0042).
 */
final class FirstSelection {
    private FirstSelection() {}

    static void fill(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }
}
