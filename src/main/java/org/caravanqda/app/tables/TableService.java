package org.caravanqda.app.tables;

import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.AttributeType;

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

    static Analysis analyse(StoreSession s, Selection selection, Map<String, AttributeType> matrixBy, int bins) {
        if (bins < 1) {
            throw new CaravanException("--bins must be at least 1");
        }
        List<Long> ids = CodedDocuments.resolve(s, selection);
        Analysis a = new Analysis(s.codes().codebook(), s.attributes().byDocument(), matrixBy, ids, bins);
        CodedDocuments.each(s, ids, selection, a::add);
        return a;
    }
}
