package org.caravanqda.app.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.agreement.AgreementAnalysis;
import org.caravanqda.analysis.agreement.AgreementStatistics;
import org.caravanqda.analysis.agreement.AgreementTables;
import org.caravanqda.analysis.agreement.ComparedDocument;
import org.caravanqda.analysis.agreement.DisagreementSpan;
import org.caravanqda.analysis.agreement.Disagreements;
import org.caravanqda.analysis.agreement.Mark;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
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

    public AgreementReport compare(AgreementRequest request) {
        return store.read(s -> compare(s, request));
    }

    private static AgreementReport compare(StoreSession s, AgreementRequest r) {
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
