package org.caravanqda.app.tables;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.caravanqda.analysis.CodedDocument;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Coder;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;

/**
 * The selected documents with their selected codings, loaded one document at a time (by name),
 * so tables and exports never hold the whole project in memory.
 */
public final class CodedDocuments {
    private CodedDocuments() {}

    /** Checks the selection's names first: a typo refuses before anything is written. */
    public static List<Long> resolve(StoreSession s, Selection selection) {
        List<String> known = s.coders().all().stream().map(Coder::name).toList();
        for (String coder : selection.coders()) {
            if (!known.contains(coder)) {
                throw new CaravanException("unknown coder '" + coder + "'; coders: " + String.join(", ", known));
            }
        }
        if (selection.documents().isEmpty()) {
            return s.documents().summaries().stream().map(DocumentSummary::id).toList();
        }
        return selection.documents().stream()
                .map(name -> DocumentLookup.find(s, name))
                .distinct()
                .sorted(Comparator.comparing(Document::name))
                .map(Document::id)
                .toList();
    }

    public static void each(StoreSession s, List<Long> documentIds, Selection selection, Consumer<CodedDocument> sink) {
        String oneCoder =
                selection.coders().size() == 1 ? selection.coders().iterator().next() : null;
        for (long id : documentIds) {
            Document d = s.documents().byId(id).orElseThrow();
            List<Coding> codings = s.codings().find(new CodingFilter(id, null, oneCoder)).stream()
                    .filter(c ->
                            selection.coders().isEmpty() || selection.coders().contains(c.coder()))
                    .filter(selection.segments())
                    .toList();
            sink.accept(
                    new CodedDocument(d.id(), d.name(), d.text(), s.documents().units(id), codings));
        }
    }
}
