package org.caravanqda.io.text;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.Span;

/**
 * Finds paragraphs in plain text: blocks separated by blank lines, where a line that opens with
 * a speaker label also starts a new paragraph (transcripts often have one turn per line with no
 * blank lines between); in a transcript with one utterance per line and no blank lines, every
 * line ({@link #oneUtterancePerLine}). Spans are trimmed of surrounding whitespace and never empty.
 */
final class Paragraphs {
    private Paragraphs() {}

    /** Fewest lines for which a file without blank lines is read one paragraph per line. */
    static final int MIN_LINES = 5;

    static List<Span> of(String text) {
        return oneUtterancePerLine(text) ? lines(text) : within(text, 0, text.length());
    }

    /**
     * Whether the text is a transcript with one utterance per line (subtitle and speech-recognition
     * exports, oTranscribe, Word's transcription): no blank line between its lines, at least
     * {@link #MIN_LINES} lines, and not prose hard-wrapped at a fixed width (most lines nearly
     * as long as the longest, which is at most 100 characters). NVivo and MAXQDA make each such
     * line a paragraph; so does Caravan.
     */
    static boolean oneUtterancePerLine(String text) {
        List<Span> lines = lines(text);
        if (lines.size() < MIN_LINES) {
            return false;
        }
        Span first = lines.get(0);
        Span last = lines.get(lines.size() - 1);
        // a blank line between the first and the last line: blank-line paragraphs as before
        String body = text.substring(first.start(), last.end());
        if (body.contains("\n\n") || body.contains("\r\n\r\n") || body.contains("\r\r") || hasBlankLine(body)) {
            return false;
        }
        int longest = lines.stream().mapToInt(Span::length).max().orElse(0);
        long full = lines.stream().filter(l -> l.length() * 4 >= longest * 3).count();
        boolean hardWrapped = longest <= 100 && full * 10 >= (lines.size() - 1) * 8L;
        return !hardWrapped;
    }

    private static boolean hasBlankLine(String body) {
        for (String line : body.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Every non-blank line, trimmed. */
    static List<Span> lines(String text) {
        List<Span> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            addTrimmed(text, lineStart, lineEnd, result);
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return result;
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
            // the line is copied out only where a label may open a turn inside a block: copying every line of
            // every file cost about half a gigabyte of garbage in a 1,000-file import (docs/performance.md)
            if (isBlank(text, lineStart, lineEnd)) {
                addTrimmed(text, blockStart, lineStart, result);
                blockStart = -1;
            } else if (blockStart < 0) {
                blockStart = lineStart;
            } else if (opensTurn(text.substring(lineStart, lineEnd))) {
                addTrimmed(text, blockStart, lineStart, result);
                blockStart = lineStart;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        addTrimmed(text, blockStart, to, result);
        return result;
    }

    /** {@link String#isBlank} of {@code text[from, to)}, without the copy. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A line that starts with a speaker-like label; lower-case phrases ending in ':' do not split. */
    static boolean opensTurn(String line) {
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
