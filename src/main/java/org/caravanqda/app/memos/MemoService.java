package org.caravanqda.app.memos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.access.Versioning;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.Versions;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Memo;
import org.caravanqda.model.Memo.MemoTarget;

/**
 * Memos on the project, on documents, on codes and on codings (the memo table; a coding's own
 * memo field stays with the coding). Every change is one transaction with an audit entry, and
 * returns what undo needs.
 */
public final class MemoService {
    /** Longest title and text taken (the column's limit and a sane memo size). */
    public static final int MAX_TITLE = 500;

    public static final int MAX_TEXT = 1_000_000;

    private final ProjectStore store;

    public MemoService(ProjectStore store) {
        this.store = store;
    }

    /** What a memo is written on: the project, a document by name, a code by path, or a coding by id. */
    public record Target(MemoTarget kind, String ref) {
        public static Target project() {
            return new Target(MemoTarget.PROJECT, null);
        }

        public static Target document(String name) {
            return new Target(MemoTarget.DOCUMENT, name);
        }

        public static Target code(String path) {
            return new Target(MemoTarget.CODE, path);
        }

        public static Target coding(long id) {
            return new Target(MemoTarget.CODING, Long.toString(id));
        }
    }

    /** Writes a new memo; returns it with its id. */
    public Memo add(Target target, String title, String text, String coder) {
        String body = text(text);
        String heading = title(title);
        return store.write(s -> {
            long targetId = resolve(s, target);
            String who = Coders.ensure(s, Coders.nameOrDefault(coder));
            Memo m = new Memo(
                    0,
                    target.kind(),
                    targetId,
                    heading == null || heading.isEmpty() ? null : heading,
                    body,
                    who,
                    Instant.now());
            long id = s.memos().insert(m);
            record(s, who, ChangeAction.MEMO_ADD, id, m);
            return s.memos().find(id).orElseThrow();
        });
    }

    /** Sets a memo's title (null keeps it) and text (null keeps it); returns the memo as it was. */
    public Memo edit(long id, String title, String text, String coder) {
        return edit(id, title, text, coder, null);
    }

    /**
     * As {@link #edit(long, String, String, String)} when the memo is still at version {@code seenVersion}
     * (null: any); else a {@link org.caravanqda.app.common.StaleEditException} with the memo as it is now.
     */
    public Memo edit(long id, String title, String text, String coder, Long seenVersion) {
        String body = text == null ? null : text(text);
        String heading = title == null ? null : title(title);
        return store.write(s -> {
            Memo before = find(s, id);
            claim(s, id, seenVersion);
            Memo after = before.edited(
                    heading == null ? before.title() : heading.isEmpty() ? null : heading,
                    body == null ? before.text() : body,
                    Instant.now());
            s.memos().update(after);
            record(s, Coders.ensure(s, Coders.nameOrDefault(coder)), ChangeAction.MEMO_EDIT, id, after);
            return before;
        });
    }

    /** Puts a memo's title and text back as they were (undo of an edit). */
    public void revert(Memo before, String coder) {
        revert(before, coder, null);
    }

    /** As {@link #revert(Memo, String)} when the memo is still at version {@code seenVersion} (null: any). */
    public void revert(Memo before, String coder, Long seenVersion) {
        store.write(s -> {
            find(s, before.id());
            claim(s, before.id(), seenVersion);
            s.memos().update(before);
            record(s, Coders.ensure(s, Coders.nameOrDefault(coder)), ChangeAction.MEMO_EDIT, before.id(), before);
            return null;
        });
    }

    /** Removes a memo; returns it, for undo ({@link #restore}). */
    public Memo remove(long id, String coder) {
        return remove(id, coder, null);
    }

    /** As {@link #remove(long, String)} when the memo is still at version {@code seenVersion} (null: any). */
    public Memo remove(long id, String coder, Long seenVersion) {
        return store.write(s -> {
            Memo m = find(s, id);
            claim(s, id, seenVersion);
            s.memos().delete(id);
            record(s, Coders.ensure(s, Coders.nameOrDefault(coder)), ChangeAction.MEMO_REMOVE, id, m);
            return m;
        });
    }

