package org.caravanqda.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Development tool (run by hand): indexing speed of the Kazakh, Kyrgyz and Uzbek analysis before issue #18's
 * lexicon and junction rules (the stacked chain alone, Uzbek stems of three) and now, relative to StandardAnalyzer,
 * on each language's test text (speed only; no quality figure is read). Not a test.
 */
final class UdSpeedTurkic {
    public static void main(String[] args) {
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        try (LanguageAnalyzers ours = new LanguageAnalyzers()) {
            for (UdCorpora c : List.of(UdCorpora.KK, UdCorpora.KY, UdCorpora.UZ)) {
                for (String which : List.of("before", "now")) {
                    Analyzer a = which.equals("now") ? ours.forLanguage(c.lang) : before(c.lang);
                    double[] s = IndexingSpeed.relative(a, standard, UdTreebank.sentences(c.test), 5, 1_500_000_000L);
                    System.out.printf(
                            "%s %-6s %.1f MB per CPU s, StandardAnalyzer %.1f, ratio %.2f%n",
                            c.lang, which, s[0], s[1], s[2]);
                }
            }
        }
    }

    private static Analyzer before(String lang) {
        boolean uz = lang.equals("uz");
        SuffixStripper s = new SuffixStripper(
                SuffixStripper.readSuffixes(lang + "-suffixes.txt", 1),
                uz ? 3 : 2,
                uz ? "aeiou" : "аәеёиоөуұүыіэюя",
                !uz,
                uz ? 6 : 7);
        SuffixStripper st = uz
                ? s
                : s.withPossessiveBefore(TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3)
                        .keepingInnerVowels("аәеоө");
        FormTable forms = uz ? null : FormTable.read(lang + "-forms.txt");
        return new FoldingAnalyzer(
                uz ? CharFolding.uzbek() : null,
                true,
                in -> new TurkicStemsFilter(forms == null ? in : forms.apply(in), st));
    }
}
