package org.caravanqda.gui.coding;

import org.caravanqda.app.CodeRequest;
import org.caravanqda.app.Project;
import org.caravanqda.gui.transcript.CodingMark;

/** Removes a coding; undo applies it again with the same span, code, coder and memo. */
public final class RemoveCoding implements Command {
    private final String document;
    private final CodingMark mark;
    private final String actingCoder;
    private long id;

    public RemoveCoding(String document, CodingMark mark, String actingCoder) {
        this.document = document;
        this.mark = mark;
        this.actingCoder = actingCoder;
        this.id = mark.id();
    }

    @Override
    public String label() {
        return "remove " + mark.codeName();
    }

    @Override
    public void redo(Project project) {
        project.codings().uncode(id, actingCoder);
    }

    @Override
    public void undo(Project project) {
        id = project.codings().code(new CodeRequest(document, mark.start(), mark.end(), null, null, mark.codePath(),
                mark.coder(), mark.memo()));
    }
}
