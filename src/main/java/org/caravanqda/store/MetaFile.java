package org.caravanqda.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.h2.engine.DbObject;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.value.Value;
import org.h2.value.ValueNull;

/**
 * What an H2 database file says about its own schema, read from the file without opening the
 * database (issue #22). H2 keeps each schema object as the SQL that creates it, in its meta table,
 * and runs all of them when it opens the database: a trigger's class is loaded and initialised,
 * an alias's or trigger's Java source compiled and run, a linked table connected. So Caravan reads
 * those records itself, through H2's storage layer alone (the MVStore, read-only, as H2's own
 * Recover tool does), and checks them before H2 runs a single one ({@link SchemaTrust}). Also read
 * here: the versions Flyway recorded as applied, to know which schema the records must match.
 */
final class MetaFile {
    static final String FLYWAY_TABLE = "CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"(";

    /** One meta record: H2's object id, its object type ({@link DbObject}), and its SQL. */
    record Entry(int id, int type, String sql) {}

    /** The records in id order, and the successfully applied schema versions in the order Flyway applied them. */
    record Contents(List<Entry> entries, List<String> appliedVersions) {
        String currentVersion() {
            return appliedVersions.isEmpty() ? null : appliedVersions.get(appliedVersions.size() - 1);
        }
    }

    private MetaFile() {}

    /**
     * Reads the file read-only. {@code fileKey}: the file password of an encrypted database (H2's
     * MVStore takes the same characters H2 gives it on open), null for a plain one. Throws H2's
     * {@link org.h2.mvstore.MVStoreException} when the file is not a readable MVStore file.
     */
    static Contents read(String fileName, char[] fileKey) {
        MVStore.Builder builder = new MVStore.Builder().fileName(fileName).readOnly();
        if (fileKey != null) {
            builder.encryptionKey(fileKey.clone()); // the store zeroes what it is given
        }
        try (MVStore mv = builder.open()) {
            if (!mv.hasMap("table.0")) {
                throw new IllegalStateException("no meta table: not an H2 database");
            }
            TransactionStore store = new TransactionStore(mv, new ValueDataType());
            store.init();
            Transaction tx = store.begin();
            List<Entry> entries = new ArrayList<>();
            TransactionMap<Long, Row> meta = tx.openMap("table.0");
            for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext(); ) {
                Row row = meta.get(keys.next());
                if (row != null) {
                    MetaRecord r = new MetaRecord(row);
                    entries.add(new Entry(r.getId(), r.getObjectType(), r.getSQL()));
                }
            }
            entries.sort(Comparator.comparingInt(Entry::id));
            return new Contents(List.copyOf(entries), appliedVersions(mv, tx, entries));
        }
    }

    /** From Flyway's history table: installed_rank (column 0), version (1), success (9). */
    private static List<String> appliedVersions(MVStore mv, Transaction tx, List<Entry> entries) {
        Entry history = entries.stream()
                .filter(e -> e.type() == DbObject.TABLE_OR_VIEW && e.sql().startsWith(FLYWAY_TABLE))
                .findFirst()
                .orElse(null);
        if (history == null || !mv.hasMap("table." + history.id())) {
            return List.of();
        }
        record Applied(int rank, String version) {}
        List<Applied> applied = new ArrayList<>();
        TransactionMap<Long, Row> rows = tx.openMap("table." + history.id());
        for (Iterator<Long> keys = rows.keyIterator(null); keys.hasNext(); ) {
            Row row = rows.get(keys.next());
            if (row == null || row.getColumnCount() < 10) {
                continue;
            }
            Value version = row.getValue(1);
            Value success = row.getValue(9);
            if (version != ValueNull.INSTANCE && success != ValueNull.INSTANCE && success.getBoolean()) {
                applied.add(new Applied(row.getValue(0).getInt(), version.getString()));
            }
        }
        return applied.stream()
                .sorted(Comparator.comparingInt(Applied::rank))
                .map(Applied::version)
                .toList();
    }
}
