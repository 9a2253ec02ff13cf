package org.caravanqda.search.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Development tool (run by hand): the most frequent recall misses on a language's tuning split. Not a test. */
final class UdMisses {
    public static void main(String[] args) {
        UdCorpora c = UdCorpora.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        List<String> files = args.length > 1 && args[1].equals("test") ? c.test : c.tuning;
        Analyzer a = new LanguageAnalyzers().forLanguage(c.lang);
        Map<String, Integer> misses = new HashMap<>();
        for (UdTreebank.Token t : UdTreebank.tokens(files)) {
            Set<String> f = UdQuality.terms(a, t.form());
            Set<String> l = UdQuality.terms(a, t.lemma());
            if (f.stream().noneMatch(l::contains)) {
                misses.merge(t.form().toLowerCase() + " " + f + " -> " + t.lemma() + " " + l, 1, Integer::sum);
            }
        }
        misses.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(80)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
}
