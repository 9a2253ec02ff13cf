package org.caravanqda.analysis;

/**
 * Guesses a transcript's language among those Caravan serves (ru, kk, ky, uz, en) from its
 * letters. Kazakh and Kyrgyz share Cyrillic with Russian but have letters of their own; Uzbek
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
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.min(lower.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = lower.charAt(i);
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
        if (cyr + lat < 20) {
            return fallback;
        }
        if (cyr >= lat) {
            if (uzCyr * 200 > cyr) {
                return "uz";
            }
            if (kk * 100 > cyr) {
                return "kk";
            }
            return kyKk * 100 > cyr ? "ky" : "ru";
        }
        return uzLat * 40 > lat ? "uz" : "en";
    }
}
