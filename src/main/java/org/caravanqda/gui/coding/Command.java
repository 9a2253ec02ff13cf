package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;

/** An undoable change, done and undone through the app services (so each step is in the change log). */
public interface Command {
    String label();

    void redo(Project project);

    void undo(Project project);

    /** After the last redo or undo: a code path that changed, as {from, to}, so pins can follow; null when none did. */
    default String[] pathChange() {
        return null;
    }
}
