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
        String memo) {
    public boolean covers(int position) {
        return start <= position && position < end;
    }

    public int length() {
        return end - start;
    }
}
