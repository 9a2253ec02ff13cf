package org.caravanqda.model;

import java.time.Instant;

/**
 * A coding whose whole text a correction deleted (issue 21). It keeps its id, code, coder, memo
 * and the text it coded ({@code oldText}, at {@code oldStart..oldEnd} of the text revision
 * {@code revisionId} replaced) until the researcher attaches it to new text or removes it; it is
 * never silently dropped, and until then it takes part in no export, table or agreement.
 */
public record OrphanCoding(
        long id,
        String guid,
        long documentId,
        long codeId,
        String coder,
        long revisionId,
        int oldStart,
        int oldEnd,
        String oldText,
        Instant createdAt,
        String memo) {

    /** The coding this orphan was, at a new place. */
    public Coding at(int start, int end) {
        return new Coding(id, guid, documentId, codeId, coder, start, end, createdAt, memo);
    }
}
