package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.gui.transcript.CodingMark;

/** Removes a coding; undo applies it again with the same span, code, coder and memo. */
public final class RemoveCoding implements Command {
    private final String document;
    private final CodingMark mark;
    private final String actingCoder;
    private final CodingIds ids;

    public RemoveCoding(String document, CodingMark mark, String actingCoder, CodingIds ids) {
        this.document = document;
        this.mark = mark;
        this.actingCoder = actingCoder;
        this.ids = ids;
        if (ids.current(mark.id()) == mark.id()) {
            ids.saw(mark.id(), mark.seenVersion());
        }
    }

    @Override
    public String label() {
        return "remove " + mark.codeName();
    }

    @Override
    public void redo(Project project) {
        project.codings().uncode(ids.current(mark.id()), actingCoder, ids.seen(mark.id()));
    }

    @Override
    public void undo(Project project) {
        long again = project.codings()
                .code(new CodeRequest(
                        document, mark.start(), mark.end(), null, null, mark.codePath(), mark.coder(), mark.memo()));
        ids.moved(ids.current(mark.id()), again);
        ids.saw(again, 0L);
    }
}
