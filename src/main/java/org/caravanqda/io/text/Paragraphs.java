package org.caravanqda.io.text;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.Span;

/**
 * Finds paragraphs in plain text: blocks separated by blank lines, where a line that opens with
 * a speaker label also starts a new paragraph (transcripts often have one turn per line with no
 * blank lines between). Spans are trimmed of surrounding whitespace and never empty.
 */
final class Paragraphs {
    private Paragraphs() {}

    static List<Span> of(String text) {
        return within(text, 0, text.length());
    }

    /** Paragraphs of {@code text[from, to)}. */
    static List<Span> within(String text, int from, int to) {
        List<Span> result = new ArrayList<>();
        int blockStart = -1;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineStart;
            while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++; // CR alone ends a line too (old Mac files)
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                addTrimmed(text, blockStart, lineStart, result);
                blockStart = -1;
            } else if (blockStart < 0) {
                blockStart = lineStart;
            } else if (opensTurn(line)) {
                addTrimmed(text, blockStart, lineStart, result);
                blockStart = lineStart;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        addTrimmed(text, blockStart, to, result);
        return result;
    }

    /** A line that starts with a speaker-like label; lower-case phrases ending in ':' do not split. */
    private static boolean opensTurn(String line) {
        SpeakerLabel label = SpeakerLabel.parse(line.strip());
        return label != null && (label.known() || label.shape() != SpeakerLabel.Shape.OTHER);
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        if (start < 0) {
            return;
        }
        Span span = Span.trimmed(text, start, end);
        if (span.length() > 0) {
            out.add(span);
        }
    }
}
