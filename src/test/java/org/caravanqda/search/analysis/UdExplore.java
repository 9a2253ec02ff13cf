package org.caravanqda.search.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** Development tool (run by hand): prints tuning and test figures for candidate analyzers. Not a test. */
final class UdExplore {
    public static void main(String[] args) {
        LanguageAnalyzers ours = new LanguageAnalyzers();
        Map<String, Analyzer> candidates = new LinkedHashMap<>();
        candidates.put("standard", new StandardAnalyzer(CharArraySet.EMPTY_SET));
        candidates.put("lucene-ru-empty-stop", new RussianAnalyzer(CharArraySet.EMPTY_SET));
        for (UdCorpora c : UdCorpora.values()) {
            if (args.length > 0 && !List.of(args).contains(c.lang)) {
                continue;
            }
            Map<String, Analyzer> all = new LinkedHashMap<>(candidates);
            all.put("caravan-" + c.lang, ours.forLanguage(c.lang));
            all.put("caravan-exact", ours.exact());
            for (Map.Entry<String, Analyzer> a : all.entrySet()) {
                if (a.getKey().startsWith("lucene-ru") && c != UdCorpora.RU) {
                    continue;
                }
                UdQuality.Scores tune = UdQuality.measure(a.getValue(), UdTreebank.tokens(c.tuning));
                UdQuality.Scores test = UdQuality.measure(a.getValue(), UdTreebank.tokens(c.test));
                System.out.printf(
                        "%s %-22s test R %.3f P %.3f Plem %.3f n=%d | tune R %.3f P %.3f%n",
                        c.lang,
                        a.getKey(),
                        test.recall(),
                        test.precision(),
                        test.pLem(),
                        test.tokens(),
                        tune.recall(),
                        tune.precision());
            }
        }
    }
}
