package org.caravanqda.search.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * Settings of the suffix stripper per language, chosen on the train splits only (docs/search-quality.md): Kazakh and
 * Kyrgyz strip suffixes of two or more letters down to a stem of two, then undo final voicing and cap at seven letters;
 * Uzbek also strips one-letter suffixes, keeps a stem of three and caps at six.
 */
final class TurkicStemming {
    private static final String KAZAKH_VOWELS = "аәеёиоөуұүыіэюя";
    private static final String KYRGYZ_VOWELS = "аеёиоөуүыэюя";
    private static final String UZBEK_VOWELS = "aeiou";

    private static final SuffixStripper KAZAKH = new SuffixStripper(
            SuffixStripper.readSuffixes("kk-suffixes.txt", 2), 2, KAZAKH_VOWELS, true, 7);
    private static final SuffixStripper KYRGYZ = new SuffixStripper(
            SuffixStripper.readSuffixes("ky-suffixes.txt", 2), 2, KYRGYZ_VOWELS, true, 7);
    private static final SuffixStripper UZBEK = new SuffixStripper(
            SuffixStripper.readSuffixes("uz-suffixes.txt", 1), 3, UZBEK_VOWELS, false, 6);

    private TurkicStemming() {
    }

    static SuffixStripper stripper(String lang) {
        switch (lang) {
            case "kk": return KAZAKH;
            case "ky": return KYRGYZ;
            case "uz": return UZBEK;
            default: throw new IllegalArgumentException("no suffix stripper for " + lang);
        }
    }

    static TokenStream stem(String lang, TokenStream lowerCased) {
        return new SuffixStripFilter(lowerCased, stripper(lang));
    }
}
