package org.caravanqda.app.coding;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.access.Versioning;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.Versions;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.Span;

/** Applies, removes and lists codings. Every coding's text equals text.substring(start, end). */
public final class CodingService {
    private final ProjectStore store;

    public CodingService(ProjectStore store) {
        this.store = store;
    }

    /** Applies the code; returns the new coding's id. */
    public long code(CodeRequest r) {
        return store.write(s -> code(s, r));
    }

    /** Applies many codes in one transaction: all or none. */
    public List<Long> codeAll(List<CodeRequest> requests) {
        return store.write(s -> requests.stream().map(r -> code(s, r)).toList());
    }

    /** Applies the code inside a write already open (for batch use cases such as auto-coding). */
    public static long code(StoreSession s, CodeRequest r) {
        Document doc = DocumentLookup.find(s, r.document());
        Code code = CodeLookup.find(s.codes().codebook(), r.codePath());
        Span span = span(doc, r);
        String coder = Coders.ensure(s, Coders.nameOrDefault(r.coder()));
        String memo = r.memo() == null || r.memo().isBlank() ? null : r.memo();
        long id = s.codings()
                .insert(new Coding(
                        0,
                        UUID.randomUUID().toString(),
                        doc.id(),
                        code.id(),
                        coder,
                        span.start(),
                        span.end(),
                        Instant.now(),
                        memo));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("coding", id);
        payload.put("document", doc.id());
        payload.put("code", code.id());
        payload.put("start", span.start());
        payload.put("end", span.end());
        Changes.record(s, coder, ChangeAction.CODING_ADD, payload);
        return id;
    }

    private static Span span(Document doc, CodeRequest r) {
        boolean byOffsets = r.start() != null || r.end() != null;
        if (byOffsets == (r.quote() != null)) {
            throw new CaravanException("give either --start and --end, or --quote");
        }
        if (!byOffsets) {
            return QuoteFinder.find(doc.text(), r.quote(), r.occurrence(), doc.name());
        }
        if (r.start() == null || r.end() == null) {
            throw new CaravanException("give both --start and --end");
        }
        if (r.start() < 0 || r.end() < r.start()) {
            throw new CaravanException(
                    "offsets " + r.start() + ".." + r.end() + " are not a range (need 0 <= start < end)");
        }
        Span span = new Span(r.start(), r.end());
        String problem = span.problemIn(doc.text());
        if (problem != null) {
            throw new CaravanException(problem + " in '" + doc.name() + "'");
        }
        return span;
    }

    public void uncode(long id, String coder) {
        uncodeAll(List.of(id), coder);
    }

    /**
     * Removes the coding when it is still at version {@code seenVersion} (null: any); else a
     * {@link org.caravanqda.app.common.StaleEditException} with the coding as it is now.
     */
    public void uncode(long id, String coder, Long seenVersion) {
        store.write(s -> {
            delete(s, id, coder, seenVersion);
            return null;
        });
    }

    /** The coding's version now: what an edit names as the version its user saw. */
    public long version(long id) {
        return store.read(
                s -> s.versions().current(Versions.Versioned.CODING, id).orElse(-1));
    }

    /** Removes many codings in one transaction (undoing an auto-coding run): all or none. */
    public void uncodeAll(List<Long> ids, String coder) {
        store.write(s -> {
            for (long id : ids) {
                delete(s, id, coder, null);
            }
            return null;
        });
    }

    private static void delete(StoreSession s, long id, String coder, Long seen) {
        Coding c = s.codings().byId(id).orElseThrow(() -> new CaravanException("no coding with id " + id));
        claim(s, id, seen);
        s.codings().delete(id);
        Changes.record(
                s,
                Coders.nameOrDefault(coder),
                ChangeAction.CODING_REMOVE,
                Map.of(
                        "coding",
                        id,
                        "document",
                        c.documentId(),
                        "code",
                        c.codeId(),
                        "start",
                        c.start(),
                        "end",
                        c.end(),
                        "coder",
                        c.coder()));
    }

    /**
     * Removes some codings and applies others in one transaction (a disagreement resolved in a
     * consensus meeting, or that undone): all or none. Returns the new codings' ids in order.
     */
    public List<Long> replace(List<Long> remove, List<CodeRequest> add, String coder) {
        return store.write(s -> {
            for (long id : remove) {
                delete(s, id, coder, null);
            }
            return add.stream().map(r -> code(s, r)).toList();
        });
    }

    /** Sets or clears (blank) the memo of a coding. */
    public void memo(long id, String memo, String coder) {
        memo(id, memo, coder, null);
    }

    /** As {@link #memo(long, String, String)} when the coding is still at version {@code seenVersion} (null: any). */
    public void memo(long id, String memo, String coder, Long seenVersion) {
        String text = memo == null || memo.isBlank() ? null : memo.strip();
        store.write(s -> {
            Coding c = s.codings().byId(id).orElseThrow(() -> new CaravanException("no coding with id " + id));
            claim(s, id, seenVersion);
            s.codings().updateMemo(id, text);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("coding", id);
            payload.put("document", c.documentId());
            payload.put("memo", text);
            Changes.record(s, Coders.nameOrDefault(coder), ChangeAction.CODING_MEMO, payload);
            return null;
        });
    }

    private static void claim(StoreSession s, long id, Long seen) {
        Versioning.claim(
                s,
                Versions.Versioned.CODING,
                id,
                seen,
                "coding " + id,
                () -> s.codings()
                        .byId(id)
                        .map(c -> (Object) (c.coder() + " " + c.start() + "-" + c.end()
                                + (c.memo() == null ? "" : " memo: " + c.memo())))
                        .orElse(null));
    }

    /** Codings filtered by document, code (with its descendants) and coder; any may be null. */
    public List<CodingView> codings(String document, String codePath, String coder) {
        return store.read(s -> {
            Long docId =
                    document == null ? null : DocumentLookup.find(s, document).id();
            Codebook book = s.codes().codebook();
            Set<Long> codeIds = codePath == null
                    ? null
                    : book.subtree(CodeLookup.find(book, codePath)).stream()
                            .map(Code::id)
                            .collect(Collectors.toSet());
            if (coder != null && s.coders().byName(coder).isEmpty()) {
                throw new CaravanException("unknown coder '" + coder + "'; coders: "
                        + String.join(
                                ", ",
                                s.coders().all().stream().map(c -> c.name()).toList()));
            }
            List<Coding> found = s.codings().find(new CodingFilter(docId, codeIds, coder));
            Map<Long, Document> docs = new HashMap<>();
            return found.stream()
                    .map(c -> {
                        Document d = docs.computeIfAbsent(
                                c.documentId(), id -> s.documents().byId(id).orElseThrow());
                        return new CodingView(
                                c.id(),
                                d.name(),
                                book.path(c.codeId()).toString(),
                                c.coder(),
                                c.start(),
                                c.end(),
                                d.text().substring(c.start(), c.end()),
                                c.memo(),
                                c.createdAt());
                    })
                    .toList();
        });
    }
}
