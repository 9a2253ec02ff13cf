package org.caravanqda.app.common;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * A step that follows a committed write (bringing the derived search index up to date). The
 * commit is the operation: a failure afterwards cannot undo it, so it must not turn the result
 * into "failed, nothing changed" (exit 1). It becomes a warning that says what is saved, what did
 * not happen and what will do it later; a bug among such failures is logged as ADR 0016 says.
 */
public final class AfterCommit {
    private AfterCommit() {}

    /**
     * Runs {@code step}; null when it worked, else the warning: "{@code saved}, but {@code step}
     * failed (cause); {@code later}".
     */
    public static String run(Path project, String saved, String what, String later, Runnable step) {
        try {
            step.run();
            return null;
        } catch (RuntimeException | Error e) { // out of memory included: the commit stands
            if (!(e instanceof CaravanException) && Faults.kind(e, project, java.util.List.of()) == null) {
                LoggerFactory.getLogger(AfterCommit.class).error("{} failed after a commit", what, Redacted.of(e));
            }
            return saved + ", but " + what + " failed (" + Faults.cause(e, project) + "); " + later;
        }
    }
}
