package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** What an analyzer makes of a text, for assertions. */
final class Terms {
    private Terms() {}

    /** Every term, in order; stacked terms (same position) are written "a|b". */
    static List<String> of(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() == 0 && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "|" + term);
                } else {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The set of terms at the first position of a single word. */
    static Set<String> ofWord(Analyzer analyzer, String word) {
        List<String> all = of(analyzer, word);
        return all.isEmpty() ? Set.of() : new TreeSet<>(List.of(all.get(0).split("\\|")));
    }
}
