package org.caravanqda.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): grid of suffix-stripper settings for kk and ky, scored on the TRAIN splits only
 * (ky_ktmu train and kk_ktb train). Prints test figures only with the argument "test", for the chosen setting.
 */
final class UdTuneTurkic {
    public static void main(String[] args) {
        boolean test = args.length > 0 && args[0].equals("test");
        String vowels = "аәеёиоөуұүыіэюя";
        for (int minSuffix : new int[] {1, 2}) {
            for (int minStem : new int[] {2, 3}) {
                for (int cap : new int[] {6, 7, 99}) {
                    for (boolean possessive : new boolean[] {false, true}) {
                        for (boolean table : new boolean[] {false, true}) {
                            StringBuilder line = new StringBuilder(String.format(
                                    "suf>=%d stem>=%d cap %2d poss %-5s table %-5s",
                                    minSuffix, minStem, cap, possessive, table));
                            for (UdCorpora c : List.of(UdCorpora.KK, UdCorpora.KY)) {
                                SuffixStripper s = new SuffixStripper(
                                        SuffixStripper.readSuffixes(c.lang + "-suffixes.txt", minSuffix),
                                        minStem,
                                        vowels,
                                        true,
                                        cap);
                                SuffixStripper st = possessive
                                        ? s.withPossessiveBefore(
                                                TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3)
                                        : s;
                                FormTable forms = FormTable.read(c.lang + "-forms.txt");
                                Analyzer a = new FoldingAnalyzer(
                                        null, true, in -> new SuffixStripFilter(table ? forms.apply(in) : in, st));
                                UdQuality.Scores q = UdQuality.measure(a, UdTreebank.tokens(test ? c.test : c.tuning));
                                line.append(String.format(
                                        " | %s R %.3f P %.3f Plem %.3f", c.lang, q.recall(), q.precision(), q.pLem()));
                            }
                            System.out.println(line);
                        }
                    }
                }
            }
        }
    }
}
