package org.caravanqda.app.export;

import java.nio.file.Path;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.pseudonym.PseudonymChoice;

/**
 * An export: the file (its extension picks the format; a bare file name goes to the project's
 * exports/ folder), which codings, how many context words around each segment, for CSV a BOM,
 * optionally an inter-coder comparison written as Agreement and Disagreements sheets, and
 * which names to write: the project's pseudonyms (default), more for this export, or real names (ADR 0009).
 */
public record ExportRequest(
        Path out,
        Selection selection,
        int contextWords,
        boolean byteOrderMark,
        AgreementRequest agreement,
        PseudonymChoice pseudonyms) {
    public static final int MAX_CONTEXT_WORDS = 200;

    public ExportRequest {
        selection = selection == null ? Selection.all() : selection;
        pseudonyms = pseudonyms == null ? PseudonymChoice.PROJECT_LIST : pseudonyms;
        if (contextWords < 0 || contextWords > MAX_CONTEXT_WORDS) {
            throw new CaravanException("context words must be between 0 and " + MAX_CONTEXT_WORDS);
        }
    }

    /** Pseudonymized when the project has a pseudonym list. */
    public ExportRequest(
            Path out, Selection selection, int contextWords, boolean byteOrderMark, AgreementRequest agreement) {
        this(out, selection, contextWords, byteOrderMark, agreement, PseudonymChoice.PROJECT_LIST);
    }

    public ExportRequest(Path out, Selection selection, int contextWords, boolean byteOrderMark) {
        this(out, selection, contextWords, byteOrderMark, null);
    }
}
