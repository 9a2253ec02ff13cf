package org.caravanqda.app.codebook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.Versioning;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.Versions;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Codebook;

/** Adds, edits and moves single codes (the GUI's codebook panel); each change is one change_log entry. */
final class CodebookEdits {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private CodebookEdits() {}

    static String add(StoreSession s, String parentPath, String name, String color, String coder) {
        Codebook book = s.codes().codebook();
        Code parent = parentPath == null || parentPath.isBlank() ? null : CodeLookup.find(book, parentPath);
        String clean = checkName(name);
        checkDepth(book, parent, 1);
        checkFree(book, parent == null ? null : parent.id(), clean, null);
        int order = (parent == null ? book.roots() : book.childrenOf(parent))
                        .stream().mapToInt(Code::sortOrder).max().orElse(-1)
                + 1;
        Code code = new Code(
                0,
                UUID.randomUUID().toString(),
                parent == null ? null : parent.id(),
                clean,
                checkColor(
                        color != null
                                ? color
                                : CodebookMerge.PALETTE[book.codes().size() % CodebookMerge.PALETTE.length]),
                null,
                null,
                null,
                null,
                true,
                order);
        long id = s.codes().insert(code);
        String path = CodePath.child(parent == null ? null : book.path(parent).toString(), clean);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", id);
        payload.put("path", path);
        payload.put("color", code.color());
        Changes.record(s, Coders.nameOrDefault(coder), ChangeAction.CODE_ADD, payload);
        return path;
    }

    static String edit(StoreSession s, String path, CodeEdit e, String coder) {
        return edit(s, path, e, coder, null);
    }

    /** As {@link #edit(StoreSession, String, CodeEdit, String)}, refused when the code is no longer at version {@code seen}. */
    static String edit(StoreSession s, String path, CodeEdit e, String coder, Long seen) {
        Codebook book = s.codes().codebook();
        Code old = CodeLookup.find(book, path);
        claim(s, book, old, seen);
        String name = checkName(e.name());
        checkFree(book, old.parentId(), name, old.id());
        Code updated = new Code(
                old.id(),
                old.guid(),
                old.parentId(),
                name,
                checkColor(e.color()),
                blankToNull(e.definition()),
                blankToNull(e.inclusion()),
                blankToNull(e.exclusion()),
                blankToNull(e.example()),
                old.codable(),
                old.sortOrder());
        s.codes().update(updated);
        String oldPath = book.path(old).toString();
        String newPath = CodePath.child(
                old.parentId() == null ? null : book.path(old.parentId()).toString(), name);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", old.id());
        payload.put("path", oldPath);
        payload.put("documents", documentsOf(s, book, old));
        if (!old.name().equals(name)) {
            payload.put("name", name);
        }
        if (!old.color().equalsIgnoreCase(updated.color())) {
            payload.put("color", updated.color());
        }
        Changes.record(s, Coders.nameOrDefault(coder), ChangeAction.CODE_EDIT, payload);
        return newPath;
    }

    static String move(StoreSession s, String path, String newParentPath, String coder) {
        return move(s, path, newParentPath, coder, null);
    }

