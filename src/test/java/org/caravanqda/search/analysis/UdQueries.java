package org.caravanqda.search.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The per-query, sentence-level measure of the search issue (#18): one query per gold lemma that has at least three
 * distinct forms and occurs in at least four sentences, its UD lemma typed as the query word. A sentence is retrieved
 * when one of its tokens shares an indexed term with the query's terms; it is relevant when it holds a token of that
 * lemma. Recall and precision per query, averaged over the queries (each query counts once).
 */
final class UdQueries {
    record Scores(double recall, double precision, int queries) {}

    /** One query's figures, for finding the failures. */
    record Query(String lemma, Set<String> terms, int relevant, int retrieved, int found) {
        double recall() {
            return relevant == 0 ? 1 : found / (double) relevant;
        }

        double precision() {
            return retrieved == 0 ? 1 : found / (double) retrieved;
        }
    }

    static final int MIN_FORMS = 3;
    static final int MIN_SENTENCES = 4;

    private UdQueries() {}

    static Scores measure(Analyzer index, Analyzer query, List<List<UdTreebank.Token>> sentences) {
        List<Query> qs = queries(index, query, sentences);
        double r = 0;
        double p = 0;
        for (Query q : qs) {
            r += q.recall();
            p += q.precision();
        }
        return new Scores(r / qs.size(), p / qs.size(), qs.size());
    }

    static List<Query> queries(Analyzer index, Analyzer query, List<List<UdTreebank.Token>> sentences) {
        Map<String, Set<String>> formTerms = new HashMap<>();
        Map<String, BitSet> sentencesByTerm = new HashMap<>();
        Map<String, BitSet> sentencesByLemma = new HashMap<>();
        Map<String, Set<String>> formsByLemma = new HashMap<>();
        Map<String, String> lemmaText = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (UdTreebank.Token t : sentences.get(i)) {
                Set<String> terms = formTerms.computeIfAbsent(t.form(), f -> UdQuality.terms(index, f));
                for (String term : terms) {
                    sentencesByTerm.computeIfAbsent(term, k -> new BitSet()).set(i);
                }
                sentencesByLemma.computeIfAbsent(t.gold(), k -> new BitSet()).set(i);
                formsByLemma.computeIfAbsent(t.gold(), k -> new HashSet<>()).add(UdTreebank.goldIdentity(t.form()));
                lemmaText.putIfAbsent(t.gold(), t.lemma());
            }
        }
        List<Query> out = new ArrayList<>();
        for (Map.Entry<String, BitSet> l : sentencesByLemma.entrySet()) {
            BitSet relevant = l.getValue();
            if (formsByLemma.get(l.getKey()).size() < MIN_FORMS || relevant.cardinality() < MIN_SENTENCES) {
                continue;
            }
            Set<String> terms = UdQuality.terms(query, lemmaText.get(l.getKey()));
            BitSet retrieved = new BitSet();
            for (String term : terms) {
                BitSet s = sentencesByTerm.get(term);
                if (s != null) {
                    retrieved.or(s);
                }
            }
            BitSet found = (BitSet) retrieved.clone();
            found.and(relevant);
            out.add(new Query(l.getKey(), terms, relevant.cardinality(), retrieved.cardinality(), found.cardinality()));
        }
        out.sort((a, b) -> a.lemma().compareTo(b.lemma()));
        return out;
    }
}
