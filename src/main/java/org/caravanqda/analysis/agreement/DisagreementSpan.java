package org.caravanqda.analysis.agreement;

import java.util.List;

/**
 * A unit (or, at character level, a maximal stretch) where coders differ: {@code rowsByCoder}
 * gives the compared codes each coder applied there (null for a coder who did not code the
 * document).
 */
public record DisagreementSpan(int start, int end, List<List<Integer>> rowsByCoder) {}
