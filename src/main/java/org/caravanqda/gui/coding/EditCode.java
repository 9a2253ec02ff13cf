package org.caravanqda.gui.coding;

import org.caravanqda.app.CodeEdit;
import org.caravanqda.app.Project;

/** Renames, recolours or redefines a code; undo puts the old values back (and the old name). */
public final class EditCode implements Command {
    private final String pathBefore;
    private final CodeEdit before;
    private final CodeEdit after;
    private final String coder;
    private String pathAfter;
    private String[] change;

    public EditCode(String path, CodeEdit before, CodeEdit after, String coder) {
        this.pathBefore = path;
        this.before = before;
        this.after = after;
        this.coder = coder;
    }

    @Override
    public String label() {
        return "edit " + pathBefore;
    }

    @Override
    public void redo(Project project) {
        pathAfter = project.codebook().edit(pathBefore, after, coder);
        change = new String[] {pathBefore, pathAfter};
    }

    @Override
    public void undo(Project project) {
        project.codebook().edit(pathAfter, before, coder);
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
