package org.caravanqda.model;

import java.time.Instant;

/**
 * A free memo on the project, a document, a code or a coding. {@code targetId} is 0 for the
 * project; {@code updatedAt} is null until the memo is edited.
 */
public record Memo(
        long id,
        MemoTarget target,
        long targetId,
        String title,
        String text,
        String coder,
        Instant createdAt,
        Instant updatedAt) {
    public enum MemoTarget {
        PROJECT,
        DOCUMENT,
        CODE,
        CODING
    }

    /** A memo as written, never edited. */
    public Memo(long id, MemoTarget target, long targetId, String title, String text, String coder, Instant createdAt) {
        this(id, target, targetId, title, text, coder, createdAt, null);
    }

    /** This memo with a new title and text, changed at {@code at}. */
    public Memo edited(String newTitle, String newText, Instant at) {
        return new Memo(id, target, targetId, newTitle, newText, coder, createdAt, at);
    }
}
