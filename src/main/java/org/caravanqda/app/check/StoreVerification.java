package org.caravanqda.app.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.imports.ImportService;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;

/**
 * The store half of {@code caravan check}: reads every table once (a damaged database file fails
 * here, not in the middle of a researcher's work) and verifies what the schema cannot: texts match
 * their hashes, every document has units that lie in order inside its text, codings lie inside
 * their texts on whole characters and point at codes that exist.
 */
final class StoreVerification {
    private StoreVerification() {}

    /** The store's counts; problems found are added to {@code problems}. */
    static Map<String, Long> run(StoreSession s, List<String> problems) {
        Set<Long> codeIds = new HashSet<>();
        for (Code c : s.codes().all()) {
            codeIds.add(c.id());
        }
        long codings = 0;
        long units = 0;
        for (Document d : s.documents().all()) {
            units += checkUnits(d, s.documents().units(d.id()), problems);
            if (!ImportService.sha256(d.text()).equals(d.textHash())) {
                problems.add(d.name()
                        + ": its text does not match the hash stored at import (damaged or changed outside Caravan)");
            }
            for (Coding c : s.codings().find(new CodingFilter(d.id(), null, null))) {
                codings++;
                String problem = c.span().problemIn(d.text());
                if (problem != null) {
                    problems.add(d.name() + ": coding " + c.id() + ": " + problem);
                }
                if (!codeIds.contains(c.codeId())) {
                    problems.add(
                            d.name() + ": coding " + c.id() + " uses code " + c.codeId() + ", which does not exist");
                }
            }
        }
        if (codings != s.codings().count()) {
            problems.add((s.codings().count() - codings) + " codings belong to no document");
        }
        // the rest is read only to prove it can be
        s.memos().all();
        s.cases().all();
        s.cases().values();
        s.attributes().byDocument();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("documents", s.documents().count());
        m.put("units", units);
        m.put("codings", codings);
        m.put("generation", s.changeLog().generation());
        return m;
    }

    private static int checkUnits(Document d, List<TextUnit> units, List<String> problems) {
        if (units.isEmpty()) {
            problems.add(d.name() + ": holds text but no turns or paragraphs (an incomplete import?)");
        }
        int last = 0;
        for (TextUnit u : units) {
            if (u.start() < last || u.end() < u.start() || u.end() > d.text().length()) {
                problems.add(d.name() + ": unit " + u.ordinal() + " lies outside the text or overlaps the one before");
            }
            last = u.end();
        }
        return units.size();
    }
}
