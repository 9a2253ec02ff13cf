package org.caravanqda.analysis;

/**
 * Counts words as a reader would: maximal runs of letters, digits and combining marks, where an
 * apostrophe or hyphen between two letters stays inside the word (don't, oʻzbek, по-русски).
 */
public final class WordCount {
    private WordCount() {}

    public static int of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            int next = i + Character.charCount(cp);
            boolean wordChar = isWordChar(cp)
                    || (inWord && isJoiner(cp) && next < n && isWordChar(Character.codePointAt(text, next)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i = next;
        }
        return words;
    }

    /** Character.isLetterOrDigit, answered at once for ASCII and the basic Cyrillic letters transcripts are made of. */
    static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return (cp >= 0x0410 && cp <= 0x044F) || Character.isLetterOrDigit(cp);
    }

    private static boolean isWordChar(int cp) {
        if (isLetterOrDigit(cp)) {
            return true;
        }
        if (cp < 0x80) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.MODIFIER_LETTER;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '-' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u00AD';
    }
}
