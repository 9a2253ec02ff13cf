package org.caravanqda.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.IndexFacts;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.search.IndexSync;
import org.caravanqda.app.search.SearchService;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;

/**
 * {@code caravan check}: verifies the store's invariants (offsets inside texts, units ordered),
 * then brings the derived index up to the store and verifies its counts, repairing it if needed.
 */
public final class CheckService {
    private final ProjectStore store;
    private final SearchService search;

    public CheckService(ProjectStore store, SearchService search) {
        this.store = store;
        this.search = search;
    }

    public record CheckReport(boolean ok, List<String> problems, List<String> repairs, Map<String, Long> store,
                              IndexFacts index) {
    }

    public CheckReport run(Progress progress) {
        List<String> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        Map<String, Long> counts = store.read(s -> {
            long codings = 0;
            long units = 0;
            for (Document d : s.documents().all()) {
                int last = 0;
                for (TextUnit u : s.documents().units(d.id())) {
                    units++;
                    if (u.start() < last || u.end() > d.text().length()) {
                        problems.add(d.name() + ": unit " + u.ordinal() + " lies outside the text or overlaps the one before");
                    }
                    last = u.end();
                }
                for (Coding c : s.codings().find(new CodingFilter(d.id(), null, null))) {
                    codings++;
                    String problem = c.span().problemIn(d.text());
                    if (problem != null) {
                        problems.add(d.name() + ": coding " + c.id() + ": " + problem);
                    }
                }
            }
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("documents", s.documents().count());
            m.put("units", units);
            m.put("codings", codings);
            m.put("generation", s.changeLog().generation());
            return m;
        });
        IndexSync.Outcome o = search.sync().catchUp(progress);
        if (o.rebuilt()) {
            repairs.add("the search index was missing, damaged, outdated or of another version: rebuilt from the store ("
                    + o.documents() + " documents)");
        } else if (o.documents() > 0) {
            repairs.add("the search index was behind the store: re-indexed " + o.documents() + " changed documents");
        }
        IndexFacts facts = search.facts();
        if (facts.segments() != counts.get("codings") || facts.units() != counts.get("units")
                || facts.documents() != counts.get("documents")) {
            search.sync().rebuild(progress);
            repairs.add("the search index counts differed from the store: rebuilt");
            facts = search.facts();
        }
        return new CheckReport(problems.isEmpty(), problems, repairs, counts, facts);
    }
}
