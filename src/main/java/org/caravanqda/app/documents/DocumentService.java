package org.caravanqda.app.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;

/** Lists documents, reads one with its units and codings, and counts the project. */
public final class DocumentService {
    private final ProjectStore store;

    public DocumentService(ProjectStore store) {
        this.store = store;
    }

    public List<DocumentListing> list() {
        return store.read(s -> {
            Map<Long, List<AttributeValue>> attrs = s.attributes().byDocument();
            Map<Long, Long> codings = s.codings().find(CodingFilter.ALL).stream()
                    .collect(Collectors.groupingBy(Coding::documentId, Collectors.counting()));
            return s.documents().summaries().stream()
                    .map(d -> {
                        Map<String, Object> values = new LinkedHashMap<>();
                        attrs.getOrDefault(d.id(), List.of()).forEach(v -> values.put(v.attribute(), v.value()));
                        return new DocumentListing(
                                d.name(),
                                d.language(),
                                d.words(),
                                d.units(),
                                d.speakers(),
                                values,
                                codings.getOrDefault(d.id(), 0L).intValue());
                    })
                    .toList();
        });
    }

    /**
     * The document named {@code documentName} (exactly, as {@link #list()} names it) with its units
     * and all coders' codings, read in one transaction.
     */
    public DocumentTranscript transcript(String documentName) {
        return store.read(s -> {
            Document d = s.documents()
                    .byName(documentName)
                    .orElseThrow(() -> new CaravanException("no document named '" + documentName + "'"));
            Codebook book = s.codes().codebook();
            List<DocumentTranscript.Coding> codings = s.codings().find(new CodingFilter(d.id(), null, null)).stream()
                    .map(c -> {
                        Code code = book.byId(c.codeId()).orElseThrow();
                        return new DocumentTranscript.Coding(
                                c.id(),
                                code.id(),
                                book.path(code).toString(),
                                code.name(),
                                code.color(),
                                c.coder(),
                                c.start(),
                                c.end(),
                                c.createdAt(),
                                c.memo());
                    })
                    .toList();
            return new DocumentTranscript(
                    d.name(), d.language(), d.text(), s.documents().units(d.id()), codings);
        });
    }

    public ProjectStats stats() {
        return store.read(s -> new ProjectStats(
                s.documents().count(),
                s.documents().unitCount(),
                s.codes().all().size(),
                s.codings().count(),
                s.coders().all().size(),
                s.documents().totalWords()));
    }
}
