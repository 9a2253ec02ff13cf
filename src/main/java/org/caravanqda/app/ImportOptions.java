package org.caravanqda.app;

import java.nio.file.Path;

/** {@code language} null means: detect per document; {@code attributes} an optional CSV. */
public record ImportOptions(String language, Path attributes, String coder) {
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null);
    }
}
