package org.caravanqda.app.pseudonym;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as the pseudonym list sees them: maximal runs of letters, digits and combining marks
 * (any script). Hyphens and apostrophes separate words, so "Ивана-то" holds the word "Ивана" and
 * "John's" the word "John"; a listed "Анна-Мария" matches through the same separator.
 */
final class Words {
    /** A gap longer than this between two words never joins them into one listed name. */
    static final int MAX_GAP = 3;

    private Words() {}

    /** Start and end of each word, in order: [s0, e0, s1, e1, ...]. */
    static int[] bounds(String text) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isWordChar(cp)) {
                int start = i;
                while (i < text.length() && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(start);
                out.add(i);
            } else {
                i += n;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /**
     * The matching key of a word: Unicode NFC (a list saved on macOS writes й and ё decomposed),
     * lower case, ё as е (transcripts write both), without stress marks (Алекса́ндр).
     */
    static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        if (!plain(k)) {
            // decomposed, stress marks dropped, composed again: и + U+0306 is й, е + U+0300 is е
            k = Normalizer.normalize(
                    STRESS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
        }
        return k.replace('ё', 'е');
    }

    /** NFC, as names are compared and written (the list may come decomposed). */
    static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)
                ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Only ASCII and the basic Russian lower-case letters: nothing to normalize. */
    private static boolean plain(String k) {
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c >= 0x80 && (c < 'а' || c > 'я') && c != 'ё') {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern STRESS = java.util.regex.Pattern.compile("[\u0300\u0301]");

    /** A gap between two words of one name: any run of white space counts as one space. */
    static String gap(String between) {
        return between.replaceAll("\\s+", " ");
    }

    /** The key of a whole name, e.g. "анна петровна". */
    static String phraseKey(String phrase) {
        int[] b = bounds(phrase);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < b.length; w += 2) {
            if (w > 0) {
                sb.append(gap(phrase.substring(b[w - 1], b[w])));
            }
            sb.append(key(phrase.substring(b[w], b[w + 1])));
        }
        return sb.toString();
    }

    /** The words of a phrase and the gaps between them: word, gap, word, ... */
    static List<String> split(String phrase) {
        int[] b = bounds(phrase);
        List<String> out = new ArrayList<>();
        for (int w = 0; w < b.length; w += 2) {
            if (w > 0) {
                out.add(phrase.substring(b[w - 1], b[w]));
            }
            out.add(phrase.substring(b[w], b[w + 1]));
        }
        return out;
    }
}
