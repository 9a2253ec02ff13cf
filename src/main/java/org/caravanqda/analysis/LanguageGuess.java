package org.caravanqda.analysis;

/**
 * Guesses a transcript's language among those Caravan serves (ru, kk, ky, uz, en) from its
 * letters, or "other" (never silently English or Russian): other scripts, Ukrainian/Serbian
 * letters, Latin text with too few English function words. Kazakh and Kyrgyz share Cyrillic with Russian but have letters of their own; Uzbek
 * Latin has oʻ/gʻ and its own letter statistics. Enough for a default that the user can override
 * with --language; short texts fall back to the given default.
 */
public final class LanguageGuess {
    private static final String KAZAKH_ONLY = "әғқұһі";
    private static final String KYRGYZ_AND_KAZAKH = "ңөү";
    private static final String UZBEK_CYRILLIC = "ўҳ";

    private LanguageGuess() {}

    public static String guess(String text, String fallback) {
        int cyr = 0;
        int lat = 0;
        int kk = 0;
        int kyKk = 0;
        int uzCyr = 0;
        int uzLat = 0;
        int others = 0;
        int ukrainianOrOther = 0;
        int foreignLatin = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.min(lower.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = lower.charAt(i);
            if ("їєґђјљњћџ".indexOf(c) >= 0) {
                ukrainianOrOther++;
            }
            if (c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c)) {
                foreignLatin++; // ä ö ü ß é ñ ç ł ...: Latin letters English does not use
            } else if (Character.isLetter(c)
                    && !(c >= '\u0400' && c <= '\u04FF')
                    && !(c >= 'a' && c <= 'z')
                    && c != '\u02BB'
                    && c != '\u02BC') {
                others++;
            }
            if (c >= '\u0400' && c <= '\u04FF') {
                cyr++;
                kk += KAZAKH_ONLY.indexOf(c) >= 0 ? 1 : 0;
                kyKk += KYRGYZ_AND_KAZAKH.indexOf(c) >= 0 ? 1 : 0;
                uzCyr += UZBEK_CYRILLIC.indexOf(c) >= 0 ? 1 : 0;
            } else if (c >= 'a' && c <= 'z') {
                lat++;
                if ((c == 'o' || c == 'g')
                        && i + 1 < limit
                        && "'\u2018\u2019\u02BB\u02BC".indexOf(lower.charAt(i + 1)) >= 0) {
                    uzLat += 3;
                } else if (c == 'q' || c == 'x') {
                    uzLat++;
                }
            }
        }
        if (cyr + lat + others < 20) {
            return fallback;
        }
        if (others > cyr + lat) {
            return "other"; // Greek, Arabic, Hebrew, Georgian, Armenian, CJK ...
        }
        if (cyr >= lat) {
            if (ukrainianOrOther * 200 > cyr) {
                return "other"; // ї є ґ ђ ј љ њ ћ џ ў-less Belarusian/Ukrainian/Serbian/Macedonian letters
            }
            if (uzCyr * 200 > cyr) {
                return "uz";
            }
            if (kk * 100 > cyr) {
                return "kk";
            }
            return kyKk * 100 > cyr ? "ky" : "ru";
        }
        if (uzLat * 40 > lat) {
            return "uz";
        }
        return englishShare(lower, limit) >= 0.06 || foreignLatin * 100 < lat && englishShare(lower, limit) >= 0.03
                ? "en"
                : "other";
    }

    private static final java.util.Set<String> ENGLISH = java.util.Set.of(
            "the", "and", "of", "to", "a", "in", "is", "that", "it", "i", "you", "was", "for", "on", "with", "we",
            "they", "he", "she", "but", "have", "this", "be", "not", "are", "so", "what", "my", "me", "at", "there",
            "do", "did", "had", "were", "would", "from", "about", "yeah", "like", "just", "know", "think");

    /** Share of the words that are frequent English function words (about a third in English prose). */
    private static double englishShare(String lower, int limit) {
        int words = 0;
        int english = 0;
        for (String w : lower.substring(0, limit).split("[^\\p{L}']+")) {
            if (!w.isEmpty()) {
                words++;
                english += ENGLISH.contains(w) ? 1 : 0;
            }
        }
        return words == 0 ? 0 : (double) english / words;
    }
}
