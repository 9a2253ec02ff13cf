package org.caravanqda.app.imports;

import java.util.List;

/** What an import did: documents added and files passed over (with why). */
public record ImportReport(List<Imported> documents, List<String> skipped, int attributeValues) {
    /** {@code warnings}: what the researcher should check (e.g. a text without punctuation). */
    public record Imported(
            String name, String language, int words, int units, List<String> speakers, List<String> warnings) {}

    public long words() {
        return documents.stream().mapToLong(Imported::words).sum();
    }
}
