package org.caravanqda.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.analysis.Sentences;
import org.caravanqda.model.Span;

/**
 * The units of the unit-level comparisons, as spans of the stored text: sentences ({@link
 * Sentences}, the splitter auto-coding uses too),
 * paragraphs (stored units split at blank lines) and the whole document. Spans are trimmed of
 * surrounding whitespace and never empty.
 */
public final class UnitSpans {
    private UnitSpans() {}

    public static List<Span> sentences(String text, String language) {
        return Sentences.of(text, language);
    }

    /** Each stored unit split where a blank line separates two paragraphs (a turn may hold several). */
    public static List<Span> paragraphs(String text, List<Span> storedUnits) {
        List<Span> out = new ArrayList<>();
        for (Span unit : storedUnits) {
            int blockStart = unit.start();
            int lineStart = unit.start();
            boolean blankSeen = false;
            while (lineStart < unit.end()) {
                int lineEnd = lineStart;
                while (lineEnd < unit.end() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                    lineEnd++;
                }
                boolean blank = text.substring(lineStart, lineEnd).isBlank();
                if (blank) {
                    blankSeen = true;
                } else if (blankSeen) {
                    addTrimmed(text, blockStart, lineStart, out);
                    blockStart = lineStart;
                    blankSeen = false;
                }
                lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
            }
            addTrimmed(text, blockStart, unit.end(), out);
        }
        return out;
    }

    public static List<Span> document(String text) {
        List<Span> out = new ArrayList<>();
        addTrimmed(text, 0, text.length(), out);
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Span span = Span.trimmed(text, start, end);
        if (span.length() > 0) {
            out.add(span);
        }
    }
}
