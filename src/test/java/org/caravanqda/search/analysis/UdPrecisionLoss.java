package org.caravanqda.search.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Development tool (run by hand): which analysed terms cost the most B-cubed precision on the tuning split. */
final class UdPrecisionLoss {
    public static void main(String[] args) {
        UdCorpora c = UdCorpora.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        Analyzer a = new LanguageAnalyzers().forLanguage(c.lang);
        List<UdTreebank.Token> tokens = UdTreebank.tokens(c.tuning);
        Map<String, Map<String, Integer>> byTerm = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        for (UdTreebank.Token t : tokens) {
            Set<String> f = forms.computeIfAbsent(t.form(), s -> UdQuality.terms(a, s));
            for (String term : f) {
                byTerm.computeIfAbsent(term, k -> new HashMap<>()).merge(t.gold(), 1, Integer::sum);
            }
        }
        // impurity of a term's posting list: tokens not of its majority lemma (an approximation of the B-cubed loss)
        Map<String, Integer> loss = new HashMap<>();
        byTerm.forEach((term, lemmas) -> {
            int total = lemmas.values().stream().mapToInt(Integer::intValue).sum();
            int max = lemmas.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            loss.put(term + " " + lemmas, total - max);
        });
        loss.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(40)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
}
