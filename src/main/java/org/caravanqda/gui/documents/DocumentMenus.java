package org.caravanqda.gui.documents;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.caravanqda.gui.workbench.WorkbenchMenus;
import org.caravanqda.gui.workbench.WorkbenchView;

/** Puts "Rename document…" and "Delete document…" in the Documents menu and the documents list's context menu. */
public final class DocumentMenus {
    private DocumentMenus() {}

    public static DocumentActions install(WorkbenchView workbench) {
        DocumentActions actions = new DocumentActions(workbench.viewModel());
        workbench
                .menus()
                .documents()
                .getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        WorkbenchMenus.item("Rename document…", null, e -> actions.askRename()),
                        WorkbenchMenus.item("Delete document…", null, e -> actions.askDelete()));
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> actions.askRename());
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> actions.askDelete());
        ContextMenu menu = new ContextMenu(rename, delete);
        menu.setOnShowing(e -> {
            boolean none = actions.selected() == null;
            rename.setDisable(none);
            delete.setDisable(none);
        });
        workbench.documentsList().setContextMenu(menu);
        return actions;
    }
}
