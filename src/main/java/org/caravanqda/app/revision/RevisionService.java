package org.caravanqda.app.revision;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.WordCount;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.coding.QuoteFinder;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.imports.ImportService;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.DocumentRevision;
import org.caravanqda.model.OrphanCoding;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;

/**
 * Corrects a coded transcript (issue 21): the new text replaces the old one, every coding follows
 * its text through a diff ({@link TextDiff}, {@link CodingRemap}), the units are found again, and
 * the old text is kept with where each coding was, so the change can be audited and reverted. A
 * coding whose whole text went is kept as an orphan until attached again or removed. Each change
 * is one transaction and one change-log entry naming the document (the search index follows).
 */
public final class RevisionService {
    private final ProjectStore store;
    private final ImportService imports;

    public RevisionService(ProjectStore store, ImportService imports) {
        this.store = store;
        this.imports = imports;
    }

    /**
     * Replaces the document's text with the file's, read as an import reads it (its reader by
     * extension, encodings, speakers); its units are the reader's. {@code dryRun}: the report only.
     */
    public RevisionReport replace(String document, Path file, ReadOptions options, boolean dryRun, String coder) {
        ParsedDocument parsed = imports.readOne(file, options);
        String source = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return change(
                document,
                s -> new Target(parsed.text(), (current, diff) -> parsed.units(), Map.of(), 0, source),
                dryRun,
                coder);
    }

