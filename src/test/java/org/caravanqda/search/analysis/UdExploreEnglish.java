package org.caravanqda.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** Development tool (run by hand): English stemming variants on EWT dev (tuning) and test. Not a test. */
final class UdExploreEnglish {
    public static void main(String[] args) {
        FormTable table = FormTable.read("en-forms.txt");
        Map<String, UnaryOperator<TokenStream>> v = new LinkedHashMap<>();
        v.put("kstem", in -> new KStemFilter(new EnglishPossessiveFilter(in)));
        v.put("porter", in -> new PorterStemFilter(new EnglishPossessiveFilter(in)));
        v.put("kstem+minimal", in -> new EnglishMinimalStemFilter(new KStemFilter(new EnglishPossessiveFilter(in))));
        v.put("table+kstem", in -> new KStemFilter(table.apply(new EnglishPossessiveFilter(in))));
        v.put(
                "table+kstem+minimal",
                in -> new EnglishMinimalStemFilter(new KStemFilter(table.apply(new EnglishPossessiveFilter(in)))));
        v.put("table+porter", in -> new PorterStemFilter(table.apply(new EnglishPossessiveFilter(in))));
        for (Map.Entry<String, UnaryOperator<TokenStream>> e : v.entrySet()) {
            Analyzer a = new FoldingAnalyzer(null, false, e.getValue());
            UdQuality.Scores dev = UdQuality.measure(a, UdTreebank.tokens(UdCorpora.EN.tuning));
            UdQuality.Scores test = UdQuality.measure(a, UdTreebank.tokens(UdCorpora.EN.test));
            UdQuality.Scores gum =
                    UdQuality.measure(a, UdTreebank.tokens(java.util.List.of("en_gum-interviews.conllu")));
            System.out.printf(
                    "%-22s dev R %.3f P %.3f Plem %.3f | test R %.3f P %.3f Plem %.3f | gum R %.3f P %.3f%n",
                    e.getKey(),
                    dev.recall(),
                    dev.precision(),
                    dev.pLem(),
                    test.recall(),
                    test.precision(),
                    test.pLem(),
                    gum.recall(),
                    gum.precision());
        }
    }
}
