package org.caravanqda.app.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.search.IndexDamagedException;
import org.caravanqda.app.search.IndexSync;
import org.caravanqda.app.search.SearchService;
import org.caravanqda.app.search.StoreBehindIndexException;

/**
 * {@code caravan check}: verifies the store ({@link StoreVerification}: every table readable,
 * texts matching their hashes, units and codings inside their texts), then reads the derived
 * index through (Lucene's CheckIndex), brings it up to the store and verifies its counts,
 * repairing it if needed: a damaged index is discarded and rebuilt. A database behind its index
 * (ADR 0018) is a problem it names; opened for repair ({@code check --repair}), it accepts that
 * database as it is (a copy of its file was kept at open) and rebuilds the index from it.
 */
public final class CheckService {
    private final ProjectStore store;
    private final SearchService search;
    private final Repair repair;

    /**
     * A check that may accept a database behind its index. {@code accepted}: what the open
     * accepted (null when the database was not behind); {@code keptCopy}: the copy of its file.
     */
    public record Repair(StoreBehindIndexException accepted, Path keptCopy) {}

    public CheckService(ProjectStore store, SearchService search) {
        this(store, search, null);
    }

    /** {@code repair}: null for a plain check. */
    public CheckService(ProjectStore store, SearchService search, Repair repair) {
        this.store = store;
        this.search = search;
        this.repair = repair;
    }

    public record CheckReport(
            boolean ok, List<String> problems, List<String> repairs, Map<String, Long> store, IndexFacts index) {}

    /** The report of a check that could not open the project: its database is behind its index (ADR 0018). */
    public static CheckReport refused(StoreBehindIndexException e) {
        return new CheckReport(
                false,
                List.of(e.getMessage()),
                List.of(),
                Map.of("generation", e.storeGeneration()),
                new IndexFacts(0, e.indexGeneration(), 0, 0, 0, 0));
    }

    public CheckReport run(Progress progress) {
        List<String> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        Map<String, Long> counts = readStore(problems);
        if (counts == null || !problems.isEmpty()) {
            // a damaged store is not indexed: the index would repeat the damage, or fail on it
            problems.add("the search index was not checked: the database has problems to fix first");
            return new CheckReport(false, problems, repairs, counts == null ? Map.of() : counts, safeFacts());
        }
        if (repair != null && repair.accepted() != null) {
            IndexSync.Outcome o = search.sync().rebuild(progress);
            repairs.add(repair.accepted().finding() + ": kept a copy of the database file as " + repair.keptCopy()
                    + ", accepted the database as it is and rebuilt the search index from it (" + o.documents()
                    + " documents)");
        }
        Optional<String> discarded = search.discardedAtOpen();
        Optional<String> damage = search.verifyIndex();
        if (damage.isPresent()) {
            IndexSync.Outcome o = search.sync().repairDamaged(new IndexDamagedException(damage.get(), null), progress);
            repairs.add("the search index was damaged (" + damage.get() + "): discarded and rebuilt from the store ("
                    + o.documents() + " documents)");
        }
        IndexSync.Outcome o;
        try {
            o = search.sync().catchUp(progress, repair != null);
        } catch (StoreBehindIndexException e) {
            problems.add(e.getMessage());
            return new CheckReport(false, problems, repairs, counts, safeFacts());
        }
        if (o.rebuilt()) {
            repairs.add(rebuilt(o, discarded));
        } else if (o.documents() > 0) {
            repairs.add("the search index was behind the store: re-indexed " + o.documents() + " changed documents");
        }
        IndexFacts facts = search.facts();
        if (facts.segments() != counts.get("codings")
                || facts.units() != counts.get("units")
                || facts.documents() != counts.get("documents")) {
            search.sync().rebuild(progress);
            repairs.add("the search index counts differed from the store: rebuilt");
            facts = search.facts();
        }
        return new CheckReport(problems.isEmpty(), problems, repairs, counts, facts);
    }

    private static String rebuilt(IndexSync.Outcome o, Optional<String> discarded) {
        String why = o.why() != null
                ? o.why()
                : discarded
                        .map(d -> "the search index was damaged or unreadable (" + d + ")")
                        .orElse("the search index was missing, damaged, outdated or of another version");
        return why + ": rebuilt from the store (" + o.documents() + " documents)";
    }

    /** The index's facts for a report that stops early; what the app knows when even they fail. */
    private IndexFacts safeFacts() {
        try {
            return search.facts();
        } catch (RuntimeException e) {
            return new IndexFacts(0, -1, 0, 0, 0, 0);
        }
    }

    /** The store's counts, or null (and the reason in problems) when the database cannot be read through. */
    private Map<String, Long> readStore(List<String> problems) {
        try {
            return store.read(s -> StoreVerification.run(s, problems));
        } catch (CaravanException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add("the database cannot be read completely: " + e.getMessage()
                    + " (restore a backup: caravan restore BACKUP.zip -p DIR)");
            return null;
        }
    }
}
