package org.caravanqda.app.search;

import org.caravanqda.app.common.CaravanException;

/** What auto-coding codes around each hit: the hit itself, its sentence, its turn, or its paragraph. */
public enum AutocodeUnit {
    HIT,
    SENTENCE,
    TURN,
    PARAGRAPH;

    public static AutocodeUnit parse(String s) {
        try {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CaravanException("unknown unit '" + s + "' (use hit, sentence, turn or paragraph)");
        }
    }
}
