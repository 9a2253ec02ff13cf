package org.caravanqda.app.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.AttributeBins;
import org.caravanqda.analysis.MatrixCounter;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.Coder;

/**
 * {@code caravan table}: frequencies, co-occurrence and code x attribute matrices of the
 * selected codings. Parent codes aggregate their descendants in every table.
 */
public final class TableService {
    public static final int DEFAULT_BINS = 5;
    private final ProjectStore store;

    public TableService(ProjectStore store) {
        this.store = store;
    }

    /** Per code: codings, coded words, documents, and codings per document; a total row last. */
    public DataTable frequencies(Selection selection) {
        return store.read(s -> TableViews.frequencies(
                analyse(s, selection, Map.of(), DEFAULT_BINS).frequencies.table()));
    }

    /** Pairs of codes: units (turns, paragraphs) in which both occur, and overlapping segment pairs. */
    public DataTable cooccurrence(Selection selection) {
        return store.read(s -> TableViews.cooccurrencePairs(
                analyse(s, selection, Map.of(), DEFAULT_BINS).cooccurrence.table()));
    }

    /** Code x value of {@code attribute}: documents with the code and codings; numbers and dates binned. */
    public DataTable matrix(String attribute, Selection selection, int bins) {
        return store.read(s -> {
            Map<String, AttributeType> defs = s.attributes().definitions();
            AttributeType type = defs.get(attribute);
            if (type == null) {
                throw new CaravanException("unknown attribute '" + attribute + "'"
                        + (defs.isEmpty()
                                ? "; the project has no attributes (caravan attributes import)"
                                : "; attributes: " + String.join(", ", defs.keySet())));
            }
            Analysis a = analyse(s, selection, Map.of(attribute, type), bins);
            return TableViews.matrix(a.matrices().get(attribute).table());
        });
    }

    /**
     * Frequencies, co-occurrence, presence and (when {@code attribute} is not null) the matrix by
     * that attribute, from one pass over the selected documents: what the window's tables and charts
     * show, counted by the same code as the tables above. Reports a step per document; cancelling
     * stops between documents.
     */
    public Figures figures(
            Selection selection, String attribute, int bins, Progress progress, Cancellation cancellation) {
        return store.read(s -> {
            Map<String, AttributeType> by = Map.of();
            if (attribute != null) {
                AttributeType type = s.attributes().definitions().get(attribute);
                if (type == null) {
                    throw new CaravanException("unknown attribute '" + attribute + "'");
                }
                by = Map.of(attribute, type);
            }
            Analysis a = analyse(s, selection, by, bins, progress, cancellation);
            MatrixCounter m = attribute == null ? null : a.matrices().get(attribute);
            Map<String, String> colors = new HashMap<>();
            for (int k = 0; k < a.codes.size(); k++) {
                if (a.codes.code(k).color() != null) {
                    colors.put(a.codes.path(k).toString(), a.codes.code(k).color());
                }
            }
            return new Figures(
                    a.frequencies.table(),
                    a.cooccurrence.table(),
                    a.presence.table(),
                    m == null ? null : m.table(),
                    m == null ? List.of() : m.documentsPerColumn(),
                    colors);
        });
    }

    /**
     * The coders and documents to filter by, the attributes a matrix can be made by, and every
     * attribute's (binned) values with their documents.
     */
    public TableChoices choices(int bins) {
        return store.read(s -> {
            Map<String, AttributeType> defs = s.attributes().definitions();
            Map<Long, List<AttributeValue>> byDocument = s.attributes().byDocument();
            List<DocumentSummary> docs = s.documents().summaries().stream()
                    .sorted(Comparator.comparing(DocumentSummary::name))
                    .toList();
            List<Long> ids = docs.stream().map(DocumentSummary::id).toList();
            Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
            defs.forEach((name, type) -> {
                List<Object> all = new ArrayList<>();
                ids.forEach(id -> all.add(Analysis.value(byDocument, id, name)));
                AttributeBins b = AttributeBins.of(type, all, bins);
                Map<String, List<String>> groups = new LinkedHashMap<>();
                b.labels().forEach(l -> groups.put(l, new ArrayList<>()));
                for (int i = 0; i < docs.size(); i++) {
                    groups.get(b.labelOf().apply(all.get(i))).add(docs.get(i).name());
                }
                groups.replaceAll((l, names) -> List.copyOf(names));
                values.put(name, groups);
            });
            return new TableChoices(
                    s.coders().all().stream().map(Coder::name).sorted().toList(),
                    docs.stream().map(DocumentSummary::name).toList(),
                    Analysis.categorical(defs, byDocument, ids),
                    values);
        });
    }

    static Analysis analyse(StoreSession s, Selection selection, Map<String, AttributeType> matrixBy, int bins) {
        return analyse(s, selection, matrixBy, bins, Progress.NONE, Cancellation.none());
    }

    static Analysis analyse(
            StoreSession s,
            Selection selection,
            Map<String, AttributeType> matrixBy,
            int bins,
            Progress progress,
            Cancellation cancellation) {
        if (bins < 1) {
            throw new CaravanException("--bins must be at least 1");
        }
        List<Long> ids = CodedDocuments.resolve(s, selection);
        Analysis a = new Analysis(s.codes().codebook(), s.attributes().byDocument(), matrixBy, ids, bins);
        int[] done = {0};
        CodedDocuments.each(s, ids, selection, d -> {
            cancellation.check();
            a.add(d);
            progress.update("Counting " + d.name(), ++done[0], ids.size());
        });
        return a;
    }
}
