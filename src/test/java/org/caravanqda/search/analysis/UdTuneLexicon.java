package org.caravanqda.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Development tool (run by hand): a lexicon of known lemmas that stops a word's suffix chain
 * ({@link SuffixStripper#withLexicon}), cross-validated on the Kyrgyz TUNING split: the lexicon comes from the lemmas
 * of one half of ky train (alternate sentences) and is scored on the other half, both ways, per-query measure of issue
 * #18. Test splits are never read.
 */
final class UdTuneLexicon {
    public static void main(String[] args) {
        UdCorpora c = UdCorpora.KY;
        List<List<UdTreebank.Token>> all = UdTreebank.sentenceTokens(c.tuning);
        List<List<List<UdTreebank.Token>>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < all.size(); i++) {
            halves.get(i % 2).add(all.get(i));
        }
        List<Set<String>> verbs = verbLemmasByHalf(c.tuning);
        for (String setting : List.of("none", "lexicon", "lexicon+word", "full-train-lexicon", "verbs")) {
            for (boolean junctions : new boolean[] {false, true}) {
                double r = 0;
                double p = 0;
                for (int h = 0; h < 2; h++) {
                    Set<String> lexicon = setting.equals("verbs")
                            ? verbs.get(1 - h)
                            : lemmas(setting.equals("full-train-lexicon") ? all : halves.get(1 - h));
                    UdQueries.Scores s = UdQueries.measure(
                            index(c.lang, setting.equals("none") ? null : lexicon, setting.endsWith("word"), junctions),
                            query(c.lang),
                            halves.get(h));
                    r += s.recall() / 2;
                    p += s.precision() / 2;
                }
                System.out.printf("%-20s junctions %-5s | R %.3f P %.3f%n", setting, junctions, r, p);
            }
        }
    }

    /** The gold lemmas of VERB tokens, per half (alternate sentences, numbered as UdTreebank.sentenceTokens does). */
    static List<Set<String>> verbLemmasByHalf(List<String> files) {
        List<Set<String>> out = List.of(new HashSet<>(), new HashSet<>());
        int sentence = 0;
        boolean kept = false;
        List<String[]> pending = new ArrayList<>();
        for (String f : files) {
            List<String> lines = new ArrayList<>();
            try {
                lines = java.nio.file.Files.readAllLines(UdTreebank.file(f));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            lines.add("");
            for (String line : lines) {
                if (line.isBlank()) {
                    if (kept) {
                        for (String[] c : pending) {
                            out.get(sentence % 2).add(UdTreebank.goldIdentity(c[2]));
                        }
                        sentence++;
                    }
                    kept = false;
                    pending.clear();
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 4
                        || !c[0].matches("\\d+")
                        || Set.of("PUNCT", "NUM", "SYM", "X").contains(c[3])
                        || c[2].equals("_")) {
                    continue;
                }
                kept = true;
                if (c[3].equals("VERB")) {
                    pending.add(c);
                }
            }
        }
        return out;
    }

    static Set<String> lemmas(List<List<UdTreebank.Token>> sentences) {
        Set<String> out = new HashSet<>();
        for (List<UdTreebank.Token> s : sentences) {
            for (UdTreebank.Token t : s) {
                out.add(t.gold());
            }
        }
        return out;
    }

    static Analyzer index(String lang, Set<String> lexicon, boolean wholeWord, boolean junctions) {
        SuffixStripper st = new SuffixStripper(
                        SuffixStripper.readSuffixes(lang + "-suffixes.txt", 1), 2, "аәеёиоөуұүыіэюя", true, 7)
                .withPossessiveBefore(TurkicStemming.PRONOMINAL_N_CASES, TurkicStemming.POSSESSIVES_3)
                .keepingInnerVowels("аәеоө");
        if (junctions) {
            st = st.withJunctions(lang.equals("kk") ? Junctions.kazakh() : Junctions.kyrgyz());
        }
        if (lexicon != null) {
            st = st.withLexicon(lexicon, wholeWord);
        }
        SuffixStripper stripper = st;
        FormTable forms = FormTable.read(lang + "-forms.txt");
        return new FoldingAnalyzer(null, true, in -> new TurkicStemsFilter(forms.apply(in), stripper));
    }

    static Analyzer query(String lang) {
        FormTable forms = FormTable.read(lang + "-forms.txt");
        return new FoldingAnalyzer(null, true, in -> new TurkicQueryFilter(forms.apply(in), lang));
    }
}
