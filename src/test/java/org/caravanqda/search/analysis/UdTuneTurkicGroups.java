package org.caravanqda.search.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): the chosen kk/ky setting with one suffix group of the inventory left out at a time,
 * on the TRAIN splits only (which groups cost more precision than they bring recall).
 */
final class UdTuneTurkicGroups {
    public static void main(String[] args) {
        String vowels = "аәеёиоөуұүыіэюя";
        List<String> groups = List.of(
                "",
                "voice",
                "converbs",
                "participles",
                "verbal noun",
                "negation",
                "question",
                "imperative",
                "conditional",
                "equative",
                "predicative",
                "instrumental");
        for (String excluded : groups) {
            StringBuilder line = new StringBuilder(String.format("without %-14s", excluded.isEmpty() ? "-" : excluded));
            for (UdCorpora c : List.of(UdCorpora.KK, UdCorpora.KY)) {
                Set<String> suffixes = new HashSet<>();
                boolean skip = false;
                for (String l : rawLines(c.lang + "-suffixes.txt")) {
                    if (l.startsWith("#")) {
                        skip = !excluded.isEmpty() && l.contains(excluded);
                    } else if (!skip) {
                        for (String s : l.trim().split("\\s+")) {
                            if (s.length() >= 2) {
                                suffixes.add(s);
                            }
                        }
                    }
                }
                SuffixStripper st = new SuffixStripper(suffixes, 2, vowels, true, 7)
                        .withPossessiveBefore(TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3);
                FormTable forms = FormTable.read(c.lang + "-forms.txt");
                Analyzer a = new FoldingAnalyzer(null, true, in -> new SuffixStripFilter(forms.apply(in), st));
                UdQuality.Scores q = UdQuality.measure(a, UdTreebank.tokens(c.tuning));
                double f1 = 2 * q.recall() * q.precision() / (q.recall() + q.precision());
                line.append(String.format(" | %s R %.3f P %.3f F1 %.3f", c.lang, q.recall(), q.precision(), f1));
            }
            System.out.println(line);
        }
    }

    private static List<String> rawLines(String resource) {
        try (var in = SuffixStripper.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
