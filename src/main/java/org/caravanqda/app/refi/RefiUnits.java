package org.caravanqda.app.refi;

import java.util.List;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;

/**
 * Units (speaker turns, paragraphs) of an imported text, found by the same .txt reader a plain
 * import uses, so a round trip keeps the speakers. REFI-QDA carries no units. The text is parsed
 * in memory (no temporary file: an encrypted project's text must not reach the disk in the
 * clear); when the reader would change the text, plain paragraphs are used.
 */
final class RefiUnits {
    private final DocumentReader txt;

    RefiUnits(DocumentReader txt) {
        this.txt = txt;
    }

    List<TextUnit> of(String text) {
        if (txt != null) {
            try {
                ParsedDocument d = txt.parse(text);
                if (d != null && d.text().equals(text)) {
                    return d.units();
                }
            } catch (RuntimeException e) {
                // fall back to paragraphs: units help searching, they are not the data
            }
        }
        return RefiText.paragraphs(text);
    }
}
