package org.caravanqda.app.common;

/**
 * An edit refused because someone else changed or removed the item since its user saw it (issue
 * #20, optimistic versions): nothing was changed. Carries the item as it is now ({@link #latest},
 * null when it is gone) and its version, so the window can show it and the user decide again.
 */
public final class StaleEditException extends CaravanException {
    private final transient Object latest;
    private final long currentVersion;

    public StaleEditException(String what, long seenVersion, long currentVersion, Object latest) {
        super(
                latest == null
                        ? what + " was removed by someone else meanwhile; nothing was changed"
                        : what + " was changed by someone else meanwhile (you saw version " + seenVersion
                                + ", it is now " + currentVersion + ": " + latest
                                + "); nothing was changed, look again and retry");
        this.latest = latest;
        this.currentVersion = currentVersion;
    }

    /** The item as it is now, or null when it was removed. */
    public Object latest() {
        return latest;
    }

    /** Its version now (-1 when it was removed). */
    public long currentVersion() {
        return currentVersion;
    }
}
