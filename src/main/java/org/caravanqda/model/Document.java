package org.caravanqda.model;

import java.time.Instant;

/** An imported transcript. {@code text} is NFC-normalized; every offset in Caravan indexes it. */
public record Document(
        long id,
        String guid,
        String name,
        String language,
        String text,
        String textHash,
        int words,
        Instant importedAt,
        String sourceFile,
        String memo) {

    /** The name without its extension: {@code --document} accepts it when unambiguous. */
    public String baseName() {
        return DocumentNames.withoutExtension(name);
    }
}