    /** As {@link #move(StoreSession, String, String, String)}, refused when the code is no longer at version {@code seen}. */
    static String move(StoreSession s, String path, String newParentPath, String coder, Long seen) {
        Codebook book = s.codes().codebook();
        Code code = CodeLookup.find(book, path);
        claim(s, book, code, seen);
        Code parent = newParentPath == null || newParentPath.isBlank() ? null : CodeLookup.find(book, newParentPath);
        if (parent != null && book.subtree(code).contains(parent)) {
            throw new CaravanException("cannot move '" + book.path(code) + "' under itself or one of its sub-codes");
        }
        Long parentId = parent == null ? null : parent.id();
        checkDepth(
                book,
                parent,
                new Codebook(book.subtree(code).stream()
                                .map(c -> c.id() == code.id() ? c.withId(c.id(), null) : c)
                                .toList())
                        .depth());
        checkFree(book, parentId, code.name(), code.id());
        int order = (parent == null ? book.roots() : book.childrenOf(parent))
                        .stream().mapToInt(Code::sortOrder).max().orElse(-1)
                + 1;
        s.codes()
                .update(new Code(
                        code.id(),
                        code.guid(),
                        parentId,
                        code.name(),
                        code.color(),
                        code.definition(),
                        code.inclusion(),
                        code.exclusion(),
                        code.example(),
                        code.codable(),
                        order));
        String newPath =
                CodePath.child(parent == null ? null : book.path(parent).toString(), code.name());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code.id());
        payload.put("path", book.path(code).toString());
        payload.put("to", newPath);
        payload.put("documents", documentsOf(s, book, code));
        Changes.record(s, Coders.nameOrDefault(coder), ChangeAction.CODE_MOVE, payload);
        return newPath;
    }

    /**
     * Deletes the code and its sub-codes. A code whose subtree has codings is refused (nothing
     * changed) unless {@code force}: then those codings go too, and the result says how many.
     */
    static DeleteResult delete(StoreSession s, String path, boolean force, String coder, Long seen) {
        Codebook book = s.codes().codebook();
        Code code = CodeLookup.find(book, path);
        claim(s, book, code, seen);
        java.util.List<Code> subtree = book.subtree(code);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        subtree.forEach(c -> ids.add(c.id()));
        java.util.List<org.caravanqda.model.Coding> codings =
                s.codings().find(new org.caravanqda.app.port.CodingFilter(null, ids, null));
        java.util.List<Long> documents = codings.stream()
                .map(org.caravanqda.model.Coding::documentId)
                .distinct()
                .toList();
        String where = book.path(code).toString();
        if (!codings.isEmpty() && !force) {
            throw new CaravanException(
                    "'" + where + "'" + (subtree.size() > 1 ? " with its " + (subtree.size() - 1) + " sub-code(s)" : "")
                            + " has " + codings.size() + " coding(s) in " + documents.size()
                            + " document(s); nothing deleted. --force deletes those codings with the code(s);"
                            + " `caravan codebook merge` keeps them under another code");
        }
        codings.forEach(c -> s.codings().delete(c.id()));
        for (int i = subtree.size() - 1; i >= 0; i--) { // sub-codes before their parents
            s.codes().delete(subtree.get(i).id());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code.id());
        payload.put("path", where);
        payload.put("codes", subtree.size());
        payload.put("codings", codings.size());
        payload.put("documents", documents);
        Changes.record(s, Coders.nameOrDefault(coder), ChangeAction.CODE_DELETE, payload);
        return new DeleteResult(where, subtree.size(), codings.size(), documents.size());
    }

    /**
     * The optimistic check (ADR 0026): bumps the code's version, or refuses the edit with the code
     * as it is now when someone changed it since its user saw version {@code seen}.
     */
    static void claim(StoreSession s, Codebook book, Code code, Long seen) {
        Versioning.claim(
                s,
                Versions.Versioned.CODE,
                code.id(),
                seen,
                "the code '" + book.path(code) + "'",
                () -> s.codes().all().stream()
                        .filter(c -> c.id() == code.id())
                        .findFirst()
                        .map(c -> (Object) ("'" + new Codebook(s.codes().all()).path(c) + "' " + c.color()))
                        .orElse(null));
    }

    /**
     * The documents holding a coding of {@code code} or its sub-codes: what a change of its path
     * or colour changes in the search index, so a codebook edit re-indexes only those (issue #20).
     */
    static java.util.List<Long> documentsOf(StoreSession s, Codebook book, Code code) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        book.subtree(code).forEach(c -> ids.add(c.id()));
        return s.codings().find(new org.caravanqda.app.port.CodingFilter(null, ids, null)).stream()
                .map(org.caravanqda.model.Coding::documentId)
                .distinct()
                .sorted()
                .toList();
    }

    /** What a delete removed: codes (the code and its sub-codes), codings and the documents they were in. */
    record DeleteResult(String path, int codes, int codings, int documents) {}

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new CaravanException("a code needs a name");
        }
        String clean = name.strip();
        try {
            Code.checkName(clean);
        } catch (IllegalArgumentException e) {
            throw new CaravanException(e.getMessage());
        }
        return clean;
    }

    /** {@code levels} more under {@code parent} (null: top level) must stay within Codebook.MAX_DEPTH. */
    private static void checkDepth(Codebook book, Code parent, int levels) {
        int depth = (parent == null ? 0 : book.path(parent).depth()) + levels;
        if (depth > Codebook.MAX_DEPTH) {
            throw new CaravanException(
                    "codes can nest at most " + Codebook.MAX_DEPTH + " levels deep; this would make " + depth);
        }
    }

    private static void checkFree(Codebook book, Long parentId, String name, Long self) {
        boolean taken = book.codes().stream()
                .anyMatch(c -> java.util.Objects.equals(c.parentId(), parentId)
                        && c.name().equalsIgnoreCase(name)
                        && (self == null || c.id() != self));
        if (taken) {
            throw new CaravanException("a code named '" + name + "' already exists there");
        }
    }

    private static String checkColor(String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new CaravanException("a code colour is written #rrggbb, not '" + color + "'");
        }
        return color.toLowerCase();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
