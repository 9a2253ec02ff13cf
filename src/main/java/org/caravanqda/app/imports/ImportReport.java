package org.caravanqda.app.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: documents added and files passed over (with why); {@code warnings}: what
 * failed after the import was committed (the search index), which the import does not undo.
 */
public record ImportReport(List<Imported> documents, List<String> skipped, int attributeValues, List<String> warnings) {
    /** {@code warnings}: what the researcher should check in this document (e.g. a text without punctuation). */
    public record Imported(
            String name, String language, int words, int units, List<String> speakers, List<String> warnings) {}

    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    public long words() {
        return documents.stream().mapToLong(Imported::words).sum();
    }

    ImportReport withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new ImportReport(documents, skipped, attributeValues, all);
    }
}
