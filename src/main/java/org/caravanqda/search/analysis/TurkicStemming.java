package org.caravanqda.search.analysis;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Settings of the suffix stripper per language, chosen on the train splits only (docs/search-quality.md, ADR 0029):
 * Kazakh and Kyrgyz strip suffixes down to a stem of two, also the possessive before a pronominal-н case (шаар-ы-нда),
 * only where the suffix can meet its stem ({@link Junctions}), and stop a word's chain at a known stem (Kazakh:
 * Hunspell's verb stems, Kyrgyz: UD train lemmas), after a closed-class table of pronouns and the copula; Uzbek strips
 * one-letter suffixes too and keeps a stem of two.
 */
final class TurkicStemming {
    private static final String KAZAKH_VOWELS = "аәеёиоөуұүыіэюя";
    private static final String KYRGYZ_VOWELS = "аеёиоөуүыэюя";
    private static final String UZBEK_VOWELS = "aeiou";
    /** Vowels a one-letter suffix inside a word may not take off (жаса-ды keeps its а). */
    private static final String INNER_VOWELS = "аәеоө";

    /** Case suffixes whose н marks a preceding 3rd-person possessive (locative, ablative, dative, relational). */
    static final Set<String> PRONOMINAL_N_CASES = Set.of(
            "нда", "нде", "ндо", "ндө", "ндан", "нден", "ндон", "ндөн", "нан", "нен", "нон", "нөн", "на", "не", "но",
            "нө", "ндағы", "ндегі", "ндагы", "ндеги", "ндогу", "ндөгү");
    /** 3rd-person possessives, Kazakh and Kyrgyz harmony variants. */
    static final Set<String> POSSESSIVES_3 = Set.of("сы", "сі", "си", "су", "сү", "ы", "і", "и", "у", "ү");

    /*
     * The index keeps every stem of a word's suffix chain (TurkicStemsFilter) and the query names one, so one-letter
     * suffixes (possessives -ы/-і, dative -а/-е, present -а/-е/-й) come off too: on ky train, per query, recall
     * 0.887 at precision 0.866, against 0.780 / 0.895 with two-letter suffixes only (docs/search-quality.md).
     */
    private static final SuffixStripper KAZAKH = new SuffixStripper(
                    SuffixStripper.readSuffixes("kk-suffixes.txt", 1), 2, KAZAKH_VOWELS, true, 7)
            .withPossessiveBefore(PRONOMINAL_N_CASES, POSSESSIVES_3)
            .keepingInnerVowels(INNER_VOWELS)
            .withJunctions(Junctions.kazakh())
            .withLexicon(lexicon("kk-verbs.txt"), false);
    private static final SuffixStripper KYRGYZ = new SuffixStripper(
                    SuffixStripper.readSuffixes("ky-suffixes.txt", 1), 2, KYRGYZ_VOWELS, true, 7)
            .withPossessiveBefore(PRONOMINAL_N_CASES, POSSESSIVES_3)
            .keepingInnerVowels(INNER_VOWELS)
            .withJunctions(Junctions.kyrgyz())
            .withLexicon(lexicon("ky-lemmas.txt"), false);
    private static final SuffixStripper UZBEK =
            new SuffixStripper(SuffixStripper.readSuffixes("uz-suffixes.txt", 1), 2, UZBEK_VOWELS, false, 6);
    private static final FormTable KAZAKH_FORMS = FormTable.read("kk-forms.txt");
    private static final FormTable KYRGYZ_FORMS = FormTable.read("ky-forms.txt");

    private TurkicStemming() {}

    /** A stem lexicon resource: one word a line, '#' starts a comment line. */
    static Set<String> lexicon(String resource) {
        return new HashSet<>(SuffixStripper.readLines(resource));
    }

    static SuffixStripper stripper(String lang) {
        switch (lang) {
            case "kk":
                return KAZAKH;
            case "ky":
                return KYRGYZ;
            case "uz":
                return UZBEK;
            default:
                throw new IllegalArgumentException("no suffix stripper for " + lang);
        }
    }

    /** The closed-class table (if the language has one), then the stripper (one stem per word). */
    static TokenStream stem(String lang, TokenStream lowerCased) {
        return new SuffixStripFilter(table(lang, lowerCased), stripper(lang));
    }

    /** Index side: the closed-class table, then every stem on each word's suffix chain, stacked. */
    static TokenStream stems(String lang, TokenStream lowerCased) {
        return new TurkicStemsFilter(table(lang, lowerCased), stripper(lang));
    }

    /** Query side: the closed-class table, then the word typed (and an infinitive's stem). */
    static TokenStream query(String lang, TokenStream lowerCased) {
        return new TurkicQueryFilter(table(lang, lowerCased), lang);
    }

    private static TokenStream table(String lang, TokenStream lowerCased) {
        return lang.equals("kk")
                ? KAZAKH_FORMS.apply(lowerCased)
                : lang.equals("ky") ? KYRGYZ_FORMS.apply(lowerCased) : lowerCased;
    }
}
