package org.caravanqda.bench.port;

import java.util.List;
import java.util.Set;

/**
 * Search the way other QDA tools do it, for `caravan bench` to compare against: the coded text
 * kept beside each coding in an SQL table and scanned with LIKE.
 */
public interface LikeBaseline {
    record Row(long codingId, long documentId, long codeId, String text) {}

    /** Creates the (empty) table in the store's database. */
    void create();

    /** Adds rows to it. */
    void add(List<Row> rows);

    /** Counts the segments whose text contains {@code fragment} (case-insensitive), optionally of these codes and documents. */
    long count(String fragment, Set<Long> codeIds, Set<Long> documentIds);
}
