package org.caravanqda.app.port;

import java.util.List;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;

/** The audit trail; its last sequence number is the store's change generation. */
public interface ChangeLog {
    long append(String coder, ChangeAction action, String payloadJson);

    long generation();

    List<ChangeEntry> since(long sequence);

    /**
     * The entries after {@code cursor} (a generation this log gave) and the cursor to ask from next:
     * what a window follows to show others' work (issue #20). A log with one writer (a folder
     * project) pages by sequence; a server project's feed overrides this to read to the transaction
     * horizon, so it never skips an entry that commits late (ADR 0026).
     */
    default ChangeFeed.Page after(long cursor) {
        List<ChangeEntry> entries = since(cursor);
        return new ChangeFeed.Page(
                entries,
                entries.isEmpty()
                        ? cursor
                        : Math.max(cursor, entries.get(entries.size() - 1).sequence()));
    }
}
