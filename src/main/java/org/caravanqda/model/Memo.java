package org.caravanqda.model;

import java.time.Instant;

/** A free memo on the project, a document, a code or a coding. */
public record Memo(
        long id, MemoTarget target, long targetId, String title, String text, String coder, Instant createdAt) {
    public enum MemoTarget {
        PROJECT,
        DOCUMENT,
        CODE,
        CODING
    }
}
