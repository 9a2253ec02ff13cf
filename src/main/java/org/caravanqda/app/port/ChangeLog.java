package org.caravanqda.app.port;

import java.util.List;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;

/** The audit trail; its last sequence number is the store's change generation. */
public interface ChangeLog {
    long append(String coder, ChangeAction action, String payloadJson);

    long generation();

    List<ChangeEntry> since(long sequence);
}
