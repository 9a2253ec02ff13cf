package org.caravanqda.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.caravanqda.app.common.CaravanException;

/**
 * Keeps a project's database file compact (ADR 0044). Caravan's H2 settings make no compaction of their own
 * ({@link H2ProjectStores#url}: no background writer, none when the database closes), so every commit left a
 * chunk behind: a fresh demo held 255 chunks with 8% of their space alive, and 120 single codings added about a
 * hundred more and 2.3 MB. Every opening reads every chunk's header, twice for a command (the schema check's, then
 * H2's). A session that committed closes with {@code SHUTDOWN COMPACT} when the chunks are many and mostly dead: H2
 * closes the database as usual, copies the live data into a new file beside it and puts that in its place with one
 * atomic rename. An interruption leaves the old file whole, and H2 deletes the half-written copy at the next open.
 */
final class FileCompaction {
    /** Fewer chunks than this cost an opening little; a fresh compaction leaves one or two. */
    static final int MIN_CHUNKS = 32;
    /** Compact when less than this share of the chunks' space is alive. */
    static final int MAX_LIVE_PERCENT = 50;

    /** H2's name for a compacted copy waiting to replace the database (MVStoreTool.compactCleanUp). */
    static final String WAITING_SUFFIX = ".newFile";

    private FileCompaction() {}

    /** Whether the file's chunks are {@link #MIN_CHUNKS} or more with less than {@link #MAX_LIVE_PERCENT}% alive. */
    static boolean worthIt(Connection c) throws SQLException {
        int chunks = -1;
        int livePercent = 100;
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                + " WHERE SETTING_NAME IN ('info.CHUNK_COUNT', 'info.CHUNKS_FILL_RATE')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int value = Integer.parseInt(rs.getString(2).trim());
                if (rs.getString(1).equals("info.CHUNK_COUNT")) {
                    chunks = value;
                } else {
                    livePercent = value;
                }
            }
        }
        return chunks >= MIN_CHUNKS && livePercent < MAX_LIVE_PERCENT;
    }

    /**
     * Refuses a folder where H2 would take a waiting copy as the database: when it opens a database file that is not
     * there, H2 renames {@code caravan.mv.db.newFile} to it first, a step of a compaction interrupted where the
     * rename could not be atomic. Caravan's schema check (issue #22) reads the database file before H2 opens it, so
     * such a copy, from an interruption or from someone else, would be opened unchecked, its triggers run.
     */
    static void refuseWaitingCopy(Path dir, Path db) {
        Path waiting = db.resolveSibling(db.getFileName() + WAITING_SUFFIX);
        if (!Files.exists(db, LinkOption.NOFOLLOW_LINKS) && Files.exists(waiting, LinkOption.NOFOLLOW_LINKS)) {
            throw new CaravanException("the folder " + dir + " holds " + waiting.getFileName() + " but no "
                    + db.getFileName() + ": Caravan does not open a database file it has not checked; if an"
                    + " interrupted compaction left it, rename it to " + db.getFileName()
                    + " (it is then checked when the project opens), else delete it; nothing was changed");
        }
    }
}
