package org.caravanqda.gui.attributes;

import org.caravanqda.app.Project;
import org.caravanqda.gui.coding.Command;

/**
 * Sets one document's attribute value; undo puts the value it had back (or clears it). Each step
 * names the version of the value it expects (the one the table showed, then the one its own last
 * step left), so an edit someone else made meanwhile is refused, never overwritten (issue #20).
 */
final class SetAttribute implements Command {
    private final String document;
    private final String attribute;
    private final String before;
    private final String after;
    private final String coder;
    /** The value's version this command expects next (0: no value). */
    private long expected;

    SetAttribute(String document, String attribute, String before, String after, String coder, long seenVersion) {
        this.document = document;
        this.attribute = attribute;
        this.before = before;
        this.after = after;
        this.coder = coder;
        this.expected = seenVersion;
    }

    @Override
    public String label() {
        return attribute + " of " + document;
    }

    @Override
    public void redo(Project project) {
        expected = project.attributes()
                .set(document, attribute, after, coder, expected)
                .version();
    }

    @Override
    public void undo(Project project) {
        expected = project.attributes()
                .set(document, attribute, before, coder, expected)
                .version();
    }
}
