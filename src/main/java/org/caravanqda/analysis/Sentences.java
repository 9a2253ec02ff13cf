package org.caravanqda.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caravanqda.model.Span;

/**
 * The one sentence splitter of Caravan, shared by auto-coding ({@code --unit sentence}) and the
 * agreement unit {@code sentence}. ICU's sentence rules (UAX #29) for the document's language do
 * the work, plus three rules of our own:
 *
 * <ol>
 *   <li>every line is split on its own, so a sentence never runs across a line break, and so
 *       never into the next speaker's turn or the next dialogue line ("- А вы уехали...?");
 *   <li>no break after a common abbreviation or an initial (т. е., г., ул., Dr., Mr., e.g., А. С.);
 *   <li>text without punctuation (speech recognition) is cut into pieces of at most
 *       {@link #MAX_LENGTH} characters at a space, instead of one sentence of a whole line;
 *       any sentence longer than {@link #HARD_MAX_LENGTH} is cut the same way.
 * </ol>
 *
 * Spans are trimmed, never empty, in order and never overlap.
 */
public final class Sentences {
    /** The longest span of text without punctuation; longer runs are cut at the last space before it. */
    public static final int MAX_LENGTH = 400;

    /** The longest sentence span even with punctuation (a run-on list of clauses). */
    public static final int HARD_MAX_LENGTH = 2000;

    private static boolean unpunctuatedRun(String text, Span span) {
        if (span.length() <= MAX_LENGTH) {
            return false;
        }
        for (int i = span.start(); i < span.end(); i++) {
            if (".,;:!?…—–()\"«»".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased abbreviations (without their final dot) after which a dot ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // Russian
            "т. е",
            "т.е",
            "т. к",
            "т.к",
            "т. н",
            "г",
            "ул",
            "пр",
            "просп",
            "пер",
            "кв",
            "им",
            "см",
            "ср",
            "стр",
            "проф",
            "акад",
            "доц",
            "тов",
            "гр",
            "обл",
            "р-н",
            "напр",
            "в т. ч",
            "т. ч",
            "прим",
            "рис",
            "табл",
            "англ",
            "рус",
            // English
            "dr",
            "mr",
            "mrs",
            "ms",
            "prof",
            "st",
            "jr",
            "sr",
            "vs",
            "e.g",
            "i.e",
            "cf",
            "fig",
            "approx",
            "dept",
            "gen",
            "gov",
            "lt",
            "col",
            "sgt",
            "capt",
            "rev",
            "hon",
            "mt",
            "ft",
            "inc",
            "ltd",
            "co",
            "corp",
            "u.s",
            "u.k",
            "a.m",
            "p.m");

    private Sentences() {}

    /** The sentences of the whole text. */
    public static List<Span> of(String text, String language) {
        return within(text, 0, text.length(), language);
    }

    /** The sentences of {@code text[from, to)} (a turn, a paragraph). */
    public static List<Span> within(String text, int from, int to, String language) {
        List<Span> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(
                language == null || language.isBlank() || language.equals("other")
                        ? ULocale.ROOT
                        : new ULocale(language));
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineStart;
            while (lineEnd < to && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            line(text, lineStart, lineEnd, it, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** True when the text has lines but next to no sentence punctuation (speech recognition output). */
    public static boolean unpunctuated(String text) {
        int words = 0;
        int stops = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = WordCount.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            if (c == '.' || c == '?' || c == '!' || c == '…' || c == '。') {
                stops++;
            }
        }
        return words >= 200 && stops * 100 < words;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static void line(String text, int from, int to, BreakIterator it, List<Span> out) {
        Span line = Span.trimmed(text, from, to);
        if (line.length() == 0) {
            return;
        }
        String s = line.of(text);
        it.setText(s);
        int start = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < s.length() && abbreviationBefore(s, start, end)) {
                continue; // "г. Москва", "Dr. Smith": the dot belongs to the word
            }
            cap(text, line.start() + start, line.start() + end, out);
            start = end;
        }
        if (start < s.length()) {
            cap(text, line.start() + start, line.end(), out);
        }
    }

    /** Whether the segment {@code s[start, end)} ends with an abbreviation or an initial and its dot. */
    static boolean abbreviationBefore(String s, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e <= start || s.charAt(e - 1) != '.') {
            return false;
        }
        int w = e - 1;
        // the word before the dot, with inner dots and spaces of "т. е." / "e.g."
        int b = w;
        while (b > start && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '-')) {
            b--;
        }
        String word = s.substring(b, w);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // an initial ("А. С. Пушкин", "J. Smith"), not a letter after a lower-case word ("классу S.")
            return b == start || Character.isWhitespace(s.charAt(b - 1)) && !lowerCaseWordBefore(s, start, b - 1);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("г")) {
            // "г. Ташкент" (город) goes on; "в 2010 г. Потом" (год) ends the sentence
            int k = b - 1;
            while (k > start && Character.isWhitespace(s.charAt(k))) {
                k--;
            }
            return k < start || !Character.isDigit(s.charAt(k));
        }
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        // two-part abbreviations: "т. е", "e.g", "и т. д"
        for (int k = b - 1, parts = 0; k > start && parts < 3; k--) {
            char c = s.charAt(k);
            if (c == '.' || Character.isWhitespace(c) || Character.isLetter(c)) {
                if (c == '.') {
                    parts++;
                }
                String candidate = s.substring(k, w).toLowerCase(Locale.ROOT).strip();
                if (ABBREVIATIONS.contains(candidate)) {
                    return true;
                }
            } else {
                break;
            }
            if (b - k > 8) {
                break;
            }
        }
        return false;
    }

    /**
     * Adds the trimmed span; one without any punctuation longer than {@link #MAX_LENGTH} (speech
     * recognition), and any longer than {@link #HARD_MAX_LENGTH}, is cut into pieces at spaces.
     */
    private static void cap(String text, int start, int end, List<Span> out) {
        Span span = Span.trimmed(text, start, end);
        int max = unpunctuatedRun(text, span) ? MAX_LENGTH : HARD_MAX_LENGTH;
        while (span.length() > max) {
            int cut = span.start() + max;
            while (cut > span.start() + max / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            if (!Character.isWhitespace(text.charAt(cut))) {
                cut = span.start() + max;
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
            }
            Span piece = Span.trimmed(text, span.start(), cut);
            if (piece.length() > 0) {
                out.add(piece);
            }
            span = Span.trimmed(text, cut, span.end());
        }
        if (span.length() > 0) {
            out.add(span);
        }
    }

    private static boolean lowerCaseWordBefore(String s, int start, int space) {
        int k = space;
        while (k > start && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        return k > start && Character.isLowerCase(s.charAt(k - 1));
    }
}
