package org.caravanqda.gui.workbench;

import org.caravanqda.app.Project;
import org.caravanqda.app.revision.RevisionReport;
import org.caravanqda.gui.coding.Command;

/**
 * A transcript edited in the window, as one undoable step: redo replaces the text (codings follow,
 * orphans kept), undo reverts that revision (the old text, every coding back where it was).
 */
final class ReplaceText implements Command {
    private final String document;
    private final String text;
    private final String coder;
    private volatile RevisionReport report;

    ReplaceText(String document, String text, String coder) {
        this.document = document;
        this.text = text;
        this.coder = coder;
    }

    @Override
    public String label() {
        return "edit of " + document;
    }

    @Override
    public void redo(Project project) {
        report = project.revisions().replaceText(document, text, false, coder);
    }

    @Override
    public void undo(Project project) {
        project.revisions().revert(document, report.revision(), false, coder);
    }

    /** What the last redo did; null before it. */
    RevisionReport report() {
        return report;
    }
}
