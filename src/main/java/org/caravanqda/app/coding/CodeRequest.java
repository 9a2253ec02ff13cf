package org.caravanqda.app.coding;

/**
 * A coding to make: by offsets (start, end) or by an exact quote and its occurrence (1-based).
 */
public record CodeRequest(
        String document,
        Integer start,
        Integer end,
        String quote,
        Integer occurrence,
        String codePath,
        String coder,
        String memo) {}
