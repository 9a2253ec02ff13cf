package org.caravanqda.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** Development tool (run by hand): indexing MB/s of candidate analyzers on one language's test text. Not a test. */
final class UdSpeedExplore {
    public static void main(String[] args) {
        UdCorpora c = UdCorpora.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        LanguageAnalyzers ours = new LanguageAnalyzers();
        Map<String, Analyzer> v = new LinkedHashMap<>();
        v.put("lucene-russian", new RussianAnalyzer(CharArraySet.EMPTY_SET));
        v.put("caravan-exact", ours.exact());
        v.put("caravan-" + c.lang, ours.forLanguage(c.lang));
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        for (Map.Entry<String, Analyzer> e : v.entrySet()) {
            double[] s =
                    IndexingSpeed.relative(e.getValue(), standard, UdTreebank.sentences(c.test), 5, 1_500_000_000L);
            System.out.printf(
                    "%s %-16s %.1f MB/s, StandardAnalyzer %.1f MB/s, ratio %.2f%n",
                    c.lang, e.getKey(), s[0], s[1], s[2]);
        }
    }
}