    /** Puts a removed memo back under its own id (undo of a removal, of an add: {@link #remove}). */
    public void restore(Memo m, String coder) {
        store.write(s -> {
            if (s.memos().find(m.id()).isPresent()) {
                throw new CaravanException("memo " + m.id() + " exists");
            }
            if (m.coder() != null) {
                Coders.ensure(s, m.coder());
            }
            s.memos().restore(m);
            record(s, Coders.ensure(s, Coders.nameOrDefault(coder)), ChangeAction.MEMO_ADD, m.id(), m);
            return null;
        });
    }

    /** The memo's version now: what an edit names as the version its user saw. */
    public long version(long id) {
        return store.read(s -> s.versions().current(Versions.Versioned.MEMO, id).orElse(-1));
    }

    private static void claim(StoreSession s, long id, Long seen) {
        Versioning.claim(
                s,
                Versions.Versioned.MEMO,
                id,
                seen,
                "memo " + id,
                () -> s.memos()
                        .find(id)
                        .map(m -> (Object) ((m.title() == null ? "" : m.title() + ": ") + m.text()))
                        .orElse(null));
    }

    public MemoEntry show(long id) {
        return store.read(s -> entries(s, List.of(find(s, id))).get(0));
    }

    /** Every memo (of one kind when {@code kind} is not null) whose text matches {@code filter}, in order. */
    public List<MemoEntry> list(MemoTarget kind, String filter) {
        return store.read(s ->
                entries(
                                s,
                                s.memos().all().stream()
                                        .filter(m -> kind == null || m.target() == kind)
                                        .toList())
                        .stream()
                        .filter(e -> e.matches(filter))
                        .toList());
    }

    /** The memos of one target (a document's, a code's, the project's when {@code target} is the project). */
    public List<MemoEntry> of(Target target) {
        return store.read(s -> entries(s, s.memos().of(target.kind(), resolve(s, target))));
    }

    /** The memos on one document, by its id (the transcript's title). */
    public List<Memo> ofDocument(long documentId) {
        return store.read(s -> s.memos().of(MemoTarget.DOCUMENT, documentId));
    }

    /**
     * The codings of a document that carry a memo, their own memo field or memos on them: the
     * transcript's margin marks them.
     */
    public List<Long> codingsWithMemos(long documentId) {
        return store.read(s -> {
            List<Long> ids = new ArrayList<>();
            for (Coding c : s.codings().find(new org.caravanqda.app.port.CodingFilter(documentId, null, null))) {
                if ((c.memo() != null && !c.memo().isBlank())
                        || !s.memos().of(MemoTarget.CODING, c.id()).isEmpty()) {
                    ids.add(c.id());
                }
            }
            return ids;
        });
    }

    /** The memos as a table (the export's Memos sheet, {@code caravan memo list --format csv}). */
    public static DataTable table(List<MemoEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (MemoEntry e : entries) {
            Memo m = e.memo();
            rows.add(Arrays.asList(
                    m.id(),
                    m.target().name().toLowerCase(java.util.Locale.ROOT),
                    e.target(),
                    m.title(),
                    m.text(),
                    m.coder(),
                    m.createdAt(),
                    m.updatedAt()));
        }
        return new DataTable(
                "Memos",
                List.of("id", "on", "target", "title", "memo", "author", "created", "edited"),
                rows,
                3,
                List.of());
    }

    /** For exports: the memos on the project, on every code, and on the given documents and their codings. */
    public static List<MemoEntry> forExport(StoreSession s, java.util.Collection<Long> documentIds) {
        java.util.Set<Long> docs = new java.util.HashSet<>(documentIds);
        return entries(s, s.memos().all()).stream()
                .filter(e -> switch (e.memo().target()) {
                    case PROJECT, CODE -> true;
                    case DOCUMENT, CODING -> e.documentId() != null && docs.contains(e.documentId());
                })
                .toList();
    }

