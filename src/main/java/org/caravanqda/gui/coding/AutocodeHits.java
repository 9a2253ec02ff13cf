package org.caravanqda.gui.coding;

import java.util.List;
import org.caravanqda.app.Project;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;

/**
 * Codes every hit of a query (the CLI's `autocode`); undo removes exactly the codings the run
 * created, in one transaction, and redo runs it again (spans coded meanwhile are not doubled).
 */
public final class AutocodeHits implements Command {
    private final AutocodeRequest request;
    private AutocodeReport last;

    public AutocodeHits(AutocodeRequest request) {
        this.request = request;
    }

    @Override
    public String label() {
        return "auto-code \"" + request.query() + "\" with " + request.code();
    }

    @Override
    public void redo(Project project) {
        last = project.autocode().run(request);
    }

    @Override
    public void undo(Project project) {
        List<Long> ids = last == null ? List.of() : last.createdIds();
        if (!ids.isEmpty()) {
            project.codings().uncodeAll(ids, request.coder());
        }
    }

    /** What the last run did, or null before it ran. */
    public AutocodeReport report() {
        return last;
    }
}
