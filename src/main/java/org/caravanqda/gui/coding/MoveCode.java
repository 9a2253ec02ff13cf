package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;

/** Moves a code under another parent; undo moves it back under the old one. */
public final class MoveCode extends CodePathCommand {
    private final String oldParent;
    private final String newParent;

    public MoveCode(String path, String newParent, String coder) {
        super("move", path, coder);
        this.oldParent = org.caravanqda.model.CodePath.parse(path).parent();
        this.newParent = newParent;
    }

    @Override
    String forward(Project project, String path) {
        return project.codebook().move(path, newParent, coder);
    }

    @Override
    void backward(Project project, String path) {
        project.codebook().move(path, oldParent, coder);
    }
}
