package org.caravanqda.app.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.caravanqda.analysis.CodedDocument;
import org.caravanqda.analysis.FrequencyTable;
import org.caravanqda.analysis.UnitIndex;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.CodedExport;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.SegmentColumn;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.pseudonym.LeakScan;
import org.caravanqda.app.pseudonym.Pseudonymization;
import org.caravanqda.app.pseudonym.Pseudonymized;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.app.tables.Analysis;
import org.caravanqda.app.tables.CodedDocuments;
import org.caravanqda.app.tables.TableService;
import org.caravanqda.app.tables.TableViews;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;

/** One export's content, read inside one store transaction while the writer writes. */
final class SegmentExport implements CodedExport {
    private final boolean protectTemporaryFiles;
    private final StoreSession session;
    private final Selection selection;
    private final ExportRequest request;
    private final List<Long> documentIds;
    private final Analysis analysis;
    private final SegmentRows rows;
    private final Progress progress;
    private final Cancellation cancellation;
    private final Instant started = Instant.now();
    private long segments;
    /** The documents at least one written segment comes from (the selection can hold documents without any). */
    private final Set<Long> codedDocuments = new HashSet<>();

    private boolean streamed;

    private final java.nio.file.Path folder;

    private final Pseudonymizer pseudonyms;
    /** A list of codings to write in this order (a retrieval as shown), or null for the selection's codings. */
    private final Map<Long, Coding> listed;

    SegmentExport(
            StoreSession s,
            java.nio.file.Path folder,
            ExportRequest request,
            Progress progress,
            Cancellation cancellation,
            NameForms nameForms) {
        this(s, folder, request, progress, cancellation, nameForms, false, null);
    }

    SegmentExport(
            StoreSession s,
            java.nio.file.Path folder,
            ExportRequest request,
            Progress progress,
            Cancellation cancellation,
            NameForms nameForms,
            boolean protectTemporaryFiles,
            List<Long> listedCodings) { // listedCodings null: the selection's codings
        this.protectTemporaryFiles = protectTemporaryFiles;
        this.session = s;
        this.folder = folder;
        this.selection = request.selection();
        this.request = request;
        this.progress = progress;
        this.cancellation = cancellation;
        this.listed = listedCodings == null ? null : codings(s, listedCodings);
        this.documentIds = listed == null
                ? CodedDocuments.resolve(s, selection)
                : listed.values().stream()
                        .map(Coding::documentId)
                        .distinct()
                        .sorted()
                        .toList();
        Map<String, AttributeType> defs = s.attributes().definitions();
        var values = s.attributes().byDocument();
        this.analysis = new Analysis(
                s.codes().codebook(),
                values,
                Analysis.categorical(defs, values, documentIds),
                documentIds,
                TableService.DEFAULT_BINS);
        this.pseudonyms = Pseudonymization.pseudonymizer(s, nameForms, request.pseudonyms());
        this.rows = new SegmentRows(
                analysis.codes,
                defs,
                Pseudonymized.values(values, pseudonyms),
                request.contextWords(),
                pseudonyms.isEmpty() ? UnaryOperator.identity() : pseudonyms::apply);
    }

    @Override
    public List<SegmentColumn> segmentColumns() {
        return rows.columns();
    }

    @Override
    public void segments(Consumer<List<Object>> sink) {
        if (streamed) {
            throw new IllegalStateException("segments stream once");
        }
        streamed = true;
        if (listed != null) {
            listedSegments(sink);
            return;
        }
        int[] done = {0};
        CodedDocuments.each(session, documentIds, selection, doc -> {
            cancellation.check();
            analysis.add(doc);
            rows.emit(pseudonyms.isEmpty() ? doc : Pseudonymized.document(doc, pseudonyms), row -> {
                segments++;
                codedDocuments.add(doc.id());
                sink.accept(row);
            });
            progress.update("exported " + doc.name() + " (" + segments + " segments)", ++done[0], documentIds.size());
        });
    }

    /** The listed codings by id, in the list's order; an id no longer stored refuses the export. */
    private static Map<Long, Coding> codings(StoreSession s, List<Long> ids) {
        Map<Long, Coding> out = new LinkedHashMap<>();
        for (long id : ids) {
            out.put(
                    id,
                    s.codings()
                            .byId(id)
                            .orElseThrow(() -> new CaravanException(
                                    "coding " + id + " is no longer in the project; list the segments again")));
        }
        return out;
    }

