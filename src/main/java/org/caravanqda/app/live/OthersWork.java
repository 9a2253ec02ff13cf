package org.caravanqda.app.live;

import java.util.List;
import java.util.Set;
import org.caravanqda.model.ChangeEntry;

/**
 * What other coders wrote since a window last looked (issue #20): their change-log entries, the
 * documents those name, and one short line for the status bar ("Anna coded 2 passages in
 * Interview 3"), never one line per entry.
 */
public record OthersWork(List<ChangeEntry> entries, Set<Long> documents, String summary) {
    public static final OthersWork NONE = new OthersWork(List.of(), Set.of(), "");

    public OthersWork {
        entries = List.copyOf(entries);
        documents = Set.copyOf(documents);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
