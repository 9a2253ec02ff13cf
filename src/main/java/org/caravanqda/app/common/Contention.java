package org.caravanqda.app.common;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes that another connection's write can make fail (team projects, issue #20): a lock held past
 * the server's {@code lock_timeout}, a deadlock, a serialization failure, or a row another
 * transaction committed meanwhile that now refers to what this write removes. The transaction rolled
 * back (nothing changed), so the user is told in one line to try again.
 */
public final class Contention {
    /** lock_not_available, serialization_failure, deadlock_detected, foreign_key_violation; H2's lock timeout. */
    private static final Set<String> RETRYABLE = Set.of("55P03", "40001", "40P01", "23503", "HYT00");

    private Contention() {}

    /** Runs {@code write}; a failure for one of those reasons becomes a {@link CaravanException} saying {@code message}. */
    public static <T> T retryable(String message, Supplier<T> write) {
        try {
            return write.get();
        } catch (CaravanException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isContention(e)) {
                throw new CaravanException(message, e);
            }
            throw e;
        }
    }

    /** Whether {@code failure} (or a cause of it) is a retryable conflict with another connection. */
    public static boolean isContention(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
