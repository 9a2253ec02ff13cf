package org.caravanqda.app.common;

/**
 * A write that another connection's write made fail (team projects, issue #20): a lock held past
 * the server's {@code lock_timeout}, a deadlock, a serialization failure, or a row committed
 * meanwhile that refers to what this write removes. The transaction rolled back, so nothing changed
 * and the same write may simply be tried again. Store adapters throw it; see {@link Contention}.
 */
public class ConflictingWriteException extends CaravanException {
    public ConflictingWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
