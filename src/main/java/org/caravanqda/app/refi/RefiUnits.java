package org.caravanqda.app.refi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;

/**
 * Units (speaker turns, paragraphs) of an imported text, found by the same .txt reader a plain
 * import uses, so a round trip keeps the speakers. REFI-QDA carries no units. The reader reads
 * files, so the text passes through a hidden file inside the project folder (which holds the
 * text anyway), deleted at once; when the reader would change the text, plain paragraphs are used.
 */
final class RefiUnits {
    private final DocumentReader txt;
    private final Path dir;

    RefiUnits(DocumentReader txt, Path dir) {
        this.txt = txt;
        this.dir = dir;
    }

    List<TextUnit> of(String text) {
        if (txt != null && dir != null) {
            Path tmp = null;
            try {
                tmp = Files.createTempFile(dir, ".refi-import-", ".txt");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                ParsedDocument d = txt.read(tmp);
                if (d.text().equals(text)) {
                    return d.units();
                }
            } catch (IOException | RuntimeException e) {
                // fall back to paragraphs: units help searching, they are not the data
            } finally {
                deleteQuietly(tmp);
            }
        }
        return RefiText.paragraphs(text);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ignored) {
            // a hidden leftover in the project folder; nothing to do
        }
    }
}
