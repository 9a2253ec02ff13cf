package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.gui.transcript.CodingMark;

/** Gives a coding another code: the same span, coder and memo under the new code; undo restores the old one. */
public final class ChangeCoding implements Command {
    private final RemoveCoding remove;
    private final ApplyCoding apply;
    private final String newCode;

    public ChangeCoding(String document, CodingMark mark, String newCode, String actingCoder, CodingIds ids) {
        this.remove = new RemoveCoding(document, mark, actingCoder, ids);
        this.apply = new ApplyCoding(
                new CodeRequest(document, mark.start(), mark.end(), null, null, newCode, mark.coder(), mark.memo()),
                ids);
        this.newCode = newCode;
    }

    @Override
    public String label() {
        return "change to " + newCode;
    }

    @Override
    public void redo(Project project) {
        remove.redo(project);
        apply.redo(project);
    }

    @Override
    public void undo(Project project) {
        apply.undo(project);
        remove.undo(project);
    }
}
