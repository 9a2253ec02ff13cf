package org.caravanqda.app.search;

import java.util.List;

/**
 * One hit: a segment, unit or document, with offsets into the document text; {@code text} is
 * the segment or unit (a short excerpt for a document); {@code snippet} marks matches with **.
 */
public record SearchHit(
        long documentId,
        String document,
        int start,
        int end,
        String speaker,
        List<String> codes,
        String coder,
        String text,
        String snippet,
        float score) {}
