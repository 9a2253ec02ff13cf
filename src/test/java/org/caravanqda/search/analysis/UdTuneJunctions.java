package org.caravanqda.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): the junction rules ({@link Junctions}) switched on one by one for Kazakh and Kyrgyz,
 * scored with the per-query measure of issue #18 on the TUNING splits only.
 */
final class UdTuneJunctions {
    public static void main(String[] args) {
        for (UdCorpora c : List.of(UdCorpora.KK, UdCorpora.KY)) {
            List<List<UdTreebank.Token>> tuning = UdTreebank.sentenceTokens(c.tuning);
            Junctions all = c.lang.equals("kk") ? Junctions.kazakh() : Junctions.kyrgyz();
            for (int mask = 0; mask < 8; mask++) {
                Junctions j = all.with((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0);
                SuffixStripper st = new SuffixStripper(
                                SuffixStripper.readSuffixes(c.lang + "-suffixes.txt", 1), 2, "аәеёиоөуұүыіэюя", true, 7)
                        .withPossessiveBefore(TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3)
                        .keepingInnerVowels("аәеоө")
                        .withJunctions(j);
                FormTable forms = FormTable.read(c.lang + "-forms.txt");
                Analyzer index = new FoldingAnalyzer(null, true, in -> new TurkicStemsFilter(forms.apply(in), st));
                Analyzer query = new FoldingAnalyzer(null, true, in -> new TurkicQueryFilter(forms.apply(in), c.lang));
                UdQueries.Scores q = UdQueries.measure(index, query, tuning);
                System.out.printf(
                        "%s voicing %-5s harmony %-5s lateral %-5s | tuning R %.3f P %.3f%n",
                        c.lang, (mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, q.recall(), q.precision());
            }
        }
    }
}
