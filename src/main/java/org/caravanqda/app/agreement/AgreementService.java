package org.caravanqda.app.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.analysis.agreement.AgreementAnalysis;
import org.caravanqda.analysis.agreement.AgreementStatistics;
import org.caravanqda.analysis.agreement.AgreementTables;
import org.caravanqda.analysis.agreement.ComparedDocument;
import org.caravanqda.analysis.agreement.DisagreementSpan;
import org.caravanqda.analysis.agreement.Disagreements;
import org.caravanqda.analysis.agreement.Mark;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coder;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.Span;

/**
 * {@code caravan agreement}: inter-coder agreement per code and overall (percent agreement,
 * Cohen's kappa, Brennan & Prediger's kappa, Krippendorff's alpha) at the chosen unit.
 */
public final class AgreementService {
    private final ProjectStore store;

    public AgreementService(ProjectStore store) {
        this.store = store;
    }

    /** The project's coders with their colours, in the order they first coded. */
    public List<Coder> coders() {
        return store.read(s -> s.coders().all());
    }

    public AgreementReport compare(AgreementRequest request) {
        return store.read(s -> compare(s, request));
    }

    /**
     * The units where the coders differ on one of the compared codes ({@code code}, with its
     * sub-codes, as the report's row of that code counts it), each with the codings that make up
     * the passage, for listing and resolving them; the request's own {@code disagreements} flag
     * does not matter here.
     */
    public List<CodeDisagreement> disagreements(AgreementRequest request, String code) {
        return store.read(s -> disagreements(s, request, code));
    }

    private static List<CodeDisagreement> disagreements(StoreSession s, AgreementRequest r, String code) {
        Prepared p = prepare(s, r);
        Code wanted = CodeLookup.find(p.book(), code);
        int row = p.scope().rows().indexOf(wanted);
        if (row < 0) {
            throw new CaravanException("'" + p.book().path(wanted) + "' is not among the compared codes");
        }
        String path = p.book().path(wanted).toString();
        Set<Long> inCode = new HashSet<>();
        p.book().subtree(wanted).forEach(c -> inCode.add(c.id()));
        List<String> coders = p.scope().coders();
        List<CodeDisagreement> out = new ArrayList<>();
        for (int i = 0; i < p.docs().size(); i++) {
            Document d = p.docs().get(i);
            ComparedDocument all = p.coded().get(i);
            List<Mark> marks = all.marks().stream()
                    .filter(m -> m.row() == row)
                    .map(m -> new Mark(m.coder(), 0, m.start(), m.end()))
                    .toList();
            ComparedDocument one = new ComparedDocument(d.name(), all.length(), all.units(), all.observed(), marks);
            List<Coding> candidates = p.byDocument().getOrDefault(d.id(), List.of()).stream()
                    .filter(c -> inCode.contains(c.codeId()) && c.start() < c.end())
                    .sorted(Comparator.comparingInt(Coding::start).thenComparingLong(Coding::id))
                    .toList();
            for (DisagreementSpan span : Disagreements.in(one, coders.size(), 1)) {
                Map<String, Boolean> applied = new LinkedHashMap<>();
                for (int c = 0; c < coders.size(); c++) {
                    List<Integer> rows = span.rowsByCoder().get(c);
                    if (rows != null) {
                        applied.put(coders.get(c), !rows.isEmpty());
                    }
                }
                List<Coding> passage = passage(candidates, span.start(), span.end());
                int from = span.start();
                int to = span.end();
                for (Coding c : passage) {
                    from = Math.min(from, c.start());
                    to = Math.max(to, Math.min(c.end(), d.text().length()));
                }
                out.add(new CodeDisagreement(
                        path,
                        d.name(),
                        span.start(),
                        span.end(),
                        d.text().substring(span.start(), span.end()),
                        applied,
                        from,
                        to,
                        d.text().substring(from, to),
                        passage.stream().map(c -> view(p.book(), d, c)).toList()));
            }
        }
        return out;
    }

