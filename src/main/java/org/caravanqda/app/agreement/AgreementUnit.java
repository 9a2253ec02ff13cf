package org.caravanqda.app.agreement;

import java.util.Locale;
import org.caravanqda.app.common.CaravanException;

/** What counts as one unit when coders are compared (docs/agreement.md). */
public enum AgreementUnit {
    /** Every character (UTF-16 unit) of the text; characters nobody coded agree on absence. */
    CHARACTER,
    /** Sentences of the stored text (ICU sentence rules). */
    SENTENCE,
    /** Paragraphs: the stored units split at blank lines. */
    PARAGRAPH,
    /** Speaker turns as stored at import; documents without turns contribute none. */
    TURN,
    /** Whole documents. */
    DOCUMENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AgreementUnit parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CaravanException(
                    "unknown unit '" + s + "' (use character, sentence, paragraph, turn or document)");
        }
    }
}
