package org.caravanqda.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): settings of the stacked-stem (chain) analysis for kk, ky and uz, scored with the
 * per-query measure of issue #18 on the TRAIN splits only; "test" adds the test splits (report only).
 */
final class UdTuneChain {
    public static void main(String[] args) {
        boolean test = args.length > 0 && args[0].equals("test");
        for (UdCorpora c : List.of(UdCorpora.KK, UdCorpora.KY, UdCorpora.UZ)) {
            List<List<UdTreebank.Token>> tuning = UdTreebank.sentenceTokens(c.tuning);
            List<List<UdTreebank.Token>> testSet = test ? UdTreebank.sentenceTokens(c.test) : null;
            for (int minSuffix : new int[] {1, 2}) {
                for (int minStem : new int[] {2, 3}) {
                    for (boolean possessive : new boolean[] {false, true}) {
                        SuffixStripper s = new SuffixStripper(
                                SuffixStripper.readSuffixes(c.lang + "-suffixes.txt", minSuffix),
                                minStem,
                                c.lang.equals("uz") ? "aeiou" : "аәеёиоөуұүыіэюя",
                                !c.lang.equals("uz"),
                                99);
                        // the chosen setting keeps a one-letter а/ә/е/о/ө inside a Kazakh or Kyrgyz word
                        SuffixStripper st = (possessive
                                        ? s.withPossessiveBefore(
                                                TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3)
                                        : s)
                                .keepingInnerVowels(c.lang.equals("uz") ? "" : "аәеоө");
                        FormTable forms = c.lang.equals("uz") ? null : FormTable.read(c.lang + "-forms.txt");
                        var fold = c.lang.equals("uz") ? CharFolding.uzbek() : null;
                        Analyzer index = new FoldingAnalyzer(
                                fold, true, in -> new TurkicStemsFilter(forms == null ? in : forms.apply(in), st));
                        Analyzer query = new FoldingAnalyzer(
                                fold, true, in -> new TurkicQueryFilter(forms == null ? in : forms.apply(in), c.lang));
                        UdQueries.Scores q = UdQueries.measure(index, query, tuning);
                        String line = String.format(
                                "%s suf>=%d stem>=%d poss %-5s | tuning R %.3f P %.3f",
                                c.lang, minSuffix, minStem, possessive, q.recall(), q.precision());
                        if (test) {
                            UdQueries.Scores t = UdQueries.measure(index, query, testSet);
                            line += String.format(" | test R %.3f P %.3f", t.recall(), t.precision());
                        }
                        System.out.println(line);
                    }
                }
            }
        }
    }
}
