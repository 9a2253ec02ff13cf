package org.caravanqda.analysis;

import java.util.List;
import org.caravanqda.model.CodePath;

/**
 * Codings per code and document. Each row counts the code together with its descendants:
 * codings, words covered (overlapping codings count once) and documents with the code.
 */
public record FrequencyTable(List<String> documents, List<Row> rows, Row total) {

    /** {@code path} is null for the total row; {@code perDocument} follows {@link #documents}. */
    public record Row(CodePath path, int codings, int words, int documentsWithCode, int[] perDocument) {}
}
