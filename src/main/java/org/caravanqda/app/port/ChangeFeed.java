package org.caravanqda.app.port;

import java.util.List;
import org.caravanqda.model.ChangeEntry;

/**
 * The change log read as a feed that never skips an entry (team projects, issue #20, ADR 0026).
 * A client keeps the {@link Page#cursor} of its last page and asks for what follows it; an entry
 * whose transaction commits late is still delivered, on a later page.
 */
public interface ChangeFeed {
    /** Entries after {@code cursor} (0: from the start) that no running transaction can still precede, in a stable order. */
    Page after(long cursor);

    /** A feed page: its entries, and the cursor to ask from next time (never lower than the one asked from). */
    record Page(List<ChangeEntry> entries, long cursor) {
        public Page {
            entries = List.copyOf(entries);
        }
    }
}
