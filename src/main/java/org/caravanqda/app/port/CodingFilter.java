package org.caravanqda.app.port;

import java.util.Set;

/** Which codings to fetch; null or empty fields mean "any". */
public record CodingFilter(Long documentId, Set<Long> codeIds, String coder) {
    public static final CodingFilter ALL = new CodingFilter(null, null, null);
}
