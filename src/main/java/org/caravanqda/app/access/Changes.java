package org.caravanqda.app.access;

import java.util.Map;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.ChangeAction;
import tools.jackson.core.JacksonException;

/** Appends audit-trail entries; payloads are small JSON objects that undo and index repair read. */
public final class Changes {
    private Changes() {}

    public static long record(StoreSession s, String coder, ChangeAction action, Map<String, ?> payload) {
        try {
            return s.changeLog().append(coder, action, ChangePayloads.json(payload));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }
}
