package org.caravanqda.search.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Development tool: variants of averaging, to compare with the figures. */
final class UdQueriesVariants {
    public static void main(String[] args) {
        try (LanguageAnalyzers a = new LanguageAnalyzers()) {
            for (UdCorpora c : UdCorpora.values()) {
                Set<String> seen = new HashSet<>();
                UdTreebank.tokens(c.tuning).forEach(t -> seen.add(t.gold()));
                List<UdQueries.Query> qs =
                        UdQueries.queries(a.forLanguage(c.lang), a.forQuery(c.lang), UdTreebank.sentenceTokens(c.test));
                double r = 0, p = 0, wr = 0, wp = 0, w = 0, hr = 0, hp = 0;
                int h = 0;
                for (UdQueries.Query q : qs) {
                    r += q.recall();
                    p += q.precision();
                    wr += q.recall() * q.relevant();
                    wp += q.precision() * q.relevant();
                    w += q.relevant();
                    if (!seen.contains(q.lemma())) {
                        hr += q.recall();
                        hp += q.precision();
                        h++;
                    }
                }
                System.out.printf(
                        "%s macro %.3f/%.3f  weighted %.3f/%.3f  unseen(%d) %.3f/%.3f%n",
                        c.lang, r / qs.size(), p / qs.size(), wr / w, wp / w, h, hr / h, hp / h);
            }
        }
    }
}
