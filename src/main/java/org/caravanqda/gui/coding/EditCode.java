package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeEdit;

/** Renames, recolours or redefines a code; undo puts the old values back (and the old name). */
public final class EditCode extends CodePathCommand {
    private final CodeEdit before;
    private final CodeEdit after;

    public EditCode(
            String path, CodeEdit before, CodeEdit after, String coder, CodeVersion seen, SeenVersions versions) {
        super("edit", path, coder, seen.id(), seen.version(), versions);
        this.before = before;
        this.after = after;
    }

    @Override
    String forward(Project project, String path) {
        return project.codebook().edit(path, after, coder, version());
    }

    @Override
    void backward(Project project, String path) {
        project.codebook().edit(path, before, coder, version());
    }
}
