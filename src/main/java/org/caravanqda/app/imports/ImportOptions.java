package org.caravanqda.app.imports;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Languages;

/** {@code language} null means: detect per document; {@code attributes} an optional CSV. */
public record ImportOptions(String language, Path attributes, String coder) {
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null);
    }

    /** Refuses a language Caravan cannot analyse, before anything is read. */
    public static void checkLanguage(String language) {
        if (language != null && !Languages.SUPPORTED.contains(language)) {
            throw new CaravanException(
                    "unknown language '" + language + "' (use one of " + String.join(", ", Languages.SUPPORTED) + ")");
        }
    }
}
