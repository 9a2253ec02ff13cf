package org.caravanqda.analysis;

/** A few words of context before or after a coded segment, for quote tables. */
public final class ContextWords {
    private ContextWords() {}

    /** Up to {@code words} words ending at {@code offset} (whitespace-separated), trimmed. */
    public static String before(String text, int offset, int words) {
        int i = offset;
        for (int seen = 0; seen < words && i > 0; seen++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return flat(text.substring(i, offset));
    }

    /** Up to {@code words} words starting at {@code offset}, trimmed. */
    public static String after(String text, int offset, int words) {
        int i = offset;
        int n = text.length();
        for (int seen = 0; seen < words && i < n; seen++) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return flat(text.substring(offset, i));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
