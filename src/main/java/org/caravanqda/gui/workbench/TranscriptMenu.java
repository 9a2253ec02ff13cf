package org.caravanqda.gui.workbench;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.caravanqda.gui.transcript.CodingMark;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * The transcript's context menu, built anew each time it opens: code the selection with…,
 * recent codes, new code from the selection, remove a coding or write its memo (the codings at
 * the caret), copy. Each entry shows the shortcut the menu bar gives it.
 */
final class TranscriptMenu {
    private final WorkbenchViewModel vm;
    private final InlineCssTextArea area;
    private final Runnable codeWith;
    private final ContextMenu menu = new ContextMenu();

    TranscriptMenu(WorkbenchViewModel vm, InlineCssTextArea area, Runnable codeWith) {
        this.vm = vm;
        this.area = area;
        this.codeWith = codeWith;
        menu.setId("transcript-menu");
        menu.setOnShowing(e -> build());
        build();
        area.setContextMenu(menu);
        // where the platform sends no context-menu request for a right click, the release opens it
        area.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(area, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private void build() {
        boolean selected = area.getSelection().getLength() > 0;
        MenuItem code = WorkbenchMenus.item("Code with…", "Shortcut+K", e -> codeWith.run());
        code.setDisable(!selected);
        Menu recent = new Menu("Recent codes");
        for (String path : vm.coding().recentCodes()) {
            MenuItem item = new MenuItem(path);
            item.setOnAction(e -> vm.coding().apply(path));
            recent.getItems().add(item);
        }
        recent.setDisable(!selected || recent.getItems().isEmpty());
        MenuItem newCode = WorkbenchMenus.item(
                "New code from selection…",
                "Shortcut+Shift+N",
                e -> vm.codebookActions().newCodeFromSelection());
        newCode.setDisable(!selected);

        List<CodingMark> here = codingsHere();
        Menu remove = new Menu("Remove coding");
        Menu memo = new Menu("Memo on coding…");
        for (CodingMark m : here) {
            String label = m.codePath() + " · " + m.coder();
            MenuItem r = new MenuItem(label);
            r.setOnAction(e -> vm.coding().remove(m));
            remove.getItems().add(r);
            MenuItem n = new MenuItem(label);
            n.setOnAction(e -> vm.dialogs()
                    .askText(
                            "Memo",
                            "Memo on " + m.codePath() + " (" + m.coder() + ")",
                            m.memo() == null ? "" : m.memo())
                    .ifPresent(text -> vm.coding().memo(m, text)));
            memo.getItems().add(n);
        }
        remove.setDisable(here.isEmpty());
        memo.setDisable(here.isEmpty());
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+C"));
        copy.setOnAction(e -> area.copy());
        copy.setDisable(!selected);
        menu.getItems()
                .setAll(code, recent, newCode, new SeparatorMenuItem(), remove, memo, new SeparatorMenuItem(), copy);
    }

    /** The shown codings at the caret, or overlapping the selection. */
    private List<CodingMark> codingsHere() {
        int start = area.getSelection().getStart();
        int end = Math.max(area.getSelection().getEnd(), start + 1);
        return vm.transcript().visibleCodings().stream()
                .filter(m -> m.start() < end && start < m.end())
                .toList();
    }

    ContextMenu menu() {
        return menu;
    }
}
