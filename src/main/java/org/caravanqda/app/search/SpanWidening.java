package org.caravanqda.app.search;

import java.util.List;
import org.caravanqda.analysis.Sentences;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;

/**
 * Widens a hit to the unit auto-coding codes: sentence, paragraph or turn, never beyond its turn.
 * One per document: a hit's turn is found by binary search over the units (in text order, as
 * readers promise) and the sentences of the last unit are kept, so a run over a million hits costs a
 * million small steps, not a scan of every unit and a copy of the turn per hit (issue #22).
 */
final class SpanWidening {
    private final String text;
    private final List<TextUnit> units;
    private final String language;
    private List<Span> sentences;
    private int sentencesFrom;
    private int sentencesTo;

    SpanWidening(String text, List<TextUnit> units, String language) {
        this.text = text;
        this.units = units;
        this.language = language;
    }

    static Span widen(String text, List<TextUnit> units, Span hit, AutocodeUnit unit, String language) {
        return new SpanWidening(text, units, language).widen(hit, unit);
    }

    Span widen(Span hit, AutocodeUnit unit) {
        TextUnit container = container(hit);
        int lo = container == null ? 0 : container.start();
        int hi = container == null ? text.length() : container.end();
        return switch (unit) {
            case HIT -> hit;
            case TURN -> Span.trimmed(text, lo, hi);
            case PARAGRAPH -> paragraph(text, lo, hi, hit);
            case SENTENCE -> sentence(lo, hi, hit);
        };
    }

    /** The unit holding the hit: the last one starting at or before it, if it reaches the hit's end. */
    TextUnit container(Span hit) {
        int low = 0;
        int high = units.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (units.get(mid).start() <= hit.start()) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        TextUnit u = units.get(found); // units do not overlap, so no other unit can hold the hit
        return hit.end() <= u.end() ? u : null;
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

    /**
     * The sentences ({@link Sentences}, as agreement counts them) the hit touches, inside its unit.
     * The last unit's sentences are kept: hits come in text order, many to a unit.
     */
    private Span sentence(int lo, int hi, Span hit) {
        if (sentences == null || lo != sentencesFrom || hi != sentencesTo) {
            sentences = Sentences.within(text, lo, hi, language);
            sentencesFrom = lo;
            sentencesTo = hi;
        }
        int first = -1;
        int last = -1;
        for (Span s : sentences) {
            if (s.end() > hit.start() && s.start() < Math.max(hit.end(), hit.start() + 1)) {
                first = first < 0 ? s.start() : first;
                last = s.end();
            }
        }
        return first < 0 ? hit : new Span(Math.min(first, hit.start()), Math.max(last, hit.end()));
    }
}
