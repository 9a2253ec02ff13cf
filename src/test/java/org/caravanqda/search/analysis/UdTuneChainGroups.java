package org.caravanqda.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): the stacked-stem (chain) analysis of Kyrgyz with one suffix group of the inventory
 * left out at a time ("groups"), or one suffix at a time ("suffixes"), per-query measure of issue #18 on the TUNING
 * split only (ky train; Kazakh's train split is too small to tune on).
 */
final class UdTuneChainGroups {
    public static void main(String[] args) {
        String lang = args.length > 1 ? args[1] : "ky";
        UdCorpora c = lang.equals("kk") ? UdCorpora.KK : UdCorpora.KY;
        List<List<UdTreebank.Token>> tuning = UdTreebank.sentenceTokens(c.tuning);
        Map<String, List<String>> groups = groups(lang + "-suffixes.txt");
        Set<String> all = new HashSet<>();
        groups.values().forEach(all::addAll);
        System.out.println("all " + score(c, all, tuning));
        if (args.length > 0 && args[0].equals("suffixes")) {
            for (String s : new java.util.TreeSet<>(all)) {
                Set<String> less = new HashSet<>(all);
                less.remove(s);
                System.out.println("without " + s + " " + score(c, less, tuning));
            }
            return;
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            Set<String> less = new HashSet<>(all);
            less.removeAll(g.getValue());
            System.out.println("without " + g.getKey() + " " + score(c, less, tuning));
        }
    }

    static String score(UdCorpora c, Set<String> suffixes, List<List<UdTreebank.Token>> tuning) {
        SuffixStripper st = new SuffixStripper(suffixes, 2, "аәеёиоөуұүыіэюя", true, 7)
                .withPossessiveBefore(TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3)
                .keepingInnerVowels("аәеоө")
                .withJunctions(c.lang.equals("kk") ? Junctions.kazakh() : Junctions.kyrgyz());
        FormTable forms = FormTable.read(c.lang + "-forms.txt");
        Analyzer index = new FoldingAnalyzer(null, true, in -> new TurkicStemsFilter(forms.apply(in), st));
        Analyzer query = new FoldingAnalyzer(null, true, in -> new TurkicQueryFilter(forms.apply(in), c.lang));
        UdQueries.Scores q = UdQueries.measure(index, query, tuning);
        return String.format("R %.3f P %.3f", q.recall(), q.precision());
    }

    static Map<String, List<String>> groups(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String group = "?";
        for (String l : rawLines(resource)) {
            if (l.startsWith("#")) {
                group = l.substring(1).trim();
            } else {
                out.computeIfAbsent(group, k -> new ArrayList<>())
                        .addAll(List.of(l.trim().split("\\s+")));
            }
        }
        return out;
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
