package org.caravanqda.app.coding;

import java.time.Instant;

/** A coding as listings show it: names instead of ids, with its coded text. */
public record CodingView(
        long id,
        String document,
        String code,
        String coder,
        int start,
        int end,
        String text,
        String memo,
        Instant created) {}
