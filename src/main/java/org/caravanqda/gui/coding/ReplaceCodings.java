package org.caravanqda.gui.coding;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.coding.CodingView;

/**
 * Removes some codings and applies others in one transaction (a disagreement resolved: one
 * coder's version kept, or both merged); undo removes what was applied and applies again what was
 * removed, with the same span, code, coder and memo. Ids follow re-applied codings through
 * {@link CodingIds}, so older commands still reach them.
 */
public final class ReplaceCodings implements Command {
    private final String label;
    private final List<CodingView> removed;
    private final List<CodeRequest> added;
    private final String actingCoder;
    private final CodingIds ids;
    private List<Long> addedIds;

    public ReplaceCodings(
            String label, List<CodingView> removed, List<CodeRequest> added, String actingCoder, CodingIds ids) {
        this.label = label;
        this.removed = List.copyOf(removed);
        this.added = List.copyOf(added);
        this.actingCoder = actingCoder;
        this.ids = ids;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void redo(Project project) {
        List<Long> created = project.codings()
                .replace(removed.stream().map(c -> ids.current(c.id())).toList(), added, actingCoder);
        if (addedIds == null) {
            addedIds = created;
        } else {
            for (int i = 0; i < created.size(); i++) {
                ids.moved(ids.current(addedIds.get(i)), created.get(i));
            }
        }
    }

    @Override
    public void undo(Project project) {
        List<CodeRequest> again = new ArrayList<>();
        for (CodingView c : removed) {
            again.add(new CodeRequest(c.document(), c.start(), c.end(), null, null, c.code(), c.coder(), c.memo()));
        }
        List<Long> restored =
                project.codings().replace(addedIds.stream().map(ids::current).toList(), again, actingCoder);
        for (int i = 0; i < restored.size(); i++) {
            ids.moved(ids.current(removed.get(i).id()), restored.get(i));
        }
    }

    public List<CodingView> removed() {
        return removed;
    }

    public List<CodeRequest> added() {
        return added;
    }
}
