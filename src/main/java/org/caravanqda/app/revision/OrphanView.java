package org.caravanqda.app.revision;

import java.time.Instant;

/** An orphaned coding as listed: its id, document, code path, coder, the text it coded and when that text went. */
public record OrphanView(
        long id,
        String document,
        String code,
        String coder,
        String text,
        long revision,
        Instant orphanedAt,
        String memo) {}
