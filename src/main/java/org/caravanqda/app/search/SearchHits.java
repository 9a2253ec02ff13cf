package org.caravanqda.app.search;

import java.util.List;

/** The total number of matches and the best {@code limit} hits. */
public record SearchHits(long total, List<SearchHit> hits) {}
