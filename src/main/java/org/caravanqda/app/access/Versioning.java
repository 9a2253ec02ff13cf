package org.caravanqda.app.access;

import java.util.function.Supplier;
import org.caravanqda.app.common.StaleEditException;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.Versions.Versioned;

/** The optimistic check every update or delete of a versioned item makes first, in its own transaction. */
public final class Versioning {
    private Versioning() {}

    /**
     * Bumps the item's version, or refuses the edit when its version is not {@code seen} (null:
     * whatever it is now): a {@link StaleEditException} carrying {@code latest}'s answer, thrown
     * before anything is written, so the transaction rolls back and nothing changed.
     */
    public static void claim(StoreSession s, Versioned kind, long id, Long seen, String what, Supplier<Object> latest) {
        if (s.versions().bump(kind, id, seen)) {
            return;
        }
        long now = s.versions().current(kind, id).orElse(-1);
        throw new StaleEditException(what, seen == null ? -1 : seen, now, now < 0 ? null : latest.get());
    }
}
