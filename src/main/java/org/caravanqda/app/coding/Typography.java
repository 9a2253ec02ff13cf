package org.caravanqda.app.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caravanqda.model.Span;

/**
 * Text folded for matching a typed quote against a stored transcript: ’ ‘ ʼ ` and ', “ ” « » „ and
 * ", ё and е, the dashes - ‐ – — −, and any run of whitespace (no-break spaces, tabs, line breaks)
 * count as equal. The stored text is never changed: {@link #original} maps a folded range back to
 * UTF-16 offsets of the stored text.
 */
final class Typography {
    final String folded;
    private final int[] origin;

    private Typography(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static Typography fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    origin[out.length()] = i;
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            origin[out.length()] = i;
            out.append(fold(c));
        }
        return new Typography(out.toString(), origin);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u201F', '\u2033' -> '"';
            case 'ё' -> 'е';
            case 'Ё' -> 'Е';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    /** The stored-text span of the folded range {@code [start, end)}. */
    Span original(int start, int end) {
        return new Span(origin[start], origin[end - 1] + 1);
    }

    /**
     * The passage of the stored text that shares the most words with {@code quote} (at least half
     * of them), as a span, or null.
     */
    Span nearest(String quote) {
        List<int[]> words = words(folded);
        List<String> quoteWords = new ArrayList<>();
        for (int[] w : words(quote)) {
            quoteWords.add(quote.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
        }
        if (quoteWords.isEmpty() || words.isEmpty()) {
            return null;
        }
        Set<String> wanted = new HashSet<>(quoteWords);
        int n = quoteWords.size();
        int best = -1;
        int bestScore = 0;
        int score = 0;
        boolean[] hit = new boolean[words.size()];
        for (int j = 0; j < words.size(); j++) {
            int[] w = words.get(j);
            hit[j] = wanted.contains(folded.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
            score += hit[j] ? 1 : 0;
            if (j >= n) {
                score -= hit[j - n] ? 1 : 0;
            }
            if (score > bestScore) {
                bestScore = score;
                best = Math.max(0, j - n + 1);
            }
        }
        if (best < 0 || bestScore * 2 < n) {
            return null;
        }
        int last = Math.min(words.size() - 1, best + n - 1);
        return original(words.get(best)[0], words.get(last)[1]);
    }

    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
