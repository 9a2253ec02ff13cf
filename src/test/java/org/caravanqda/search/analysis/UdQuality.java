package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The measures of SEARCH-QUALITY.md section 1, computed without an index (analyze form vs analyze lemma).
 * Recall: share of tokens whose form terms intersect their lemma's terms. B-cubed precision: per token, among all
 * tokens sharing an analysed term with it, the share with its gold lemma, averaged over tokens. P_lem: one query per
 * gold lemma (its analysed lemma), share of retrieved tokens with that lemma, averaged over lemmas that retrieve
 * anything.
 */
final class UdQuality {
    record Scores(double recall, double precision, double pLem, int tokens) {}

    private UdQuality() {}

    static Scores measure(Analyzer analyzer, List<UdTreebank.Token> tokens) {
        return measure(analyzer, analyzer, tokens);
    }

    /**
     * With a query-side analyzer: the lemma (recall, P_lem) is analysed as a query word, the forms as indexed text.
     * B-cubed precision compares indexed forms with each other, so with stacked stems (Turkic) it counts every shared
     * short stem as a match, which no query for a dictionary word does: the per-query measure (UdQueries) is the one
     * that follows the search there.
     */
    static Scores measure(Analyzer analyzer, Analyzer query, List<UdTreebank.Token> tokens) {
        Map<String, Set<String>> queried = new HashMap<>();
        Map<String, Set<String>> analysed = new HashMap<>();
        Map<Set<String>, Map<String, Integer>> groups = new HashMap<>(); // form term set -> gold lemma -> count
        int found = 0;
        for (UdTreebank.Token t : tokens) {
            Set<String> form = analysed.computeIfAbsent(t.form(), s -> terms(analyzer, s));
            Set<String> lemma = queried.computeIfAbsent(t.lemma(), s -> terms(query, s));
            if (intersects(form, lemma)) {
                found++;
            }
            groups.computeIfAbsent(form, k -> new HashMap<>()).merge(t.gold(), 1, Integer::sum);
        }
        Map<String, List<Set<String>>> groupsByTerm = new HashMap<>();
        for (Set<String> g : groups.keySet()) {
            for (String term : g) {
                groupsByTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(g);
            }
        }
        double precisionSum = 0;
        for (Map.Entry<Set<String>, Map<String, Integer>> g : groups.entrySet()) {
            Map<String, Integer> retrieved = retrieve(g.getKey(), groupsByTerm, groups);
            int total = retrieved.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> lemma : g.getValue().entrySet()) {
                precisionSum += total == 0
                        ? lemma.getValue()
                        : lemma.getValue() * (double) retrieved.get(lemma.getKey()) / total;
            }
        }
        Map<String, String> lemmaText = new HashMap<>();
        tokens.forEach(t -> lemmaText.putIfAbsent(t.gold(), t.lemma()));
        double pLemSum = 0;
        int lemmas = 0;
        for (Map.Entry<String, String> l : lemmaText.entrySet()) {
            Map<String, Integer> retrieved = retrieve(queried.get(l.getValue()), groupsByTerm, groups);
            int total = retrieved.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                pLemSum += retrieved.getOrDefault(l.getKey(), 0) / (double) total;
                lemmas++;
            }
        }
        int n = tokens.size();
        return new Scores((double) found / n, precisionSum / n, pLemSum / lemmas, n);
    }

    /** Gold lemma counts of all tokens whose form terms intersect {@code query}. */
    private static Map<String, Integer> retrieve(
            Set<String> query,
            Map<String, List<Set<String>>> groupsByTerm,
            Map<Set<String>, Map<String, Integer>> groups) {
        Set<Set<String>> hit = new HashSet<>();
        for (String term : query) {
            hit.addAll(groupsByTerm.getOrDefault(term, List.of()));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> g : hit) {
            groups.get(g).forEach((lemma, c) -> counts.merge(lemma, c, Integer::sum));
        }
        return counts;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The terms at the first position of {@code text}: the first term and those stacked on it. */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> out = new TreeSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.isEmpty() && inc.getPositionIncrement() > 0) {
                    break;
                }
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
