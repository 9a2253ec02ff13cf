package org.caravanqda.search.analysis;

import java.util.List;

/**
 * Development tool (run by hand): the per-query measure of issue #18 on tuning splits, and on test splits only with
 * the argument "test". With "misses LANG" prints the worst tuning queries of a language.
 */
final class UdQueriesExplore {
    public static void main(String[] args) {
        boolean test = args.length > 0 && args[0].equals("test");
        try (LanguageAnalyzers a = new LanguageAnalyzers()) {
            if (args.length > 1 && args[0].equals("misses")) {
                UdCorpora c = UdCorpora.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
                List<UdQueries.Query> qs = UdQueries.queries(
                        a.forLanguage(c.lang), a.forQuery(c.lang), UdTreebank.sentenceTokens(c.tuning));
                for (UdQueries.Query q : qs) {
                    if (q.recall() < 0.99 || q.precision() < 0.9) {
                        System.out.printf(
                                "%-20s %s rel %d ret %d found %d  R %.2f P %.2f%n",
                                q.lemma(),
                                q.terms(),
                                q.relevant(),
                                q.retrieved(),
                                q.found(),
                                q.recall(),
                                q.precision());
                    }
                }
                return;
            }
            for (UdCorpora c : UdCorpora.values()) {
                for (String split : test ? List.of("tuning", "test") : List.of("tuning")) {
                    UdQueries.Scores s = UdQueries.measure(
                            a.forLanguage(c.lang),
                            a.forQuery(c.lang),
                            UdTreebank.sentenceTokens(split.equals("test") ? c.test : c.tuning));
                    System.out.printf(
                            "%s %-6s R %.3f P %.3f queries %d%n",
                            c.lang, split, s.recall(), s.precision(), s.queries());
                }
            }
        }
    }
}
