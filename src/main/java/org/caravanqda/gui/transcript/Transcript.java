package org.caravanqda.gui.transcript;

import java.util.List;
import org.caravanqda.app.documents.DocumentTranscript;
import org.caravanqda.model.TextUnit;

/** An open document: its stored text, speaker turns and codings (all coders). */
public record Transcript(String name, String language, String text, List<TextUnit> units, List<CodingMark> codings) {
    public Transcript {
        units = List.copyOf(units);
        codings = List.copyOf(codings);
    }

    /** The document as the app's use case read it ({@code project.documents().transcript(name)}). */
    public static Transcript of(DocumentTranscript d) {
        return new Transcript(
                d.name(),
                d.language(),
                d.text(),
                d.units(),
                d.codings().stream()
                        .map(c -> new CodingMark(
                                c.id(),
                                c.codeId(),
                                c.codePath(),
                                c.codeName(),
                                c.color(),
                                c.coder(),
                                c.start(),
                                c.end(),
                                c.created(),
                                c.memo(),
                                c.version()))
                        .toList());
    }
}
