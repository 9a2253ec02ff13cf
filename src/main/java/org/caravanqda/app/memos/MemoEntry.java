package org.caravanqda.app.memos;

import org.caravanqda.model.Memo;

/**
 * A memo with what it is about, for lists and to open it: {@code target} names it ("project",
 * a document's name, a code's path, or "coding 12 (Code path) in Document"); {@code documentId},
 * {@code document} (its name), {@code codeId}, {@code codingId}, {@code start} and {@code end}
 * say where it opens (null when
 * it has no such place, or its target was removed since).
 */
public record MemoEntry(
        Memo memo,
        String target,
        Long documentId,
        String document,
        Long codeId,
        Long codingId,
        Integer start,
        Integer end,
        long version) {
    /** An entry whose memo's version was not read (-1: its edits name none). */
    public MemoEntry(
            Memo memo,
            String target,
            Long documentId,
            String document,
            Long codeId,
            Long codingId,
            Integer start,
            Integer end) {
        this(memo, target, documentId, document, codeId, codingId, start, end, -1);
    }

    /** The memo's version as read with the list, as an edit names it (null: unknown, no check). */
    public Long seenVersion() {
        return version < 0 ? null : version;
    }

    MemoEntry at(long v) {
        return new MemoEntry(memo, target, documentId, document, codeId, codingId, start, end, v);
    }

    public long id() {
        return memo.id();
    }

    /** Whether the memo's title, text, target or author contains {@code text} (any letter case); blank: all. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return contains(memo.title(), t)
                || contains(memo.text(), t)
                || contains(target, t)
                || contains(memo.coder(), t);
    }

    private static boolean contains(String s, String lower) {
        return s != null && s.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }
}
