package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;

/** Sets a coding's memo; undo restores the memo it had. */
public final class EditMemo implements Command {
    private final long codingId;
    private final String before;
    private final String after;
    private final String coder;
    private final CodingIds ids;

    public EditMemo(long codingId, String before, String after, String coder, CodingIds ids) {
        this.codingId = codingId;
        this.before = before;
        this.after = after;
        this.coder = coder;
        this.ids = ids;
    }

    @Override
    public String label() {
        return "edit memo";
    }

    @Override
    public void redo(Project project) {
        project.codings().memo(ids.current(codingId), after, coder, ids.seen(codingId));
        ids.bumped(codingId);
    }

    @Override
    public void undo(Project project) {
        project.codings().memo(ids.current(codingId), before, coder, ids.seen(codingId));
        ids.bumped(codingId);
    }
}