    /**
     * The listed codings in their order: each document is read once (with the listed codings it
     * holds, pseudonymized as a whole when a list applies), then the rows follow the list.
     */
    private void listedSegments(Consumer<List<Object>> sink) {
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        listed.values()
                .forEach(c -> byDocument
                        .computeIfAbsent(c.documentId(), k -> new ArrayList<>())
                        .add(c));
        Map<Long, CodedDocument> documents = new HashMap<>();
        Map<Long, Coding> written = new HashMap<>();
        int done = 0;
        for (long id : documentIds) {
            cancellation.check();
            Document d = session.documents().byId(id).orElseThrow();
            List<Coding> codings = byDocument.get(id).stream()
                    .sorted(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end))
                    .toList();
            CodedDocument doc = new CodedDocument(
                    d.id(), d.name(), d.text(), session.documents().units(id), codings);
            analysis.add(doc);
            CodedDocument shown = pseudonyms.isEmpty() ? doc : Pseudonymized.document(doc, pseudonyms);
            documents.put(id, shown);
            shown.codings().forEach(c -> written.put(c.id(), c));
            progress.update("read " + d.name(), ++done, documentIds.size());
        }
        Map<Long, UnitIndex> units = new HashMap<>();
        for (Coding c : listed.values()) {
            CodedDocument doc = documents.get(c.documentId());
            UnitIndex index = units.computeIfAbsent(c.documentId(), k -> new UnitIndex(doc.units()));
            rows.emit(
                    new CodedDocument(doc.id(), doc.name(), doc.text(), doc.units(), List.of(written.get(c.id()))),
                    index,
                    row -> {
                        segments++;
                        codedDocuments.add(c.documentId());
                        sink.accept(row);
                    });
        }
    }

    long segmentCount() {
        return segments;
    }

    int documentCount() {
        return documentIds.size();
    }

    int codedDocumentCount() {
        return codedDocuments.size();
    }

    private FrequencyTable frequencyTable() {
        if (!streamed) {
            throw new IllegalStateException("tables are complete once the segments have streamed");
        }
        return analysis.frequencies.table();
    }

    @Override
    public DataTable codebook() {
        return Pseudonymized.table(TableViews.codebook(analysis, frequencyTable()), pseudonyms);
    }

    private final List<DataTable> extra = new ArrayList<>();

    /** Tables computed elsewhere (e.g. inter-coder agreement) written after the analysis tables. */
    void addTables(List<DataTable> tables) {
        extra.addAll(tables);
    }

    @Override
    public List<DataTable> tables() {
        List<DataTable> out = new ArrayList<>();
        out.add(TableViews.frequencies(frequencyTable()));
        var co = analysis.cooccurrence.table();
        out.add(TableViews.cooccurrenceMatrix(co));
        out.add(TableViews.cooccurrencePairs(co));
        out.add(TableViews.presence(analysis.presence.table()));
        analysis.matrices().values().forEach(m -> out.add(TableViews.matrix(m.table())));
        out.addAll(extra);
        // memos on the project, the codes and the exported documents (a coding's own memo is a segment column)
        var memos = org.caravanqda.app.memos.MemoService.forExport(session, documentIds);
        if (!memos.isEmpty()) {
            out.add(org.caravanqda.app.memos.MemoService.table(memos));
        }
        return out.stream().map(t -> Pseudonymized.table(t, pseudonyms)).toList();
    }

    @Override
    public DataTable about() {
        List<List<Object>> r = new ArrayList<>();
        r.add(Arrays.asList("project", pseudonyms.apply(session.project().name())));
        r.add(Arrays.asList(
                "project folder",
                pseudonyms.apply(String.valueOf(folder.toAbsolutePath().normalize()))));
        r.add(Arrays.asList("exported at (UTC)", started.toString()));
        r.add(Arrays.asList("Caravan version", CaravanVersion.get()));
        r.add(Arrays.asList("filters", pseudonyms.apply(selection.describe())));
        r.add(Arrays.asList("documents", documentIds.size()));
        r.add(Arrays.asList("segments (codings)", segments));
        r.add(Arrays.asList("codes in the codebook", analysis.codes.size()));
        r.add(Arrays.asList(
                "coders in the project",
                String.join(
                        ", ",
                        session.coders().all().stream()
                                .map(c -> pseudonyms.apply(c.name()))
                                .toList())));
        r.add(Arrays.asList("context words", request.contextWords()));
        r.add(Arrays.asList(
                "matrix attributes",
                pseudonyms.apply(String.join(", ", analysis.matrices().keySet()))));
        r.add(Arrays.asList(
                "offsets", "start and end are UTF-16 positions in the stored (NFC) text, as everywhere in Caravan"));
        r.add(Arrays.asList("parent codes", "rows of a parent code in the tables count its sub-codes too"));
        r.add(Arrays.asList("pseudonymized", pseudonymization().describe()));
        return new DataTable("About", List.of("item", "value"), r, 1, List.of());
    }

    /** Whether the list was applied and how many names it replaced (complete once written). */
    Pseudonymization pseudonymization() {
        return Pseudonymization.of(session, request.pseudonyms(), pseudonyms);
    }

    /** The check of the written file for real names this export's list should have replaced. */
    LeakScan leakScan() {
        return Pseudonymization.leakScan(session, request.pseudonyms(), pseudonyms);
    }

    @Override
    public boolean byteOrderMark() {
        return request.byteOrderMark();
    }

    @Override
    public boolean protectTemporaryFiles() {
        return protectTemporaryFiles;
    }
}