    static List<MemoEntry> entries(StoreSession s, List<Memo> memos) {
        Codebook book = null;
        Map<Long, String> docNames = null;
        Map<Long, Optional<Coding>> codings = new HashMap<>();
        List<MemoEntry> out = new ArrayList<>();
        for (Memo m : memos) {
            switch (m.target()) {
                case PROJECT -> out.add(new MemoEntry(m, "project", null, null, null, null, null, null));
                case DOCUMENT -> {
                    docNames = docNames == null ? documentNames(s) : docNames;
                    String name = docNames.get(m.targetId());
                    out.add(new MemoEntry(
                            m,
                            name == null ? "(removed document)" : name,
                            name == null ? null : m.targetId(),
                            name,
                            null,
                            null,
                            null,
                            null));
                }
                case CODE -> {
                    book = book == null ? s.codes().codebook() : book;
                    Codebook b = book;
                    String path =
                            b.byId(m.targetId()).map(c -> b.path(c).toString()).orElse(null);
                    out.add(new MemoEntry(
                            m,
                            path == null ? "(removed code)" : path,
                            null,
                            null,
                            path == null ? null : m.targetId(),
                            null,
                            null,
                            null));
                }
                case CODING -> {
                    book = book == null ? s.codes().codebook() : book;
                    docNames = docNames == null ? documentNames(s) : docNames;
                    Optional<Coding> c = codings.computeIfAbsent(
                            m.targetId(), id -> s.codings().byId(id));
                    if (c.isEmpty()) {
                        out.add(new MemoEntry(m, "(removed coding)", null, null, null, null, null, null));
                    } else {
                        Coding x = c.get();
                        Codebook b = book;
                        String code = b.byId(x.codeId())
                                .map(k -> b.path(k).toString())
                                .orElse("?");
                        out.add(new MemoEntry(
                                m,
                                "coding " + x.id() + " (" + code + ") in " + docNames.get(x.documentId()),
                                x.documentId(),
                                docNames.get(x.documentId()),
                                x.codeId(),
                                x.id(),
                                x.start(),
                                x.end()));
                    }
                }
            }
        }
        Map<Long, Long> versions = s.versions()
                .current(
                        org.caravanqda.app.port.Versions.Versioned.MEMO,
                        memos.stream().map(Memo::id).toList());
        return out.stream().map(e -> e.at(versions.getOrDefault(e.id(), -1L))).toList();
    }

    private static Map<Long, String> documentNames(StoreSession s) {
        Map<Long, String> names = new HashMap<>();
        for (DocumentSummary d : s.documents().summaries()) {
            names.put(d.id(), d.name());
        }
        return names;
    }

    private static long resolve(StoreSession s, Target t) {
        return switch (t.kind()) {
            case PROJECT -> 0L;
            case DOCUMENT -> DocumentLookup.find(s, t.ref()).id();
            case CODE -> CodeLookup.find(s.codes().codebook(), t.ref()).id();
            case CODING -> {
                long id;
                try {
                    id = Long.parseLong(t.ref().strip());
                } catch (NumberFormatException | NullPointerException e) {
                    throw new CaravanException(
                            "a coding is named by its id (see: caravan codings), not '" + t.ref() + "'");
                }
                yield s.codings()
                        .byId(id)
                        .orElseThrow(() -> new CaravanException("no coding with id " + id))
                        .id();
            }
        };
    }

    private static Memo find(StoreSession s, long id) {
        return s.memos()
                .find(id)
                .orElseThrow(() -> new CaravanException("no memo with id " + id + " (see: caravan memo list)"));
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new CaravanException("a memo needs a text");
        }
        if (text.length() > MAX_TEXT) {
            throw new CaravanException("a memo holds at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static String title(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        if (t.length() > MAX_TITLE) {
            throw new CaravanException("a memo title holds at most " + MAX_TITLE + " characters");
        }
        return t;
    }

    private static void record(StoreSession s, String coder, ChangeAction action, long id, Memo m) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memo", id);
        payload.put("on", m.target().name().toLowerCase(java.util.Locale.ROOT));
        payload.put("target", m.targetId());
        Changes.record(s, coder, action, payload);
    }
}