    /**
     * Replaces the document's text with text edited in the window. Its units are found as a
     * plain-text import finds them; a document whose units carry times (subtitles) keeps its units
     * instead, mapped through the edit, so the cue times stay.
     */
    public RevisionReport replaceText(String document, String text, boolean dryRun, String coder) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return change(
                document,
                s -> new Target(
                        nfc,
                        (current, diff) -> timed(current)
                                ? mapUnits(current, diff)
                                : imports.parseText(nfc).units(),
                        Map.of(),
                        0,
                        null),
                dryRun,
                coder);
    }

    /**
     * Puts back the text a revision replaced ({@code revision} null: the latest): codings that
     * existed then go back exactly where they were, orphans that revision made are attached again,
     * codings made since follow the text. The revert is itself a revision, so it can be reverted.
     */
    public RevisionReport revert(String document, Long revision, boolean dryRun, String coder) {
        return change(
                document,
                s -> {
                    Document d = DocumentLookup.find(s, document);
                    DocumentRevision r = revisionOf(s, d, revision);
                    Map<Long, Span> exact = new HashMap<>();
                    r.placements().forEach(p -> exact.put(p.codingId(), new Span(p.start(), p.end())));
                    return new Target(r.oldText(), RevisionService::mapUnits, exact, r.id(), null);
                },
                dryRun,
                coder);
    }

    /** A document's stored old texts, newest first. */
    public List<RevisionSummary> history(String document) {
        return store.read(s -> {
            Document d = DocumentLookup.find(s, document);
            return s.revisions().of(d.id()).stream()
                    .map(r -> new RevisionSummary(
                            r.id(),
                            d.name(),
                            r.replacedAt(),
                            r.coder(),
                            r.sourceFile(),
                            r.oldText().length(),
                            r.placements().size()))
                    .toList();
        });
    }

    /** The text revision {@code id} of the document replaced. */
    public String oldText(String document, long id) {
        return store.read(
                s -> revisionOf(s, DocumentLookup.find(s, document), id).oldText());
    }

    /** Orphaned codings of one document, or of all ({@code document} null). */
    public List<OrphanView> orphans(String document) {
        return store.read(s -> {
            Long id = document == null ? null : DocumentLookup.find(s, document).id();
            Codebook book = s.codes().codebook();
            Map<Long, String> names = new HashMap<>();
            List<OrphanView> out = new ArrayList<>();
            for (OrphanCoding o : s.revisions().orphans(id)) {
                String name = names.computeIfAbsent(
                        o.documentId(),
                        k -> s.documents().byId(k).map(Document::name).orElse("?"));
                out.add(view(s, book, name, o));
            }
            return out;
        });
    }

    /**
     * Attaches an orphan to new text: at {@code span}, or at the {@code occurrence}-th (1-based,
     * null: the only) place {@code quote} is found. It becomes the same coding again (id, code,
     * coder, memo).
     */
    public OrphanView attach(long orphan, Span span, String quote, Integer occurrence, String coder) {
        return store.write(s -> {
            OrphanCoding o = orphan(s, orphan);
            Document d = s.documents().byId(o.documentId()).orElseThrow();
            Span at;
            if (quote != null) {
                at = QuoteFinder.find(d.text(), quote, occurrence, d.name());
            } else if (span != null) {
                at = span;
                String problem = span.problemIn(d.text());
                if (problem != null) {
                    throw new CaravanException(problem + "; nothing changed");
                }
            } else {
                throw new CaravanException("say where: --start and --end, or --quote; nothing changed");
            }
            s.codings().restore(o.at(at.start(), at.end()));
            s.revisions().deleteOrphan(o.id());
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.ORPHAN_ATTACH,
                    Map.of("coding", o.id(), "document", d.id(), "start", at.start(), "end", at.end()));
            return view(s, s.codes().codebook(), d.name(), o);
        });
    }

    /** Removes an orphan for good (its code no longer applies to anything in the new text). */
    public OrphanView remove(long orphan, String coder) {
        return store.write(s -> {
            OrphanCoding o = orphan(s, orphan);
            String name = s.documents().byId(o.documentId()).map(Document::name).orElse("?");
            OrphanView v = view(s, s.codes().codebook(), name, o);
            s.revisions().deleteOrphan(o.id());
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.ORPHAN_REMOVE,
                    Map.of("coding", o.id(), "document", o.documentId(), "code", o.codeId()));
            return v;
        });
    }

    private static OrphanCoding orphan(StoreSession s, long id) {
        return s.revisions()
                .orphan(id)
                .orElseThrow(() -> new CaravanException(
                        "no orphaned coding " + id + " (caravan document orphans lists them); nothing changed"));
    }

    private static OrphanView view(StoreSession s, Codebook book, String document, OrphanCoding o) {
        Instant at = s.revisions()
                .byId(o.revisionId())
                .map(DocumentRevision::replacedAt)
                .orElse(null);
        return new OrphanView(
                o.id(), document, path(book, o.codeId()), o.coder(), o.oldText(), o.revisionId(), at, o.memo());
    }

    private static String path(Codebook book, long codeId) {
        return book.byId(codeId).map(c -> book.path(c).toString()).orElse("#" + codeId);
    }

    private static DocumentRevision revisionOf(StoreSession s, Document d, Long id) {
        if (id == null) {
            return s.revisions().of(d.id()).stream()
                    .findFirst()
                    .orElseThrow(() -> new CaravanException(
                            "'" + d.name() + "' has never been corrected: nothing to revert; nothing changed"));
        }
        return s.revisions()
                .byId(id)
                .filter(r -> r.documentId() == d.id())
                .orElseThrow(() -> new CaravanException("'" + d.name() + "' has no revision " + id
                        + " (caravan document history lists them); nothing changed"));
    }

    /** How the new text's units are found, given the current units and the diff. */
    @FunctionalInterface
    private interface Units {
        List<TextUnit> of(List<TextUnit> current, TextDiff diff);
    }

    /** The new text, its units, codings with a known place in it, the revision it reverts (0: none), its file. */
    private record Target(String text, Units units, Map<Long, Span> exact, long reverts, String sourceFile) {}

    @FunctionalInterface
    private interface Targeting {
        Target in(StoreSession s);
    }

    private RevisionReport change(String document, Targeting targeting, boolean dryRun, String coder) {
        String who = Coders.nameOrDefault(coder);
        if (dryRun) {
            return store.read(s -> plan(s, document, targeting.in(s)).report(0, true));
        }
        return store.write(s -> {
            Plan p = plan(s, document, targeting.in(s));
            return p.report(p.apply(s, who), false);
        });
    }

    private static Plan plan(StoreSession s, String document, Target t) {
        Document d = DocumentLookup.find(s, document);
        if (t.text().isBlank()) {
            throw new CaravanException("the new text is empty: a transcript needs some text; nothing changed");
        }
        if (t.text().equals(d.text())) {
            throw new CaravanException("'" + d.name() + "' already has exactly this text; nothing changed");
        }
        List<Coding> codings = s.codings().find(new CodingFilter(d.id(), null, null));
        TextDiff diff = TextDiff.of(
                d.text(), t.text(), codings.stream().map(Coding::span).toList());
        List<TextUnit> units = t.units().of(s.documents().units(d.id()), diff);
        if (units.size() > ImportService.MAX_UNITS) {
            throw new CaravanException("the new text has " + units.size() + " turns or paragraphs; the limit is "
                    + ImportService.MAX_UNITS + " per document; nothing changed");
        }
        List<CodingRemap.Placed> placed = CodingRemap.of(d.text(), t.text(), diff, codings, t.exact());
        List<OrphanCoding> reattached = t.reverts() == 0
                ? List.of()
                : s.revisions().orphans(d.id()).stream()
                        .filter(o -> o.revisionId() == t.reverts())
                        .filter(o -> new Span(o.oldStart(), o.oldEnd()).problemIn(t.text()) == null)
                        .toList();
        return new Plan(d, t, units, placed, reattached, s.codes().codebook());
    }

    private record Plan(
            Document d,
            Target t,
            List<TextUnit> units,
            List<CodingRemap.Placed> placed,
            List<OrphanCoding> reattached,
            Codebook book) {

        /** Writes the change; returns the new revision's id. */
        long apply(StoreSession s, String coder) {
            List<DocumentRevision.Placement> before = placed.stream()
                    .map(p -> new DocumentRevision.Placement(
                            p.coding().id(), p.coding().start(), p.coding().end()))
                    .toList();
            long revision = s.revisions()
                    .insert(new DocumentRevision(
                            0, d.id(), Instant.now(), coder, t.sourceFile(), d.text(), d.textHash(), before));
            s.documents().replaceText(d.id(), t.text(), ImportService.sha256(t.text()), WordCount.of(t.text()), units);
            for (CodingRemap.Placed p : placed) {
                Coding c = p.coding();
                if (p.to() == null) {
                    s.codings().delete(c.id());
                    s.revisions()
                            .insertOrphan(new OrphanCoding(
                                    c.id(),
                                    c.guid(),
                                    d.id(),
                                    c.codeId(),
                                    c.coder(),
                                    revision,
                                    c.start(),
                                    c.end(),
                                    d.text().substring(c.start(), c.end()),
                                    c.createdAt(),
                                    c.memo()));
                } else if (p.to().start() != c.start() || p.to().end() != c.end()) {
                    s.codings().move(c.id(), p.to().start(), p.to().end());
                }
            }
            for (OrphanCoding o : reattached) {
                s.codings().restore(o.at(o.oldStart(), o.oldEnd()));
                s.revisions().deleteOrphan(o.id());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("document", d.id());
            payload.put("name", d.name());
            payload.put("revision", revision);
            if (t.reverts() != 0) {
                payload.put("reverts", t.reverts());
            }
            payload.put("characters", t.text().length());
            payload.put("kept", count(CodingRemap.Outcome.KEPT));
            payload.put("adjusted", count(CodingRemap.Outcome.ADJUSTED));
            payload.put("orphaned", count(CodingRemap.Outcome.ORPHANED));
            payload.put("reattached", reattached.size());
            Changes.record(s, coder, ChangeAction.DOCUMENT_REPLACE, payload);
            return revision;
        }

        private int count(CodingRemap.Outcome o) {
            return (int) placed.stream().filter(p -> p.outcome() == o).count();
        }

        RevisionReport report(long revision, boolean dryRun) {
            List<RevisionReport.Adjusted> adjusted = new ArrayList<>();
            List<RevisionReport.Orphaned> orphaned = new ArrayList<>();
            int restored = reattached.size();
            for (CodingRemap.Placed p : placed) {
                Coding c = p.coding();
                String before = d.text().substring(c.start(), c.end());
                if (t.exact().containsKey(c.id())
                        && p.to() != null
                        && p.to().equals(t.exact().get(c.id()))) {
                    restored++;
                }
                switch (p.outcome()) {
                    case KEPT -> {}
                    case ADJUSTED ->
                        adjusted.add(new RevisionReport.Adjusted(
                                c.id(), path(book, c.codeId()), c.coder(), before, p.to().of(t.text())));
                    case ORPHANED ->
                        orphaned.add(new RevisionReport.Orphaned(c.id(), path(book, c.codeId()), c.coder(), before));
                }
            }
            return new RevisionReport(
                    d.name(),
                    revision,
                    dryRun,
                    d.text().length(),
                    t.text().length(),
                    units.size(),
                    count(CodingRemap.Outcome.KEPT),
                    restored,
                    adjusted,
                    orphaned);
        }
    }

    private static boolean timed(List<TextUnit> units) {
        return units.stream().anyMatch(u -> u.startMs() != null);
    }

    /** The units mapped through the edit: a unit whose text went is dropped; the rest keep kind, speaker and time. */
    static List<TextUnit> mapUnits(List<TextUnit> current, TextDiff diff) {
        List<TextUnit> out = new ArrayList<>();
        int last = 0;
        int ordinal = current.isEmpty() ? 0 : current.get(0).ordinal();
        for (TextUnit u : current) {
            if (u.end() <= u.start()) {
                continue;
            }
            int start = Math.max(last, diff.mapStart(u.start()));
            int end = diff.mapEnd(u.end());
            if (end > start) {
                out.add(new TextUnit(ordinal++, u.kind(), u.speaker(), start, end, u.startMs()));
                last = end;
            }
        }
        return out;
    }
}
