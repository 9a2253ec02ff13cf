package org.caravanqda.app.refi;

import java.util.List;

/**
 * What a REFI-QDA import brought over, what needed a guess ({@code warnings}) and every element
 * that could not be brought over ({@code notImported}): the standard (section 7) asks that the
 * user be told about data loss, and nothing is dropped silently.
 */
public record RefiImportReport(
        String file,
        String origin,
        int documents,
        int codesAdded,
        int codesUpdated,
        int codings,
        int coders,
        int memos,
        int cases,
        int attributeValues,
        List<String> warnings,
        List<String> notImported) {
    public RefiImportReport {
        warnings = List.copyOf(warnings);
        notImported = List.copyOf(notImported);
    }
}
