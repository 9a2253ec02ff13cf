package org.caravanqda.app.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.coding.CodingService;
import org.caravanqda.app.common.AfterCommit;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;

/**
 * Codes every hit of a query at the chosen unit. Idempotent: a span the coder already coded
 * with the code is not coded again. All codings of a run are one transaction.
 */
public final class AutocodeService {
    private final ProjectStore store;
    private final SearchService search;

    public AutocodeService(ProjectStore store, SearchService search) {
        this.store = store;
        this.search = search;
    }

    public AutocodeReport run(AutocodeRequest r) {
        String coder = Coders.nameOrDefault(r.coder());
        Code code = store.read(s -> CodeLookup.find(s.codes().codebook(), r.code()));
        search.sync().catchUp(Progress.NONE);
        List<MatchSpan> matches = search.matches(r.query()).stream().distinct().toList();
        Map<Long, Map<Span, Boolean>> planned = store.read(s -> plan(s, r, code, coder, matches));
        List<AutocodeReport.Planned> spans = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        store.read(s -> {
            planned.keySet()
                    .forEach(id -> s.documents().byId(id).ifPresent(d -> {
                        names.put(id, d.name());
                        texts.put(id, d.text());
                    }));
            return null;
        });
        planned.forEach((docId, m) -> m.forEach((span, exists) -> spans.add(new AutocodeReport.Planned(
                names.get(docId), span.start(), span.end(), span.of(texts.get(docId)), exists))));
        List<AutocodeReport.Planned> fresh =
                spans.stream().filter(p -> !p.exists()).toList();
        List<Long> ids = List.of();
        String warning = null;
        if (!r.dryRun() && !fresh.isEmpty()) {
            String path = store.read(s -> s.codes().codebook().path(code).toString());
            ids = store.write(s -> fresh.stream()
                    .map(p -> CodingService.code(
                            s,
                            new CodeRequest(
                                    p.document(),
                                    p.start(),
                                    p.end(),
                                    null,
                                    null,
                                    path,
                                    coder,
                                    "auto-coded: " + r.query())))
                    .toList());
            // committed: bringing the derived index up cannot undo the codings
            warning = AfterCommit.run(
                    store.directory(),
                    "the " + ids.size() + " codings are saved",
                    "bringing the search index up to date",
                    "the next search, or caravan check, does it",
                    () -> search.sync().catchUp(Progress.NONE));
        }
        return new AutocodeReport(
                r.code(),
                coder,
                matches.size(),
                spans,
                r.dryRun() ? 0 : fresh.size(),
                spans.size() - fresh.size(),
                r.dryRun(),
                ids,
                warning == null ? List.of() : List.of(warning));
    }

    /**
     * The targets in text order, overlapping ones joined: a word repeated in one sentence, or a
     * phrase that runs into the next sentence, gives one coding, never several overlapping ones.
     */
    static List<Span> merged(List<Span> targets) {
        List<Span> sorted = new ArrayList<>(targets);
        sorted.sort(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span t : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && t.start() < last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), t.end())));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Document id -> target span -> whether the coder already has exactly this coding. */
    private static Map<Long, Map<Span, Boolean>> plan(
            StoreSession s, AutocodeRequest r, Code code, String coder, List<MatchSpan> matches) {
        Codebook book = s.codes().codebook();
        Set<Long> within = r.within() == null
                ? null
                : book.subtree(CodeLookup.find(book, r.within())).stream()
                        .map(Code::id)
                        .collect(Collectors.toSet());
        Map<Long, List<MatchSpan>> byDoc = matches.stream()
                .collect(Collectors.groupingBy(MatchSpan::documentId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Map<Span, Boolean>> out = new LinkedHashMap<>();
        for (var e : byDoc.entrySet()) {
            Document d = s.documents().byId(e.getKey()).orElse(null);
            if (d == null) {
                continue;
            }
            List<TextUnit> units = s.documents().units(d.id());
            List<Coding> existing = s.codings().find(new CodingFilter(d.id(), Set.of(code.id()), coder));
            List<Coding> limits = within == null ? null : s.codings().find(new CodingFilter(d.id(), within, null));
            Map<Span, Boolean> spans = new LinkedHashMap<>();
            SpanWidening widening = new SpanWidening(d.text(), units, d.language());
            Set<Span> coded =
                    existing.stream().map(c -> new Span(c.start(), c.end())).collect(Collectors.toSet());
            List<Span> targets = new ArrayList<>();
            for (MatchSpan m : e.getValue()) {
                Span hit = new Span(m.start(), m.end());
                Span target = widening.widen(hit, r.unit());
                if (limits != null) {
                    Coding inside = limits.stream()
                            .filter(c -> c.start() <= hit.start() && hit.end() <= c.end())
                            .findFirst()
                            .orElse(null);
                    if (inside == null) {
                        continue;
                    }
                    target = new Span(Math.max(target.start(), inside.start()), Math.min(target.end(), inside.end()));
                }
                if (target.length() == 0) {
                    continue;
                }
                targets.add(target);
            }
            for (Span t : merged(targets)) {
                spans.putIfAbsent(t, coded.contains(t));
            }
            if (!spans.isEmpty()) {
                out.put(d.id(), spans);
            }
        }
        return out;
    }
}
