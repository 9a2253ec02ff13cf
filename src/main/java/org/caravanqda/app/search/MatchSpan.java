package org.caravanqda.app.search;

/** Where a query matched, in document offsets (a term, or a whole phrase). */
public record MatchSpan(long documentId, int start, int end) {}
