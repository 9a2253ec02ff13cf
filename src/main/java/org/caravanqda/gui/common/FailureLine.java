package org.caravanqda.gui.common;

import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Faults;
import org.caravanqda.app.common.LogFolder;
import org.caravanqda.app.common.Redacted;
import org.slf4j.LoggerFactory;

/**
 * One line for the window's status bar about a failure, as the command line says it (ADR 0016):
 * refused input gives its own message; a machine fault (full disk, folder gone, memory) says what
 * to do; anything else is a bug, logged to {@code caravan.log} with its classes and frames only
 * (never its message, which may quote a transcript) and named by the line.
 */
public final class FailureLine {
    private FailureLine() {}

    /** {@code what}: the action that failed ("Coding", "The window"); the failure is logged when it is a bug. */
    public static String of(String what, Throwable failure) {
        String machine = Faults.explain(failure, null, java.util.List.of());
        if (machine != null) {
            return what + " failed: " + firstLine(machine);
        }
        if (failure instanceof CaravanException) {
            return what + " failed: " + firstLine(failure.getMessage());
        }
        LoggerFactory.getLogger(FailureLine.class).error("{} failed", what, Redacted.of(failure));
        return what + " failed: an internal error (" + failure.getClass().getSimpleName() + "), logged in "
                + LogFolder.path().resolve("caravan.log");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
