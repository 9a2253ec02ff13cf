package org.caravanqda.app.refi;

import java.nio.file.Path;
import java.util.List;

/** What a .qdpx export wrote, and what the receiving tool may read differently ({@code warnings}). */
public record RefiExportSummary(
        Path file,
        int documents,
        int codes,
        int codings,
        int coders,
        int memos,
        int cases,
        int attributeValues,
        List<String> warnings,
        org.caravanqda.app.pseudonym.Pseudonymization pseudonyms) {
    public RefiExportSummary {
        warnings = List.copyOf(warnings);
    }
}
