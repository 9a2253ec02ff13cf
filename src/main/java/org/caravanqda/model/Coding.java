package org.caravanqda.model;

import java.time.Instant;

/** One application of a code to a span of a document by a coder. Overlaps are allowed. */
public record Coding(
        long id,
        String guid,
        long documentId,
        long codeId,
        String coder,
        int start,
        int end,
        Instant createdAt,
        String memo) {
    public Span span() {
        return new Span(start, end);
    }
}
