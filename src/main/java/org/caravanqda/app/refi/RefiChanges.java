package org.caravanqda.app.refi;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import java.util.Map;
import org.caravanqda.app.port.StoreSession;

/** The change-log entry of a REFI-QDA import. */
final class RefiChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RefiChanges() {
    }

    static void record(StoreSession s, String coder, Map<String, ?> payload) {
        try {
            s.changeLog().append(coder, "refi.import", JSON.writeValueAsString(payload));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }
}
