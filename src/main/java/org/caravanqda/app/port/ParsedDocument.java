package org.caravanqda.app.port;

import java.util.List;
import java.util.Map;
import org.caravanqda.model.TextUnit;

/**
 * What a reader makes of one file: the NFC-normalized text, its units (turns or paragraphs,
 * offsets into {@code text}, in order, not overlapping) and metadata found in the file (e.g.
 * Markdown front matter) that is not content.
 */
public record ParsedDocument(String text, List<TextUnit> units, Map<String, String> metadata) {
    public ParsedDocument {
        units = List.copyOf(units);
        metadata = Map.copyOf(metadata);
    }
}
