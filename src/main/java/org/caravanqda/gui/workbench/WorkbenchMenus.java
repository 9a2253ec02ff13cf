package org.caravanqda.gui.workbench;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every action of the window with its shortcut shown, so a researcher can find what
 * the toolbar has no room for. Views add their own entries to the menu that fits
 * ({@link #analysis()} for retrieval, tables, charts and agreement).
 */
public final class WorkbenchMenus {
    private final Menu project = new Menu("_Project");
    private final Menu edit = new Menu("_Edit");
    private final Menu code = new Menu("_Code");
    private final Menu documents = new Menu("_Documents");
    private final Menu analysis = new Menu("_Analysis");
    private final Menu help = new Menu("_Help");
    private final MenuBar bar = new MenuBar(project, edit, code, documents, analysis, help);

    WorkbenchMenus() {
        bar.setId("workbench-menus");
    }

    /** A menu entry; {@code shortcut} (e.g. "Shortcut+K") may be null. */
    public static MenuItem item(String text, String shortcut, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(action);
        return item;
    }

    public Menu project() {
        return project;
    }

    public Menu edit() {
        return edit;
    }

    public Menu code() {
        return code;
    }

    public Menu documents() {
        return documents;
    }

    public Menu analysis() {
        return analysis;
    }

    public Menu help() {
        return help;
    }

    MenuBar node() {
        return bar;
    }
}
