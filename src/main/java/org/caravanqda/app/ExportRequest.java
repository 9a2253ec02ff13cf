package org.caravanqda.app;

import java.nio.file.Path;

/**
 * An export: the file (its extension picks the format; a bare file name goes to the project's
 * exports/ folder), which codings, how many context words around each segment, and for CSV a BOM.
 */
public record ExportRequest(Path out, Selection selection, int contextWords, boolean byteOrderMark) {
    public static final int MAX_CONTEXT_WORDS = 200;

    public ExportRequest {
        selection = selection == null ? Selection.all() : selection;
        if (contextWords < 0 || contextWords > MAX_CONTEXT_WORDS) {
            throw new CaravanException("context words must be between 0 and " + MAX_CONTEXT_WORDS);
        }
    }
}
