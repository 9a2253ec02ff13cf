package org.caravanqda.gui.documents;

import java.util.function.BiConsumer;
import org.caravanqda.app.Project;
import org.caravanqda.gui.coding.Command;

/** Renames a document; undo gives it its old name back. The open transcript follows the name both ways. */
final class RenameDocument implements Command {
    private final String from;
    private final String to;
    private final String coder;
    private final BiConsumer<String, String> renamed;

    RenameDocument(String from, String to, String coder, BiConsumer<String, String> renamed) {
        this.from = from;
        this.to = to;
        this.coder = coder;
        this.renamed = renamed;
    }

    @Override
    public String label() {
        return "rename " + from + " to " + to;
    }

    @Override
    public void redo(Project project) {
        project.documents().rename(from, to, coder);
        renamed.accept(from, to);
    }

    @Override
    public void undo(Project project) {
        project.documents().rename(to, from, coder);
        renamed.accept(to, from);
    }
}
