package org.caravanqda.gui.workbench;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The middle of the window: the transcript, always there, and closable tabs for the views a
 * researcher opens beside it (retrieved segments, tables and charts, agreement), as NVivo's detail
 * view does. A view is opened by id: asking again selects the tab already open instead of adding one.
 */
public final class CenterTabs {
    private final TabPane tabs = new TabPane();

    CenterTabs(Node transcript) {
        Tab transcriptTab = new Tab("Transcript", transcript);
        transcriptTab.setId("transcript-tab");
        transcriptTab.setClosable(false);
        tabs.getTabs().add(transcriptTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add("center-tabs");
    }

    /**
     * Selects the tab with this id, or adds one built by {@code content} (called only then) and
     * selects it. Returns the tab so the caller can retitle it.
     */
    public Tab show(String id, String title, Supplier<Node> content) {
        for (Tab tab : tabs.getTabs()) {
            if (id.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
                return tab;
            }
        }
        Tab tab = new Tab(title, content.get());
        tab.setId(id);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return tab;
    }

    /** Back to the transcript, e.g. after "open this segment in its document". */
    public void showTranscript() {
        tabs.getSelectionModel().select(0);
    }

    public Node node() {
        return tabs;
    }
}
