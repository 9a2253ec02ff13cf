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

    /** With one more warning (a step after the commit that failed). */
    RefiImportReport withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new RefiImportReport(
                file,
                origin,
                documents,
                codesAdded,
                codesUpdated,
                codings,
                coders,
                memos,
                cases,
                attributeValues,
                all,
                notImported);
    }
}