    /** The codings overlapping [start, end), and those overlapping what they cover, until nothing is added. */
    private static List<Coding> passage(List<Coding> candidates, int start, int end) {
        List<Coding> in = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        int from = start;
        int to = end;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Coding c : candidates) {
                if (!taken.contains(c.id()) && c.start() < to && from < c.end()) {
                    taken.add(c.id());
                    in.add(c);
                    from = Math.min(from, c.start());
                    to = Math.max(to, c.end());
                    grew = true;
                }
            }
        }
        in.sort(Comparator.comparingInt(Coding::start).thenComparingLong(Coding::id));
        return in;
    }

    private static CodingView view(Codebook book, Document d, Coding c) {
        int end = Math.min(c.end(), d.text().length());
        return new CodingView(
                c.id(),
                d.name(),
                book.path(c.codeId()).toString(),
                c.coder(),
                c.start(),
                end,
                d.text().substring(c.start(), end),
                c.memo(),
                c.createdAt());
    }

    /** The request resolved and every compared document laid out as the analysis reads it. */
    private record Prepared(
            AgreementScope scope,
            Codebook book,
            List<Document> docs,
            List<ComparedDocument> coded,
            int withoutTurns,
            Map<Long, List<Coding>> byDocument) {}

    private static Prepared prepare(StoreSession s, AgreementRequest r) {
        AgreementScope scope = AgreementScope.resolve(s, r);
        Codebook book = s.codes().codebook();
        Map<Long, List<Integer>> rowsOfCode = rowsOfCode(book, scope.rows());
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        scope.codings()
                .forEach(c -> byDocument
                        .computeIfAbsent(c.documentId(), k -> new ArrayList<>())
                        .add(c));
        List<Document> docs = scope.documents().keySet().stream()
                .sorted(Comparator.comparing(Document::name))
                .toList();
        List<ComparedDocument> coded = new ArrayList<>();
        int withoutTurns = 0;
        for (Document d : docs) {
            List<Span> units = AgreementUnits.of(s, d, r.unit());
            withoutTurns += units != null && units.isEmpty() && r.unit() == AgreementUnit.TURN ? 1 : 0;
            coded.add(new ComparedDocument(
                    d.name(),
                    d.text().length(),
                    units,
                    scope.documents().get(d),
                    marks(
                            byDocument.getOrDefault(d.id(), List.of()),
                            scope.coders(),
                            rowsOfCode,
                            d.text().length())));
        }
        return new Prepared(scope, book, docs, coded, withoutTurns, byDocument);
    }

    private static AgreementReport compare(StoreSession s, AgreementRequest r) {
        Prepared p = prepare(s, r);
        AgreementScope scope = p.scope();
        Codebook book = p.book();
        List<Document> docs = p.docs();
        List<ComparedDocument> coded = p.coded();
        int withoutTurns = p.withoutTurns();
        int coders = scope.coders().size();
        AgreementTables tables =
                AgreementAnalysis.compute(coded, coders, scope.rows().size(), scope.domain() != null);
        List<AgreementReport.CodeAgreement> rows = new ArrayList<>();
        for (int i = 0; i < scope.rows().size(); i++) {
            rows.add(new AgreementReport.CodeAgreement(
                    book.path(scope.rows().get(i)).toString(),
                    AgreementReport.Figures.of(
                            AgreementStatistics.of(tables.rows().get(i)))));
        }
        AgreementReport.Figures overall = AgreementReport.Figures.of(AgreementStatistics.of(tables.overall()));
        List<String> notes = AgreementNotes.of(r.unit(), scope, book, withoutTurns, tables.conflicts());
        List<AgreementReport.Disagreement> disagreements =
                r.disagreements() ? disagreements(coded, docs, scope, book) : List.of();
        return new AgreementReport(
                r.unit(),
                scope.coders(),
                docs.stream().map(Document::name).toList(),
                scope.domain() == null ? null : book.path(scope.domain()).toString(),
                rows,
                overall,
                notes,
                disagreements);
    }

    /** Code id -> the compared codes it counts for (a code counts for itself and every ancestor compared). */
    private static Map<Long, List<Integer>> rowsOfCode(Codebook book, List<Code> rows) {
        Map<Long, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Code c : book.subtree(rows.get(i))) {
                out.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private static List<Mark> marks(
            List<Coding> codings, List<String> coders, Map<Long, List<Integer>> rowsOfCode, int length) {
        List<Mark> marks = new ArrayList<>();
        for (Coding c : codings) {
            int end = Math.min(c.end(), length);
            if (c.start() >= end) {
                continue;
            }
            for (int row : rowsOfCode.getOrDefault(c.codeId(), List.of())) {
                marks.add(new Mark(coders.indexOf(c.coder()), row, c.start(), end));
            }
        }
        return marks;
    }

    private static List<AgreementReport.Disagreement> disagreements(
            List<ComparedDocument> coded, List<Document> docs, AgreementScope scope, Codebook book) {
        List<String> paths =
                scope.rows().stream().map(c -> book.path(c).toString()).toList();
        List<AgreementReport.Disagreement> out = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            String text = docs.get(i).text();
            for (DisagreementSpan d :
                    Disagreements.in(coded.get(i), scope.coders().size(), paths.size())) {
                Map<String, List<String>> codes = new LinkedHashMap<>();
                for (int c = 0; c < scope.coders().size(); c++) {
                    List<Integer> rows = d.rowsByCoder().get(c);
                    if (rows != null) {
                        codes.put(
                                scope.coders().get(c),
                                rows.stream().map(paths::get).toList());
                    }
                }
                out.add(new AgreementReport.Disagreement(
                        docs.get(i).name(), d.start(), d.end(), text.substring(d.start(), d.end()), codes));
            }
        }
        return out;
    }
}
