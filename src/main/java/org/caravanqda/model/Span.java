package org.caravanqda.model;

/** A half-open range [start, end) of UTF-16 indices into a document's stored text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * Why this span cannot address {@code text}, or null when it can. A span must lie inside the
     * text, be non-empty and not cut a surrogate pair (an emoji) in half.
     */
    public String problemIn(String text) {
        if (end > text.length()) {
            return "offsets " + start + ".." + end + " are out of range (the text has " + text.length()
                    + " UTF-16 units)";
        }
        if (start == end) {
            return "offsets " + start + ".." + end + " select nothing";
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            return "offsets " + start + ".." + end + " cut a character outside the BMP (e.g. an emoji) in half";
        }
        return null;
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0
                && i < text.length()
                && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** This span without the whitespace at its two ends in {@code text}; see {@link #trimmed(String, int, int)}. */
    public Span trimmed(String text) {
        return trimmed(text, start, end);
    }

    /**
     * {@code text[start, end)} without leading and trailing whitespace ({@link Character#isWhitespace}:
     * spaces, tabs, CR and LF; not the no-break space), the one trimming rule of sentences,
     * paragraphs, quotes and auto-coded units. Empty (at {@code end}) when the range holds only
     * whitespace. A surrogate pair is never whitespace, so the result does not cut one that the
     * range does not cut.
     */
    public static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
