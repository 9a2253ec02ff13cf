package org.caravanqda.app.port;

import java.util.Optional;

/**
 * A project's database as seen before it is opened for writing (read-only, not a byte changed):
 * what an {@link OpenGuard} decides on. Valid only during {@link OpenGuard#admit}.
 */
public interface StoreView {
    /** The store's own mark: its project, change generation and last entry's fingerprint. */
    StoreMark mark();

    /** What the database file's own structure says of its end. */
    FileEnd end();

    /** The fingerprint of the change-log entry at {@code generation} (as in {@link StoreMark#entry}); empty when there is none. */
    Optional<String> entryAt(long generation);

    /** What the database file says of its end (H2 writes whole blocks and ends a closed file with its last chunk). */
    enum FileEnd {
        /** Closed cleanly, and its last chunk is all there: a complete (possibly older) database. */
        COMPLETE,
        /** Ends before its own last chunk, or in the middle of a block: its tail was lost (an interrupted copy or sync). */
        CUT_SHORT,
        /** Not closed cleanly (a copy taken while it was open, or a crash): whether its tail is all there cannot be told. */
        UNKNOWN
    }
}
