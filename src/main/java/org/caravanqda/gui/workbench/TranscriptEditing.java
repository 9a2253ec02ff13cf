package org.caravanqda.gui.workbench;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;

/**
 * What the workbench adds for correcting transcripts: Documents → Edit transcript (Ctrl+E) opens
 * the edit mode on the open document in a centre tab, Documents → Orphaned codings lists the
 * codings a correction left without text.
 */
public final class TranscriptEditing {
    /** Shows a centre tab: {@code CenterTabs.show(id, title, content)}. */
    @FunctionalInterface
    public interface Tabs {
        Tab show(String id, String title, Supplier<Node> content);
    }

    private final TranscriptEditViewModel vm;
    private final TranscriptEditView view;
    private final Tabs tabs;

    public TranscriptEditing(WorkbenchViewModel workbench, Tabs tabs) {
        this.vm = new TranscriptEditViewModel(workbench, workbench.dialogs());
        this.view = new TranscriptEditView(vm);
        this.tabs = tabs;
    }

    public void addTo(Menu documents) {
        MenuItem edit = new MenuItem("Edit transcript");
        edit.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+E"));
        edit.setOnAction(e -> edit());
        MenuItem orphans = new MenuItem("Orphaned codings");
        orphans.setOnAction(e -> showOrphans());
        documents.getItems().addAll(new SeparatorMenuItem(), edit, orphans);
    }

    /** Opens the edit mode on the open document. */
    public void edit() {
        if (vm.start()) {
            Tab[] tab = new Tab[1];
            tab[0] = tabs.show(
                    "edit-transcript",
                    "Edit transcript",
                    () -> view.editor(() -> {
                        if (tab[0] != null && tab[0].getTabPane() != null) {
                            tab[0].getTabPane().getTabs().remove(tab[0]);
                        }
                    }));
        }
    }

    public void showOrphans() {
        tabs.show("orphans", "Orphaned codings", view::orphans);
        vm.refreshOrphans();
    }

    public TranscriptEditViewModel viewModel() {
        return vm;
    }
}
