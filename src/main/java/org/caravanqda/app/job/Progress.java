package org.caravanqda.app.job;

/** Receives progress of long work; the CLI prints it on stderr, the GUI binds it to a bar. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (message, done, total) -> {};

    /** {@code done} of {@code total} steps finished; {@code total} is -1 when unknown. */
    void update(String message, long done, long total);
}
