package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;

/** Moves a code under another parent; undo moves it back under the old one. */
public final class MoveCode extends CodePathCommand {
    private final String oldParent;
    private final String newParent;

    public MoveCode(String path, String newParent, String coder, CodeVersion seen, SeenVersions versions) {
        super("move", path, coder, seen.id(), seen.version(), versions);
        this.oldParent = org.caravanqda.model.CodePath.parse(path).parent();
        this.newParent = newParent;
    }

    @Override
    String forward(Project project, String path) {
        return project.codebook().move(path, newParent, coder, version());
    }

    @Override
    void backward(Project project, String path) {
        project.codebook().move(path, oldParent, coder, version());
    }
}
