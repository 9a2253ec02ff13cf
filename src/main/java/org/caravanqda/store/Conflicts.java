package org.caravanqda.store;

import java.sql.SQLException;
import java.util.Set;
import org.caravanqda.app.common.ConflictingWriteException;

/**
 * Recognises a write that failed because of another connection's write (team projects, issue #20),
 * for every store adapter: H2's and PostgreSQL's share these SQLSTATEs.
 */
public final class Conflicts {
    /**
     * lock_not_available (a lock held past lock_timeout), serialization_failure, deadlock_detected,
     * foreign_key_violation (a row committed meanwhile refers to what is removed), H2's lock timeout.
     */
    private static final Set<String> STATES = Set.of("55P03", "40001", "40P01", "23503", "HYT00");

    private Conflicts() {}

    /** The conflict {@code failure} is (in its chain), or null when it is none. */
    public static ConflictingWriteException asConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException e = s; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && STATES.contains(e.getSQLState())) {
                        return new ConflictingWriteException(
                                "another user's change conflicted with this one (" + reason(e.getSQLState())
                                        + "); nothing was changed, try again",
                                failure);
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code state} is a SQLSTATE that retrying the same write may cure. */
    public static boolean retryable(String state) {
        return state != null && STATES.contains(state);
    }

    private static String reason(String state) {
        return switch (state) {
            case "55P03", "HYT00" -> "a row was locked too long";
            case "40001" -> "a concurrent change";
            case "40P01" -> "a deadlock";
            default -> "a row it removes is in use";
        };
    }
}
