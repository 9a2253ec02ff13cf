package org.caravanqda.analysis;

import java.util.List;
import org.caravanqda.model.CodePath;

/**
 * Code x attribute value (binned): {@code documents[code][value]} documents with the code
 * (or a descendant) among those with the value, {@code codings[code][value]} their codings.
 * {@code documentsPerValue} is each column's number of documents, the share's denominator.
 */
public record MatrixTable(
        String attribute,
        List<String> values,
        int[] documentsPerValue,
        List<CodePath> codes,
        int[][] documents,
        int[][] codings) {}
