package org.caravanqda.app.common;

import java.util.function.Supplier;

/**
 * Says in the use case's own words what a {@link ConflictingWriteException} means: another
 * connection's write conflicted with this one, nothing changed, try again.
 */
public final class Contention {
    private Contention() {}

    /** Runs {@code write}; a conflicting write becomes a {@link ConflictingWriteException} saying {@code message}. */
    public static <T> T retryable(String message, Supplier<T> write) {
        try {
            return write.get();
        } catch (ConflictingWriteException e) {
            throw new ConflictingWriteException(message, e);
        }
    }
}
