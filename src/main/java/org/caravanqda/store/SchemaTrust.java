package org.caravanqda.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.common.ForeignObjectsException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Before H2 opens a project's database (and runs its meta records), the records are read from the
 * file ({@link MetaFile}) and must be exactly those Caravan's migrations make at the project's
 * schema version ({@link Migrations#expectedRecords}): no trigger, alias, aggregate, domain,
 * constant, schema, role, user, table, view, sequence, index, constraint or setting more, fewer or
 * different (issue #22). Anything else is refused with one message naming it; the file is only read.
 */
final class SchemaTrust {
    private SchemaTrust() {}

    /** Refuses a database whose schema is not exactly what the migrations make; {@code fileKey}: null when plain. */
    static void verify(Path dir, Path db, char[] fileKey, Migrations migrations) {
        MetaFile.Contents contents;
        try {
            contents = MetaFile.read(db.toString(), fileKey);
        } catch (RuntimeException e) {
            refuseIfCut(dir, fileKey, e);
            throw unreadable(dir, e);
        }
        String version = contents.currentVersion();
        if (version == null && (contents.entries().isEmpty() || hasHistoryTable(contents))) {
            // Caravan's history table is there but unreadable, or nothing is: the file lost its end
            throw damaged(dir, null);
        }
        if (version == null) {
            // an early state of a cut file holds no history yet: tell a cut end from a stranger's database
            refuseIfCut(dir, fileKey, null);
            throw new CaravanException("the project " + dir + " was not opened: its database has no schema history,"
                    + " so Caravan did not make it; nothing in it was read or changed");
        }
        if (!migrations.versions().contains(version)) {
            if (migrations.isNewer(version)) {
                throw new CaravanException("the project " + dir + " has schema v" + SchemaRecords.printable(version)
                        + " from a newer Caravan than this one (" + CaravanVersion.get()
                        + "); update Caravan to open it");
            }
            throw new CaravanException("the project " + dir + " was not opened: its schema history names version "
                    + SchemaRecords.printable(version) + ", which none of this Caravan's migrations has");
        }
        List<String> differences = differences(contents.entries(), migrations.expectedRecords(version));
        if (!differences.isEmpty()) {
            // a file cut back into a migration (H2 commits each CREATE on its own) misses records too:
            // say it is damaged and how to restore, rather than that someone changed it
            refuseIfCut(dir, fileKey, null);
            throw new ForeignObjectsException(dir, differences);
        }
    }

    /**
     * What differs, for the user: objects the migrations did not make, "(changed)" when an object
     * of that name differs from the migrations', "(missing)" for one the migrations make that is
     * not there. Empty when the records are exactly the expected ones.
     */
    static List<String> differences(List<MetaFile.Entry> entries, Map<String, Integer> expected) {
        Set<String> present = new HashSet<>();
        LinkedHashSet<String> foreign = new LinkedHashSet<>();
        for (MetaFile.Entry e : entries) {
            String normalized = SchemaRecords.normalize(e.type(), e.sql());
            present.add(normalized);
            if (!expected.containsKey(normalized) && !SchemaRecords.CONNECTION_SETTINGS.contains(normalized)) {
                foreign.add(SchemaRecords.describe(e.type(), e.sql()));
            }
        }
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        new TreeMap<>(expected).forEach((sql, type) -> {
            if (!present.contains(sql)) {
                missing.add(SchemaRecords.describe(type, sql));
            }
        });
        List<String> out = new ArrayList<>();
        for (String f : foreign) {
            out.add(missing.remove(f) ? f + " (changed)" : f);
        }
        for (String m : missing) {
            out.add(m + " (missing)");
        }
        return out;
    }

    /** A file the storage layer cannot read: damaged, written by another H2, or held by another process. */
    static CaravanException unreadable(Path dir, RuntimeException e) {
        int code = e instanceof MVStoreException m ? m.getErrorCode() : -1;
        String why = H2ProjectStores.rootMessage(e);
        return switch (code) {
            case DataUtils.ERROR_FILE_LOCKED ->
                new CaravanException("the project " + dir + " is open in another process; close it there first", e);
            case DataUtils.ERROR_UNSUPPORTED_FORMAT ->
                new CaravanException(
                        "the database file of project " + dir + " was written by a database version this Caravan"
                                + " cannot read (" + why + ")",
                        e);
            default -> damaged(dir, e);
        };
    }

    /** A file whose structure shows a lost end (ADR 0018) is damaged, whatever its first chunks hold. */
    private static void refuseIfCut(Path dir, char[] fileKey, RuntimeException cause) {
        if (StoreInspection.fileEnd(dir, fileKey) == org.caravanqda.app.port.StoreView.FileEnd.CUT_SHORT) {
            throw damaged(dir, cause);
        }
    }

    private static boolean hasHistoryTable(MetaFile.Contents contents) {
        return contents.entries().stream().anyMatch(e -> e.sql().contains(MetaFile.FLYWAY_TABLE));
    }

    /**
     * Damage the file structure shows (a cut end, a broken chunk): the same words every time, since
     * H2's own detail differs from one attempt to the next, and the way out.
     */
    static CaravanException damaged(Path dir, RuntimeException cause) {
        return new CaravanException(
                "the database file of project " + dir + " is damaged or incomplete (an interrupted copy or sync"
                        + " may have cut its end); nothing was changed; restore the project from a backup"
                        + " (caravan restore BACKUP.zip -p " + dir + " --force)",
                cause);
    }
}
