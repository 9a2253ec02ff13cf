package org.caravanqda.gui.attributes;

import org.caravanqda.app.Project;
import org.caravanqda.gui.coding.Command;

/** Sets one document's attribute value; undo puts the value it had back (or clears it). */
final class SetAttribute implements Command {
    private final String document;
    private final String attribute;
    private final String before;
    private final String after;
    private final String coder;

    SetAttribute(String document, String attribute, String before, String after, String coder) {
        this.document = document;
        this.attribute = attribute;
        this.before = before;
        this.after = after;
        this.coder = coder;
    }

    @Override
    public String label() {
        return attribute + " of " + document;
    }

    @Override
    public void redo(Project project) {
        project.attributes().set(document, attribute, after, coder);
    }

    @Override
    public void undo(Project project) {
        project.attributes().set(document, attribute, before, coder);
    }
}
