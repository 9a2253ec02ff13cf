package org.caravanqda.search.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): the failure classes of a language's TUNING split under the per-query measure of
 * issue #18. For each query that loses precision, the forms of other lemmas it finds (with the gold lemma and the
 * shared term), and the precision lost summed per class: the query's length, and whether the other word is the same
 * surface as the query (a homograph) or only passes through it on its suffix chain.
 */
final class UdFalseHits {
    public static void main(String[] args) {
        UdCorpora c = UdCorpora.valueOf(args[0].toUpperCase(Locale.ROOT));
        try (LanguageAnalyzers a = new LanguageAnalyzers()) {
            Analyzer index = a.forLanguage(c.lang);
            Analyzer query = a.forQuery(c.lang);
            List<List<UdTreebank.Token>> sentences = UdTreebank.sentenceTokens(c.tuning);
            List<UdQueries.Query> qs = UdQueries.queries(index, query, sentences);
            Map<String, Set<String>> formTerms = new HashMap<>();
            Map<String, Double> lossByClass = new TreeMap<>();
            for (UdQueries.Query q : qs) {
                double loss = (1 - q.precision()) / qs.size();
                if (loss <= 0) {
                    continue;
                }
                Map<String, Integer> falseForms = new TreeMap<>();
                Set<Integer> relevantSentences = new HashSet<>();
                for (int i = 0; i < sentences.size(); i++) {
                    for (UdTreebank.Token t : sentences.get(i)) {
                        if (t.gold().equals(q.lemma())) {
                            relevantSentences.add(i);
                        }
                    }
                }
                boolean homograph = false;
                for (int i = 0; i < sentences.size(); i++) {
                    if (relevantSentences.contains(i)) {
                        continue;
                    }
                    for (UdTreebank.Token t : sentences.get(i)) {
                        Set<String> terms = formTerms.computeIfAbsent(t.form(), f -> UdQuality.terms(index, f));
                        for (String term : q.terms()) {
                            if (terms.contains(term)) {
                                String key = t.form().toLowerCase(Locale.ROOT) + " (" + t.gold() + ") via " + term;
                                falseForms.merge(key, 1, Integer::sum);
                                if (t.gold().equals(term)
                                        || t.form().toLowerCase(Locale.ROOT).equals(term)) {
                                    homograph = true;
                                }
                            }
                        }
                    }
                }
                String cls = "len " + Math.min(q.lemma().length(), 5) + (homograph ? " homograph" : " chain");
                lossByClass.merge(cls, loss, Double::sum);
                if (args.length < 2) {
                    System.out.printf("%s P %.2f loss %.4f %s: %s%n", q.lemma(), q.precision(), loss, cls, falseForms);
                }
            }
            lossByClass.forEach((k, v) -> System.out.printf("class %-20s precision lost %.4f%n", k, v));
        }
    }
}
