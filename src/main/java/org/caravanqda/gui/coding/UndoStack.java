package org.caravanqda.gui.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Done and undone commands of this session. The stack only keeps order; the caller runs
 * {@code redo}/{@code undo} on the job thread and reports back with {@link #done}/{@link #undone}.
 */
public final class UndoStack {
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** A new command was done: it can be undone, and what was undone before can no longer be redone. */
    public void done(Command c) {
        undo.push(c);
        redo.clear();
        update();
    }

    public Command nextUndo() {
        return undo.peek();
    }

    public Command nextRedo() {
        return redo.peek();
    }

    public void undone(Command c) {
        if (undo.peek() == c) {
            redo.push(undo.pop());
        }
        update();
    }

    public void redone(Command c) {
        if (redo.peek() == c) {
            undo.push(redo.pop());
        }
        update();
    }

    /**
     * A step the store refused because someone else changed its item since (issue #20): it can be
     * neither undone nor redone any more, so it leaves the history; the steps before it stay.
     */
    public void refused(Command c) {
        if (undo.peek() == c) {
            undo.pop();
        } else if (redo.peek() == c) {
            redo.pop();
        }
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
