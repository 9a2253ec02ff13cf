package org.caravanqda.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.search.IndexSync;
import org.caravanqda.app.search.SearchService;

/**
 * {@code caravan check}: verifies the store ({@link StoreVerification}: every table readable,
 * texts matching their hashes, units and codings inside their texts), then brings the derived
 * index up to the store and verifies its counts, repairing it if needed.
 */
public final class CheckService {
    private final ProjectStore store;
    private final SearchService search;

    public CheckService(ProjectStore store, SearchService search) {
        this.store = store;
        this.search = search;
    }

    public record CheckReport(
            boolean ok, List<String> problems, List<String> repairs, Map<String, Long> store, IndexFacts index) {}

    public CheckReport run(Progress progress) {
        List<String> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        Map<String, Long> counts = readStore(problems);
        if (counts == null || !problems.isEmpty()) {
            // a damaged store is not indexed: the index would repeat the damage, or fail on it
            problems.add("the search index was not checked: the database has problems to fix first");
            return new CheckReport(false, problems, repairs, counts == null ? Map.of() : counts, search.facts());
        }
        IndexSync.Outcome o = search.sync().catchUp(progress);
        if (o.rebuilt()) {
            repairs.add(
                    "the search index was missing, damaged, outdated or of another version: rebuilt from the store ("
                            + o.documents() + " documents)");
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
