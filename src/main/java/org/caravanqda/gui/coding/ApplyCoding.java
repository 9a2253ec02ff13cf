package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;

/** Applies a code to a span; undo removes that coding, redo applies it again (under a new id the table follows). */
public final class ApplyCoding implements Command {
    private final CodeRequest request;
    private final CodingIds ids;
    private long id = -1;

    public ApplyCoding(CodeRequest request, CodingIds ids) {
        this.request = request;
        this.ids = ids;
    }

    @Override
    public String label() {
        return "code with " + request.codePath();
    }

    @Override
    public void redo(Project project) {
        long created = project.codings().code(request);
        ids.saw(created, 0L); // a new coding starts at version 0
        if (id < 0) {
            id = created;
        } else {
            ids.moved(ids.current(id), created);
        }
    }

    @Override
    public void undo(Project project) {
        project.codings().uncode(ids.current(id), request.coder(), ids.seen(id));
    }
}
