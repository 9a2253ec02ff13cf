package org.caravanqda.model;

import java.time.Instant;
import java.util.List;

/**
 * One correction of a document's text: the text it replaced ({@code oldText}, with its hash) and
 * where each coding was in that text, so the edit can be audited and reverted. {@code sourceFile}
 * is the file the new text came from (null when it was edited in the window).
 */
public record DocumentRevision(
        long id,
        long documentId,
        Instant replacedAt,
        String coder,
        String sourceFile,
        String oldText,
        String oldHash,
        List<Placement> placements) {
    public DocumentRevision {
        placements = List.copyOf(placements);
    }

    /** Where the coding {@code codingId} was in the old text. */
    public record Placement(long codingId, int start, int end) {}
}
