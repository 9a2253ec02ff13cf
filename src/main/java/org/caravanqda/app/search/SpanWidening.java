package org.caravanqda.app.search;

import java.util.List;
import org.caravanqda.analysis.Sentences;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;

/** Widens a hit to the unit auto-coding codes: sentence, paragraph or turn, never beyond its turn. */
final class SpanWidening {
    private SpanWidening() {}

    static Span widen(String text, List<TextUnit> units, Span hit, AutocodeUnit unit, String language) {
        TextUnit container = units.stream()
                .filter(u -> u.start() <= hit.start() && hit.end() <= u.end())
                .findFirst()
                .orElse(null);
        int lo = container == null ? 0 : container.start();
        int hi = container == null ? text.length() : container.end();
        return switch (unit) {
            case HIT -> hit;
            case TURN -> Span.trimmed(text, lo, hi);
            case PARAGRAPH -> paragraph(text, lo, hi, hit);
            case SENTENCE -> sentence(text, lo, hi, hit, language);
        };
    }

    /** Paragraphs are separated by a blank line (a line holding only whitespace). */
    private static Span paragraph(String text, int lo, int hi, Span hit) {
        int start = hit.start();
        while (start > lo && !blankLineBefore(text, start, lo)) {
            start--;
        }
        int end = hit.end();
        while (end < hi && !blankLineAfter(text, end, hi)) {
            end++;
        }
        return Span.trimmed(text, start, end);
    }

    private static boolean blankLineBefore(String text, int i, int lo) {
        return i - 1 >= lo && text.charAt(i - 1) == '\n' && lineIsBlankEndingAt(text, i - 1, lo);
    }

    private static boolean lineIsBlankEndingAt(String text, int newline, int lo) {
        for (int k = newline - 1; k >= lo; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean blankLineAfter(String text, int i, int hi) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        for (int k = i + 1; k < hi; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** The sentences ({@link Sentences}, as agreement counts them) the hit touches, inside its unit. */
    private static Span sentence(String text, int lo, int hi, Span hit, String language) {
        int first = -1;
        int last = -1;
        for (Span s : Sentences.within(text, lo, hi, language)) {
            if (s.end() > hit.start() && s.start() < Math.max(hit.end(), hit.start() + 1)) {
                first = first < 0 ? s.start() : first;
                last = s.end();
            }
        }
        return first < 0 ? hit : new Span(Math.min(first, hit.start()), Math.max(last, hit.end()));
    }
}
