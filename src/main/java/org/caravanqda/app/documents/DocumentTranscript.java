package org.caravanqda.app.documents;

import java.time.Instant;
import java.util.List;
import org.caravanqda.model.TextUnit;

/**
 * A document as a reader of it sees it: its stored text, its turns and paragraphs, and every
 * coding on it (all coders) with its code's path, name and colour.
 */
public record DocumentTranscript(
        String name, String language, String text, List<TextUnit> units, List<DocumentTranscript.Coding> codings) {
    public DocumentTranscript {
        units = List.copyOf(units);
        codings = List.copyOf(codings);
    }

    /** One coding: its span in the stored text, its code (id, path, name, colour), coder, date and memo. */
    public record Coding(
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
        /** A coding whose version was not read (-1: an edit of it names none). */
        public Coding(
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
    }
}
