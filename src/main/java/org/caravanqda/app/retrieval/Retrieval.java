package org.caravanqda.app.retrieval;

import java.util.List;

/** What a retrieval found: its rows in document and offset order, and how many documents they come from. */
public record Retrieval(RetrievalRequest request, List<RetrievedSegment> segments, int documents) {
    public Retrieval {
        segments = List.copyOf(segments);
    }
}
