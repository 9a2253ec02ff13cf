package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;

/** Moves a code under another parent; undo moves it back under the old one. */
public final class MoveCode implements Command {
    private final String pathBefore;
    private final String oldParent;
    private final String newParent;
    private final String coder;
    private String pathAfter;
    private String[] change;

    public MoveCode(String path, String newParent, String coder) {
        this.pathBefore = path;
        int slash = path.lastIndexOf('/');
        this.oldParent = slash < 0 ? null : path.substring(0, slash);
        this.newParent = newParent;
        this.coder = coder;
    }

    @Override
    public String label() {
        return "move " + pathBefore;
    }

    @Override
    public void redo(Project project) {
        pathAfter = project.codebook().move(pathBefore, newParent, coder);
        change = new String[] {pathBefore, pathAfter};
    }

    @Override
    public void undo(Project project) {
        project.codebook().move(pathAfter, oldParent, coder);
        change = new String[] {pathAfter, pathBefore};
    }

    @Override
    public String[] pathChange() {
        return change;
    }

    public String pathAfter() {
        return pathAfter;
    }
}
