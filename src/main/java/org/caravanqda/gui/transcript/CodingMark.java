package org.caravanqda.gui.transcript;

import java.time.Instant;

/** A coding as the transcript shows it: span, code (path, name, colour), coder, date, memo. */
public record CodingMark(
        long id,
        long codeId,
        String codePath,
        String codeName,
        String color,
        String coder,
        int start,
        int end,
        Instant created,
        String memo,
        long version) {
    /** A coding whose version this window did not read (-1: its edits name none). */
    public CodingMark(
            long id,
            long codeId,
            String codePath,
            String codeName,
            String color,
            String coder,
            int start,
            int end,
            Instant created,
            String memo) {
        this(id, codeId, codePath, codeName, color, coder, start, end, created, memo, -1);
    }

    /** The version this window showed, as an edit names it (null: unknown, no check). */
    public Long seenVersion() {
        return version < 0 ? null : version;
    }

    public boolean covers(int position) {
        return start <= position && position < end;
    }

    public int length() {
        return end - start;
    }
}
