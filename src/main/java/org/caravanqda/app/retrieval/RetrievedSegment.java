package org.caravanqda.app.retrieval;

import java.time.Instant;
import java.util.List;

/**
 * One row of a retrieval: a coding (ANY), or a passage where codings of all the requested codes
 * overlap (ALL: {@code codingIds} are the codings that form it, {@code codingId} is 0). Offsets are
 * UTF-16 positions in the stored text, {@code text} is that span; {@code before} and {@code after}
 * are a few words of context. Names are real names: a view applies pseudonyms for display.
 * {@code version} is a single coding's version as read (-1 for an overlap of several).
 */
public record RetrievedSegment(
        long codingId,
        List<Long> codingIds,
        String document,
        String speaker,
        String coder,
        Instant created,
        String memo,
        long codeId,
        String codePath,
        String color,
        String text,
        String before,
        String after,
        int start,
        int end,
        long version) {
    public RetrievedSegment {
        codingIds = List.copyOf(codingIds);
    }

    /** Whether the row is one coding (which can be recoded, removed or given a memo), not an overlap of several. */
    public boolean single() {
        return codingId != 0;
    }
}
