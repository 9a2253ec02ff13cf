package org.caravanqda.gui.transcript;

import java.util.List;
import org.caravanqda.model.TextUnit;

/** An open document: its stored text, speaker turns and codings (all coders). */
public record Transcript(String name, String language, String text, List<TextUnit> units, List<CodingMark> codings) {
    public Transcript {
        units = List.copyOf(units);
        codings = List.copyOf(codings);
    }
}
