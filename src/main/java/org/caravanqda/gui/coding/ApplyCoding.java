package org.caravanqda.gui.coding;

import org.caravanqda.app.CodeRequest;
import org.caravanqda.app.Project;

/** Applies a code to a span; undo removes that coding, redo applies it again (under a new id). */
public final class ApplyCoding implements Command {
    private final CodeRequest request;
    private long id;

    public ApplyCoding(CodeRequest request) {
        this.request = request;
    }

    @Override
    public String label() {
        return "code with " + request.codePath();
    }

    @Override
    public void redo(Project project) {
        id = project.codings().code(request);
    }

    @Override
    public void undo(Project project) {
        project.codings().uncode(id, request.coder());
    }

    public long id() {
        return id;
    }
}
