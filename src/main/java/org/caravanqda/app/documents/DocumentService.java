package org.caravanqda.app.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.Memo;
import org.caravanqda.model.ParticipantCase;

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
            List<org.caravanqda.model.Coding> found = s.codings().find(new CodingFilter(d.id(), null, null));
            java.util.Map<Long, Long> versions = s.versions()
                    .current(
                            org.caravanqda.app.port.Versions.Versioned.CODING,
                            found.stream().map(org.caravanqda.model.Coding::id).toList());
            List<DocumentTranscript.Coding> codings = found.stream()
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
                                c.memo(),
                                versions.getOrDefault(c.id(), -1L));
                    })
                    .toList();
            return new DocumentTranscript(
                    d.name(), d.language(), d.text(), s.documents().units(d.id()), codings);
        });
    }

    /**
     * The document's units of one kind: "turn", "paragraph", "sentence", or null for turns and
     * paragraphs as imported; with turns per speaker.
     */
    public UnitListing units(String documentName, String kind) {
        String k = kind == null ? null : kind.strip().toLowerCase(java.util.Locale.ROOT);
        if (k != null && !List.of("turn", "paragraph", "sentence").contains(k)) {
            throw new CaravanException("unknown unit kind '" + kind + "' (use turn, paragraph or sentence)");
        }
        return store.read(s -> {
            Document d = DocumentLookup.find(s, documentName);
            List<org.caravanqda.model.TextUnit> imported = s.documents().units(d.id());
            Map<String, Integer> turns = new LinkedHashMap<>();
            imported.stream()
                    .filter(u -> u.kind() == org.caravanqda.model.UnitKind.TURN && u.speaker() != null)
                    .forEach(u -> turns.merge(u.speaker(), 1, Integer::sum));
            List<UnitListing.Unit> out = new java.util.ArrayList<>();
            if ("sentence".equals(k)) {
                for (org.caravanqda.model.Span sp :
                        org.caravanqda.analysis.agreement.UnitSpans.sentences(d.text(), d.language())) {
                    org.caravanqda.model.TextUnit in = imported.stream()
                            .filter(u -> u.start() <= sp.start() && sp.start() < Math.max(u.end(), u.start() + 1))
                            .findFirst()
                            .orElse(null);
                    out.add(new UnitListing.Unit(
                            out.size() + 1,
                            "sentence",
                            in == null ? null : in.speaker(),
                            sp.start(),
                            sp.end(),
                            null,
                            d.text().substring(sp.start(), sp.end())));
                }
            } else {
                for (int i = 0; i < imported.size(); i++) {
                    org.caravanqda.model.TextUnit u = imported.get(i);
                    if (k == null || u.kind().label().equals(k)) {
                        out.add(new UnitListing.Unit(
                                i + 1,
                                u.kind().label(),
                                u.speaker(),
                                u.start(),
                                u.end(),
                                u.startMs(),
                                d.text().substring(u.start(), u.end())));
                    }
                }
            }
            return new UnitListing(d.name(), k == null ? "turn and paragraph" : k, out, turns);
        });
    }

    /** What deleting a document takes with it: its codings and the memos on it and on its codings. */
    public record Removal(String name, int codings, int memos, List<String> cases) {}

    /** What {@link #delete} would remove, without removing it. */
    public Removal removal(String documentName) {
        return store.read(s -> removal(s, DocumentLookup.find(s, documentName)));
    }

    private static Removal removal(StoreSession s, Document d) {
        List<Coding> codings = s.codings().find(new CodingFilter(d.id(), null, null));
        int memos = s.memos().of(Memo.MemoTarget.DOCUMENT, d.id()).size();
        for (Coding c : codings) {
            memos += s.memos().of(Memo.MemoTarget.CODING, c.id()).size();
        }
        List<String> cases = s.cases().all().stream()
                .filter(c -> c.documentIds().contains(d.id()))
                .map(ParticipantCase::name)
                .toList();
        return new Removal(d.name(), codings.size(), memos, cases);
    }

    /**
     * Removes the document with its codings, attribute values and case links, and the memos on
     * it and on its codings, in one transaction; the search index drops it at its next sync.
     */
    public Removal delete(String documentName, String coder) {
        return store.write(s -> {
            Document d = DocumentLookup.find(s, documentName);
            Removal r = removal(s, d);
            for (Coding c : s.codings().find(new CodingFilter(d.id(), null, null))) {
                s.memos()
                        .of(Memo.MemoTarget.CODING, c.id())
                        .forEach(m -> s.memos().delete(m.id()));
            }
            s.memos()
                    .of(Memo.MemoTarget.DOCUMENT, d.id())
                    .forEach(m -> s.memos().delete(m.id()));
            s.documents().delete(d.id());
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.DOCUMENT_DELETE,
                    Map.of("document", d.id(), "name", d.name(), "codings", r.codings(), "memos", r.memos()));
            return r;
        });
    }

    /** Renames a document (codings, memos, attributes and cases stay with it); returns the new name. */
    public String rename(String documentName, String newName, String coder) {
        String name = checkedName(newName);
        return store.write(s -> {
            Document d = DocumentLookup.find(s, documentName);
            if (d.name().equals(name)) {
                throw new CaravanException("the document is already named '" + name + "'");
            }
            if (s.documents().byName(name).isPresent()) {
                throw new CaravanException("another document is named '" + name + "'; nothing was changed");
            }
            s.documents().rename(d.id(), name);
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.DOCUMENT_RENAME,
                    Map.of("document", d.id(), "from", d.name(), "to", name));
            return name;
        });
    }

    /** A document name as stored: stripped, not blank, one line, at most 1000 characters. */
    static String checkedName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new CaravanException("a document needs a name; nothing was changed");
        }
        if (name.length() > MAX_NAME) {
            throw new CaravanException("a document name has at most " + MAX_NAME + " characters; nothing was changed");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new CaravanException("a document name is one line without control characters; nothing was changed");
        }
        return name;
    }

    private static final int MAX_NAME = 1000;

    /** The project's name as given when it was created (not its folder's). */
    public String projectName() {
        return store.read(s -> s.project().name());
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
