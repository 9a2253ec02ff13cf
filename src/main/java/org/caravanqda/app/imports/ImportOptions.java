package org.caravanqda.app.imports;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.model.Languages;

/**
 * {@code language} null means: detect per document; {@code attributes} an optional CSV;
 * {@code read} the researcher's corrections of encoding and speakers.
 */
public record ImportOptions(String language, Path attributes, String coder, ReadOptions read) {
    public ImportOptions {
        read = read == null ? ReadOptions.DETECT : read;
    }

    public ImportOptions(String language, Path attributes, String coder) {
        this(language, attributes, coder, ReadOptions.DETECT);
    }

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
