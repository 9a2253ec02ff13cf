package org.caravanqda.app.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;

/** Resolves a stored document into what the index needs: names, paths, overlaps. */
final class IndexedDocuments {
    private final StoreSession s;
    private final Codebook book;
    private final Map<Long, List<AttributeValue>> attributes;
    /** Document id -> the names of the cases it belongs to ({@code case:} queries). */
    private final Map<Long, List<String>> cases = new java.util.HashMap<>();

    IndexedDocuments(StoreSession s) {
        this.s = s;
        this.book = s.codes().codebook();
        this.attributes = s.attributes().byDocument();
        for (org.caravanqda.model.ParticipantCase c : s.cases().all()) {
            c.documentIds()
                    .forEach(d ->
                            cases.computeIfAbsent(d, k -> new ArrayList<>()).add(c.name()));
        }
    }

    IndexedDocument build(Document d) {
        List<TextUnit> units = s.documents().units(d.id());
        List<Coding> codings = new ArrayList<>(s.codings().find(new CodingFilter(d.id(), null, null)));
        codings.sort(Comparator.comparingInt(Coding::start));
        List<Set<String>> unitCodes = new ArrayList<>();
        List<Set<String>> unitCoders = new ArrayList<>();
        units.forEach(u -> {
            unitCodes.add(new LinkedHashSet<>());
            unitCoders.add(new LinkedHashSet<>());
        });
        List<IndexedDocument.Segment> segments = new ArrayList<>();
        for (Coding c : codings) {
            String path = book.path(c.codeId()).toString();
            int first = firstUnitEndingAfter(units, c.start());
            String speaker = first < units.size() && units.get(first).start() <= c.start()
                    ? units.get(first).speaker()
                    : null;
            for (int i = first; i < units.size() && units.get(i).start() < c.end(); i++) {
                unitCodes.get(i).add(path);
                unitCoders.get(i).add(c.coder());
            }
            segments.add(new IndexedDocument.Segment(c.id(), path, c.coder(), c.start(), c.end(), speaker, c.memo()));
        }
        List<IndexedDocument.Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            out.add(new IndexedDocument.Unit(
                    u.ordinal(),
                    u.speaker(),
                    u.start(),
                    u.end(),
                    List.copyOf(unitCodes.get(i)),
                    List.copyOf(unitCoders.get(i))));
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attributes.getOrDefault(d.id(), List.of()).forEach(v -> attrs.put(v.attribute(), v.value()));
        return new IndexedDocument(
                d.id(),
                d.name(),
                d.language(),
                d.text(),
                d.memo(),
                attrs,
                cases.getOrDefault(d.id(), List.of()),
                out,
                segments);
    }

    /** Units are ordered and disjoint: binary search for the first that ends after {@code offset}. */
    private static int firstUnitEndingAfter(List<TextUnit> units, int offset) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
