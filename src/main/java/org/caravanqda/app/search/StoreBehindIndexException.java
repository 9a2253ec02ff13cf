package org.caravanqda.app.search;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreView.FileEnd;

/**
 * The database is behind what its search index (or the mark beside it) saw: it lost its tail
 * (an interrupted copy or sync) or an older copy was put back (ADR 0018). Refused, with the
 * database and the index left as they are; the one-line message says what to do: restore a
 * backup, or accept the database with {@code caravan check --repair}.
 */
public final class StoreBehindIndexException extends CaravanException {
    private static final long serialVersionUID = 1L;

    private final long storeGeneration;
    private final long indexGeneration;
    private final FileEnd end;
    private final boolean diverged;

    /**
     * {@code diverged}: the store is not behind but holds another history from {@code
     * indexGeneration} on; {@code beforeOpen}: refused before the database was opened for writing.
     */
    public StoreBehindIndexException(
            Path dir, long storeGeneration, long indexGeneration, FileEnd end, boolean diverged, boolean beforeOpen) {
        super(message(dir, storeGeneration, indexGeneration, end, diverged, beforeOpen));
        this.storeGeneration = storeGeneration;
        this.indexGeneration = indexGeneration;
        this.end = end;
        this.diverged = diverged;
    }

    public long storeGeneration() {
        return storeGeneration;
    }

    public long indexGeneration() {
        return indexGeneration;
    }

    /** What the database file said of its end. */
    public FileEnd end() {
        return end;
    }

    public boolean diverged() {
        return diverged;
    }

    /** What was found, in a few words (for check's report of what it accepted). */
    public String finding() {
        if (diverged) {
            return "the database has another history than its search index from change " + indexGeneration + " on";
        }
        String what = "the database holds changes up to " + storeGeneration + ", its search index was made at change "
                + indexGeneration;
        return switch (end) {
            case CUT_SHORT -> what + "; the database file ends early (its tail was lost)";
            case COMPLETE -> what + "; the database is a complete older state";
            case UNKNOWN -> what;
        };
    }

    private static String message(Path dir, long store, long index, FileEnd end, boolean diverged, boolean beforeOpen) {
        String left = beforeOpen
                ? "it was not opened and nothing was changed"
                : "the search index was left as it is and nothing is searched";
        String restore = "restore a backup (caravan restore BACKUP.zip -p " + dir + " --force)";
        String accept = "caravan check -p " + dir + " --repair keeps a copy of the database file,"
                + " accepts the database as it is and rebuilds the search index from it";
        if (diverged) {
            return "the database of project " + dir + " has another history than its search index from change "
                    + index + " on (an older copy put back and changed since?); " + left + ". " + accept
                    + "; if it was not put back on purpose, " + restore;
        }
        String held = "holds changes up to " + store + " but its search index was made at change " + index;
        return switch (end) {
            case CUT_SHORT ->
                "the database of project " + dir + " ends early: it " + held
                        + ", so its end was lost (an interrupted copy or sync?); " + left + ". Please " + restore
                        + "; or, to keep what is left, " + accept;
            case COMPLETE ->
                "the database of project " + dir + " is an older state of the project: it " + held
                        + " (an older copy put back?); " + left + ". If you put it back on purpose, " + accept
                        + "; otherwise " + restore;
            case UNKNOWN ->
                "the database of project " + dir + " " + held
                        + ": its end was lost (an interrupted copy or sync?) or an older copy was put back; " + left
                        + ". Please " + restore + "; or, if you put this copy back on purpose, " + accept;
        };
    }
}
