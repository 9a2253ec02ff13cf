package org.caravanqda.app;

import java.nio.file.Path;

/**
 * An export: the file (its extension picks the format; a bare file name goes to the project's
 * exports/ folder), which codings, how many context words around each segment, for CSV a BOM,
 * optionally an inter-coder comparison written as Agreement and Disagreements sheets, and
 * whether to write real names although the project has a pseudonym list (ADR 0009).
 */
public record ExportRequest(Path out, Selection selection, int contextWords, boolean byteOrderMark,
                            AgreementRequest agreement, boolean realNames) {
    public static final int MAX_CONTEXT_WORDS = 200;

    public ExportRequest {
        selection = selection == null ? Selection.all() : selection;
        if (contextWords < 0 || contextWords > MAX_CONTEXT_WORDS) {
            throw new CaravanException("context words must be between 0 and " + MAX_CONTEXT_WORDS);
        }
    }

    /** Pseudonymized when the project has a pseudonym list. */
    public ExportRequest(Path out, Selection selection, int contextWords, boolean byteOrderMark,
                         AgreementRequest agreement) {
        this(out, selection, contextWords, byteOrderMark, agreement, false);
    }

    public ExportRequest(Path out, Selection selection, int contextWords, boolean byteOrderMark) {
        this(out, selection, contextWords, byteOrderMark, null);
    }
}
